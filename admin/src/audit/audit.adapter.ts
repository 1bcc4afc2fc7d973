import type { Identifier } from 'react-admin';
import { graphql } from '../gql/index.js';
import type { AuditEntryFilter, AuditEntryListQuery, AuditEntryOrderField, AuditEntryRecordFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { notFound, orderOf, pageOf, startOfDay, textFilter, type ResourceAdapter } from '../resource-adapter.js';

graphql(`
  fragment AuditEntryRecord on AuditEntry {
    id
    at
    action
    recordType
    reason
    actor {
      id
      email
      displayName
    }
    changes {
      field
      before
      after
    }
  }
`);

/** Entries across records, with what the changed record is called now (null when it is gone or hidden). */
const List = graphql(`
  query AuditEntryList($first: Int!, $offset: Int!, $filter: AuditEntryFilter, $orderBy: [AuditEntryOrder!]) {
    auditEntries(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes {
        ...AuditEntryRecord
        record {
          __typename
          id
          ... on Member {
            name
          }
          ... on Pledge {
            title
          }
          ... on Event {
            name
          }
          ... on WorkingGroup {
            name
          }
          ... on Person {
            name
          }
          ... on Pillar {
            name
          }
          ... on Account {
            displayName
          }
          ... on ExpressionOfInterest {
            organizationName
          }
        }
      }
    }
  }
`);

/** The changes to one record, newest first. */
const History = graphql(`
  query AuditHistory($record: ID!, $first: Int!, $offset: Int!) {
    auditEntries(filter: { record: $record }, first: $first, offset: $offset, orderBy: [{ field: AT, direction: DESC }]) {
      totalCount
      nodes {
        ...AuditEntryRecord
      }
    }
  }
`);

export type AuditEntry = AuditEntryRecordFragment;
export type AuditEntryRecord = AuditEntryListQuery['auditEntries']['nodes'][number];

const SORTS: Record<string, AuditEntryOrderField> = { at: 'AT' };

/** The list's filter form as an AuditEntryFilter: action contains, record type, date range (both days included), who, record. */
export function auditFilterOf(filter: Record<string, unknown> = {}): AuditEntryFilter {
  const action = textFilter(filter.action);
  const recordType = textFilter(filter.recordType);
  const actor = textFilter(filter.actor);
  const from = startOfDay(filter.from);
  const until = startOfDay(filter.until, 1);
  return {
    action: action ? { containsInsensitive: action } : undefined,
    recordType: recordType ? { eq: recordType } : undefined,
    at: from || until ? { gte: from, lt: until } : undefined,
    actor: actor ? { or: [{ displayName: { containsInsensitive: actor } }, { email: { containsInsensitive: actor } }] } : undefined,
    record: textFilter(filter.record),
  };
}

/** Audit entries have no lookup by ID: the ones the list has shown are kept for react-admin to find again. */
const seen = new Map<string, AuditEntryRecord>();

/** Read-only: nothing writes the audit trail but the changes themselves. */
export const auditEntries: ResourceAdapter<AuditEntryRecord> = {
  async getList(params) {
    const { auditEntries } = await execute(List, { ...pageOf(params), filter: auditFilterOf(params.filter), orderBy: orderOf(params.sort, SORTS) });
    for (const entry of auditEntries.nodes) seen.set(entry.id, entry);
    return { data: auditEntries.nodes, total: auditEntries.totalCount };
  },
  async getOne(id) {
    const entry = seen.get(String(id));
    if (!entry) throw notFound('audit entry', id);
    return entry;
  },
  async getMany(ids) {
    return ids.flatMap((id) => seen.get(String(id)) ?? []);
  },
};

/** One page of a record's history, by the record's global ID. */
export async function loadAuditHistory(id: Identifier, page: { first: number; offset: number }): Promise<{ data: AuditEntry[]; total: number }> {
  const { auditEntries } = await execute(History, { record: String(id), ...page });
  return { data: auditEntries.nodes, total: auditEntries.totalCount };
}
