import { graphql } from '../gql/index.js';
import type { PillarRecordFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { focusAreas } from '../reference/reference.adapters.js';
import {
  changedFields,
  inBatches,
  listInBrowser,
  nodesOfType,
  notFound,
  presentFields,
  requireFields,
  textFilter,
  type ResourceAdapter,
} from '../resource-adapter.js';

graphql(`
  fragment PillarRecord on Pillar {
    id
    version
    slug
    name
    description
    published
    archivedAt
    createdAt
    updatedAt
    focusArea {
      code
      name
    }
  }
`);

/** The API lists pillars only under their focus areas: in the focus areas' order, by name within each (staff see them all). */
const List = graphql(`
  query PillarList {
    focusAreas {
      pillars {
        ...PillarRecord
      }
    }
  }
`);

const One = graphql(`
  query PillarOne($id: ID!) {
    pillar(id: $id) {
      ...PillarRecord
    }
  }
`);

const Many = graphql(`
  query PillarMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...PillarRecord
    }
  }
`);

const Create = graphql(`
  mutation PillarCreate($input: CreatePillarInput!) {
    createPillar(input: $input) {
      ...PillarRecord
    }
  }
`);

const Update = graphql(`
  mutation PillarUpdate($id: ID!, $input: UpdatePillarInput!) {
    updatePillar(id: $id, input: $input) {
      ...PillarRecord
    }
  }
`);

const Archive = graphql(`
  mutation PillarArchive($id: ID!, $expectedVersion: Int) {
    archivePillar(id: $id, expectedVersion: $expectedVersion) {
      ...PillarRecord
    }
  }
`);

/** A pillar as the console edits it: its focus area as the code the inputs take. */
export type PillarRecord = PillarRecordFragment & { focusAreaCode: string };

const toRecord = (pillar: PillarRecordFragment): PillarRecord => ({ ...pillar, focusAreaCode: pillar.focusArea.code });

/** A pillar's focus area and slug are set when it is created; the API changes neither afterwards. */
const CREATED = ['focusAreaCode', 'name', 'slug', 'description', 'published'] as const;
const EDITABLE = ['name', 'description', 'published'] as const;

/** The list's filter form: focus area, published or not, archived ones only when asked. */
function matches(filter: Record<string, unknown> = {}): (pillar: PillarRecord) => boolean {
  const focusArea = textFilter(filter.focusAreaCode);
  return (pillar) =>
    (!focusArea || pillar.focusAreaCode === focusArea) &&
    (typeof filter.published !== 'boolean' || pillar.published === filter.published) &&
    (filter.includeArchived === true || !pillar.archivedAt);
}

/** The pledge forms offer the pillars of the focus areas as loaded once: a change to a pillar has them loaded again. */
function changed(pillar: PillarRecordFragment): PillarRecord {
  focusAreas.forget();
  return toRecord(pillar);
}

// Few enough to be loaded whole: searched, filtered and paged in the browser.
export const pillars: ResourceAdapter<PillarRecord> = {
  async getList(params) {
    const all = (await execute(List)).focusAreas.flatMap((area) => area.pillars.map(toRecord));
    return listInBrowser(all.filter(matches(params.filter)), params, (p) => `${p.name} ${p.slug} ${p.description ?? ''}`);
  },
  async getOne(id) {
    const { pillar } = await execute(One, { id: String(id) });
    if (!pillar) throw notFound('pillar', id);
    return toRecord(pillar);
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'Pillar').map(toRecord)),
  async create(data) {
    const input = requireFields(data, ['focusAreaCode', 'name']);
    const { createPillar } = await execute(Create, { input: { ...presentFields(input, CREATED), focusAreaCode: input.focusAreaCode, name: input.name } });
    return changed(createPillar);
  },
  async update(id, data, previous) {
    const input = { ...changedFields(data, previous, EDITABLE), expectedVersion: previous.version };
    return changed((await execute(Update, { id: String(id), input })).updatePillar);
  },
  async archive(previous) {
    return changed((await execute(Archive, { id: previous.id, expectedVersion: previous.version })).archivePillar);
  },
  inputSources: Object.fromEntries(CREATED.map((field) => [field, field])),
};
