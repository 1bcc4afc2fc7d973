import { graphql } from '../gql/index.js';
import type { OverduePledgeFragment, PledgeFilter, PledgeOrderField } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { enumValues, sectorChoices } from '../reference/choices.js';
import { inBatches, nodesOfType, notFound, orderOf, pageOf, textFilter, type ResourceAdapter } from '../resource-adapter.js';
import { reportingHealthChoices } from './choices.js';

graphql(`
  fragment OverduePledge on Pledge {
    id
    reference
    title
    publishedAt
    leadMember {
      id
      name
    }
    progress {
      reportingHealth
      lastReportedAt
      latestReportYear
      nextReportDueOn
    }
  }
`);

const List = graphql(`
  query ReportingOverdueList($first: Int!, $offset: Int!, $filter: PledgeFilter!, $orderBy: [PledgeOrder!]) {
    pledges(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes {
        ...OverduePledge
      }
    }
  }
`);

const Many = graphql(`
  query ReportingOverdueMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...OverduePledge
    }
  }
`);

/** A published pledge owing a report: who, and since when. */
export type OverduePledge = OverduePledgeFragment;

/** Those waiting longest first: never reported on, then the oldest last report. */
export const OVERDUE_SORT = { field: 'progress.lastReportedAt', order: 'ASC' } as const;
export const OVERDUE_FILTER = { health: ['OVERDUE', 'DUE'] } as const;

const SORTS: Record<string, PledgeOrderField> = {
  'progress.lastReportedAt': 'LAST_REPORTED_AT',
  reference: 'REFERENCE',
  title: 'TITLE',
  'leadMember.name': 'LEAD_MEMBER_NAME',
};

/** Keys: health (reporting states, overdue and due when none), leadMemberName (contains), sector (of the lead member). */
export function overdueFilterOf(filter: Record<string, unknown> = {}): PledgeFilter {
  const memberName = textFilter(filter.leadMemberName);
  const sectors = enumValues(sectorChoices, filter.sector);
  return {
    status: { eq: 'PUBLISHED' },
    reportingHealth: enumValues(reportingHealthChoices, filter.health) ?? [...OVERDUE_FILTER.health],
    leadMember: memberName || sectors ? { name: memberName ? { containsInsensitive: memberName } : undefined, sector: sectors && { in: sectors } } : undefined,
  };
}

/** Read-only: a pledge leaves the list once its report is submitted. */
export const reportingOverdue: ResourceAdapter<OverduePledge> = {
  async getList(params) {
    const { pledges } = await execute(List, { ...pageOf(params), filter: overdueFilterOf(params.filter), orderBy: orderOf(params.sort, SORTS) });
    return { data: pledges.nodes, total: pledges.totalCount };
  },
  async getOne(id) {
    const [pledge] = await reportingOverdue.getMany([id]);
    if (!pledge) throw notFound('pledge', id);
    return pledge;
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'Pledge')),
};
