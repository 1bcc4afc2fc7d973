import { graphql } from '../gql/index.js';
import type { MemberFilter, MemberOrderField, MemberRecordFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { enumValues, sectorChoices } from '../reference/choices.js';
import {
  changedFields,
  inBatches,
  nodesOfType,
  notFound,
  orderOf,
  pageOf,
  presentFields,
  requireFields,
  textFilter,
  type ResourceAdapter,
} from '../resource-adapter.js';

graphql(`
  fragment MemberRecord on Member {
    id
    version
    name
    acronym
    sector
    champion
    website
    description
    archivedAt
    createdAt
    updatedAt
    country {
      code
      name
    }
  }
`);

const List = graphql(`
  query MemberList($first: Int!, $offset: Int!, $filter: MemberFilter, $search: String, $orderBy: [MemberOrder!]) {
    members(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {
      totalCount
      nodes {
        ...MemberRecord
      }
    }
  }
`);

const One = graphql(`
  query MemberOne($id: ID!) {
    member(id: $id) {
      ...MemberRecord
    }
  }
`);

const Many = graphql(`
  query MemberMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...MemberRecord
    }
  }
`);

const Create = graphql(`
  mutation MemberCreate($input: CreateMemberInput!) {
    createMember(input: $input) {
      ...MemberRecord
    }
  }
`);

const Update = graphql(`
  mutation MemberUpdate($id: ID!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) {
      ...MemberRecord
    }
  }
`);

const Archive = graphql(`
  mutation MemberArchive($id: ID!, $expectedVersion: Int) {
    archiveMember(id: $id, expectedVersion: $expectedVersion) {
      ...MemberRecord
    }
  }
`);

/** A member as the console edits it: the home country as the code the inputs take. */
export type MemberRecord = MemberRecordFragment & { countryCode: string };

const toRecord = (member: MemberRecordFragment): MemberRecord => ({ ...member, countryCode: member.country.code });

const EDITABLE = ['name', 'acronym', 'sector', 'countryCode', 'champion', 'website', 'description'] as const;

const SORTS: Record<string, MemberOrderField> = { name: 'NAME', sector: 'SECTOR', createdAt: 'CREATED_AT' };

function filterOf(filter: Record<string, unknown> = {}): MemberFilter {
  const sectors = enumValues(sectorChoices, filter.sector);
  const country = textFilter(filter.countryCode);
  return {
    sector: sectors && { in: sectors },
    champion: typeof filter.champion === 'boolean' ? filter.champion : undefined,
    country: country ? { code: { eq: country } } : undefined,
    archived: filter.includeArchived === true ? 'INCLUDED' : undefined,
  };
}

export const members: ResourceAdapter<MemberRecord> = {
  async getList(params) {
    const { members } = await execute(List, {
      ...pageOf(params),
      filter: filterOf(params.filter),
      // The name or acronym search; the list keeps the order chosen.
      search: textFilter(params.filter?.q),
      orderBy: orderOf(params.sort, SORTS) });
    return { data: members.nodes.map(toRecord), total: members.totalCount };
  },
  async getOne(id) {
    const { member } = await execute(One, { id: String(id) });
    if (!member) throw notFound('member', id);
    return toRecord(member);
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'Member').map(toRecord)),
  async create(data) {
    const input = requireFields(data, ['name', 'sector', 'countryCode']);
    const { createMember } = await execute(Create, {
      input: { ...presentFields(input, EDITABLE), name: input.name, sector: input.sector, countryCode: input.countryCode },
    });
    return toRecord(createMember);
  },
  async update(id, data, previous) {
    const input = { ...changedFields(data, previous, EDITABLE), expectedVersion: previous.version };
    return toRecord((await execute(Update, { id: String(id), input })).updateMember);
  },
  async archive(previous) {
    return toRecord((await execute(Archive, { id: previous.id, expectedVersion: previous.version })).archiveMember);
  },
  inputSources: Object.fromEntries(EDITABLE.map((field) => [field, field])),
};
