import { graphql } from '../gql/index.js';
import type { EventFilter, EventRecordFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { enumValues, eventKindChoices } from '../reference/choices.js';
import {
  changedFields,
  inBatches,
  nodesOfType,
  notFound,
  pageOf,
  presentFields,
  requireFields,
  textFilter,
  type ResourceAdapter,
} from '../resource-adapter.js';

graphql(`
  fragment EventRecord on Event {
    id
    version
    code
    name
    kind
    startDate
    endDate
    city
    description
    archivedAt
    createdAt
    updatedAt
    country {
      code
      name
    }
    region {
      id
      name
    }
  }
`);

const List = graphql(`
  query EventList($first: Int!, $offset: Int!, $filter: EventFilter) {
    events(first: $first, offset: $offset, filter: $filter) {
      totalCount
      nodes {
        ...EventRecord
      }
    }
  }
`);

const One = graphql(`
  query EventOne($id: ID!) {
    event(id: $id) {
      ...EventRecord
    }
  }
`);

const Many = graphql(`
  query EventMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...EventRecord
    }
  }
`);

const Create = graphql(`
  mutation EventCreate($input: CreateEventInput!) {
    createEvent(input: $input) {
      ...EventRecord
    }
  }
`);

const Update = graphql(`
  mutation EventUpdate($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) {
      ...EventRecord
    }
  }
`);

const Archive = graphql(`
  mutation EventArchive($id: ID!, $expectedVersion: Int) {
    archiveEvent(id: $id, expectedVersion: $expectedVersion) {
      ...EventRecord
    }
  }
`);

/** An event as the console edits it: the country as the code the inputs take. */
export type EventRecord = EventRecordFragment & { countryCode: string | null };

const toRecord = (event: EventRecordFragment): EventRecord => ({ ...event, countryCode: event.country?.code ?? null });

const EDITABLE = ['code', 'name', 'kind', 'startDate', 'endDate', 'city', 'countryCode', 'description'] as const;

function filterOf(filter: Record<string, unknown> = {}): EventFilter {
  return {
    nameContains: textFilter(filter.q),
    kinds: enumValues(eventKindChoices, filter.kind),
    from: textFilter(filter.from),
    to: textFilter(filter.to),
    includeArchived: filter.includeArchived === true || undefined,
  };
}

// Events have no `orderBy`: they always come newest first.
export const events: ResourceAdapter<EventRecord> = {
  async getList(params) {
    const { events } = await execute(List, { ...pageOf(params), filter: filterOf(params.filter) });
    return { data: events.nodes.map(toRecord), total: events.totalCount };
  },
  async getOne(id) {
    const { event } = await execute(One, { id: String(id) });
    if (!event) throw notFound('event', id);
    return toRecord(event);
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'Event').map(toRecord)),
  async create(data) {
    const input = requireFields(data, ['code', 'name', 'kind', 'startDate', 'endDate']);
    const { createEvent } = await execute(Create, {
      input: {
        ...presentFields(input, EDITABLE),
        code: input.code,
        name: input.name,
        kind: input.kind,
        startDate: input.startDate,
        endDate: input.endDate,
      },
    });
    return toRecord(createEvent);
  },
  async update(id, data, previous) {
    const input = { ...changedFields(data, previous, EDITABLE), expectedVersion: previous.version };
    return toRecord((await execute(Update, { id: String(id), input })).updateEvent);
  },
  async archive(previous) {
    return toRecord((await execute(Archive, { id: previous.id, expectedVersion: previous.version })).archiveEvent);
  },
  inputSources: Object.fromEntries(EDITABLE.map((field) => [field, field])),
};
