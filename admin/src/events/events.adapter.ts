import { graphql } from '../gql/index.js';
import type { EventFilter, EventOrderField, EventRecordFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { enumValues, eventKindChoices } from '../reference/choices.js';
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
  query EventList($first: Int!, $offset: Int!, $filter: EventFilter, $search: String, $orderBy: [EventOrder!]) {
    events(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {
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
  const kinds = enumValues(eventKindChoices, filter.kind);
  const from = textFilter(filter.from);
  const to = textFilter(filter.to);
  return {
    kind: kinds && { in: kinds },
    // Events that overlap the period: ending on or after its start, starting on or before its end.
    endDate: from ? { gte: from } : undefined,
    startDate: to ? { lte: to } : undefined,
    archived: filter.includeArchived === true ? 'INCLUDED' : undefined,
  };
}

const SORTS: Record<string, EventOrderField> = { code: 'CODE', name: 'NAME', startDate: 'START_DATE' };

// Without a sort, the API lists events newest first.
export const events: ResourceAdapter<EventRecord> = {
  async getList(params) {
    const { events } = await execute(List, {
      ...pageOf(params),
      filter: filterOf(params.filter),
      search: textFilter(params.filter?.q),
      orderBy: orderOf(params.sort, SORTS),
    });
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
