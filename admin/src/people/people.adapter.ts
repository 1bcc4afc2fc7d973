import { graphql } from '../gql/index.js';
import type { PersonFilter, PersonOrderField, PersonRecordFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
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
  fragment PersonRecord on Person {
    id
    version
    name
    email
    phone
    jobTitle
    archivedAt
    createdAt
    updatedAt
    member {
      id
      name
    }
  }
`);

const List = graphql(`
  query PersonList($first: Int!, $offset: Int!, $filter: PersonFilter, $search: String, $orderBy: [PersonOrder!]) {
    people(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {
      totalCount
      nodes {
        ...PersonRecord
      }
    }
  }
`);

const One = graphql(`
  query PersonOne($id: ID!) {
    person(id: $id) {
      ...PersonRecord
    }
  }
`);

const Many = graphql(`
  query PersonMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...PersonRecord
    }
  }
`);

const Create = graphql(`
  mutation PersonCreate($input: CreatePersonInput!) {
    createPerson(input: $input) {
      ...PersonRecord
    }
  }
`);

const Update = graphql(`
  mutation PersonUpdate($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      ...PersonRecord
    }
  }
`);

const Archive = graphql(`
  mutation PersonArchive($id: ID!, $expectedVersion: Int) {
    archivePerson(id: $id, expectedVersion: $expectedVersion) {
      ...PersonRecord
    }
  }
`);

/** A person as the console edits it: the member as the ID the inputs take. */
export type PersonRecord = PersonRecordFragment & { memberId: string | null };

const toRecord = (person: PersonRecordFragment): PersonRecord => ({ ...person, memberId: person.member?.id ?? null });

const EDITABLE = ['name', 'email', 'phone', 'jobTitle', 'memberId'] as const;

const SORTS: Record<string, PersonOrderField> = { name: 'NAME', createdAt: 'CREATED_AT' };

function filterOf(filter: Record<string, unknown> = {}): PersonFilter {
  const member = textFilter(filter.memberId);
  return { member: member ? { id: { eq: member } } : undefined };
}

// Contact details come back null to the roles that may not see them; only staff edit people.
export const people: ResourceAdapter<PersonRecord> = {
  async getList(params) {
    const { people } = await execute(List, {
      ...pageOf(params),
      filter: filterOf(params.filter),
      search: textFilter(params.filter?.q),
      orderBy: orderOf(params.sort, SORTS),
    });
    return { data: people.nodes.map(toRecord), total: people.totalCount };
  },
  async getOne(id) {
    const { person } = await execute(One, { id: String(id) });
    if (!person) throw notFound('person', id);
    return toRecord(person);
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'Person').map(toRecord)),
  async create(data) {
    const input = requireFields(data, ['name']);
    const { createPerson } = await execute(Create, { input: { ...presentFields(input, EDITABLE), name: input.name } });
    return toRecord(createPerson);
  },
  async update(id, data, previous) {
    const input = { ...changedFields(data, previous, EDITABLE), expectedVersion: previous.version };
    return toRecord((await execute(Update, { id: String(id), input })).updatePerson);
  },
  async archive(previous) {
    return toRecord((await execute(Archive, { id: previous.id, expectedVersion: previous.version })).archivePerson);
  },
  inputSources: Object.fromEntries(EDITABLE.map((field) => [field, field])),
};
