import { graphql } from '../gql/index.js';
import type { CurationItemFragment, PledgeDecisionItem, PledgeDecisionOutcomeFragment, PledgeFilter, PledgeOrderField } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { enumValues, pledgeTypeChoices } from '../reference/choices.js';
import { conflictMessage, inBatches, nodesOfType, notFound, orderOf, pageOf, startOfDay, textFilter, type ResourceAdapter } from '../resource-adapter.js';

graphql(`
  fragment CurationItem on Pledge {
    id
    version
    title
    description
    type
    status
    submittedAt
    createdAt
    updatedAt
    leadMember {
      id
      name
    }
    possibleDuplicates {
      titleSimilarity
      descriptionSimilarity
      pledge {
        id
        title
        status
        reference
      }
    }
  }
`);

graphql(`
  fragment PledgeDecisionOutcome on PledgeDecisionResult {
    id
    pledge {
      id
      status
      version
    }
    error {
      code
      message
      field
    }
  }
`);

const Queue = graphql(`
  query CurationQueue($first: Int!, $offset: Int!, $filter: PledgeFilter!, $search: String, $orderBy: [PledgeOrder!]) {
    pledges(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {
      totalCount
      nodes {
        ...CurationItem
      }
    }
  }
`);

const Many = graphql(`
  query CurationMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...CurationItem
    }
  }
`);

const ApproveMany = graphql(`
  mutation CurationApproveMany($items: [PledgeDecisionItem!]!) {
    approvePledges(items: $items) {
      ...PledgeDecisionOutcome
    }
  }
`);

const RequestChangesToMany = graphql(`
  mutation CurationRequestChangesToMany($input: BulkPledgeDecisionInput!) {
    requestChangesToPledges(input: $input) {
      ...PledgeDecisionOutcome
    }
  }
`);

const RejectMany = graphql(`
  mutation CurationRejectMany($input: BulkPledgeDecisionInput!) {
    rejectPledges(input: $input) {
      ...PledgeDecisionOutcome
    }
  }
`);

/** A submitted pledge as the queue shows it: who, since when, and the likely duplicates to check first. */
export type CurationItem = CurationItemFragment;
export type PossibleDuplicate = NonNullable<CurationItem['possibleDuplicates']>[number];

const SORTS: Record<string, PledgeOrderField> = {
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
  title: 'TITLE',
  'leadMember.name': 'LEAD_MEMBER_NAME',
};

/**
 * Oldest first: the API cannot order by submission time, so by creation time, which the
 * pledges waiting longest share (a pledge returned for changes keeps its place).
 */
export const QUEUE_SORT = { field: 'createdAt', order: 'ASC' } as const;

/**
 * The queue's filter form as a PledgeFilter, always narrowed to SUBMITTED pledges.
 * Keys: type, leadMemberName (contains), submittedFrom / submittedUntil (both days included); `q` is the search.
 */
export function curationFilterOf(filter: Record<string, unknown> = {}): PledgeFilter {
  const types = enumValues(pledgeTypeChoices, filter.type);
  const memberName = textFilter(filter.leadMemberName);
  const from = startOfDay(filter.submittedFrom);
  const until = startOfDay(filter.submittedUntil, 1);
  return {
    status: { eq: 'SUBMITTED' },
    type: types && { in: types },
    leadMember: memberName ? { name: { containsInsensitive: memberName } } : undefined,
    submittedAt: from || until ? { gte: from, lt: until } : undefined,
  };
}

/** Read-only: the queue changes through the curation decisions. */
export const curationQueue: ResourceAdapter<CurationItem> = {
  async getList(params) {
    const { pledges } = await execute(Queue, {
      ...pageOf(params),
      filter: curationFilterOf(params.filter),
      search: textFilter(params.filter?.q),
      orderBy: orderOf(params.sort, SORTS) ?? orderOf(QUEUE_SORT, SORTS),
    });
    return { data: pledges.nodes, total: pledges.totalCount };
  },
  async getOne(id) {
    const [pledge] = await curationQueue.getMany([id]);
    if (!pledge) throw notFound('pledge', id);
    return pledge;
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'Pledge')),
};

export type BulkDecision = 'approve' | 'requestChanges' | 'reject';

/** What became of one pledge of a bulk decision; `error` is set when it was left as it was. */
export interface DecisionOutcome {
  id: string;
  applied: boolean;
  error?: { code: string; message: string };
}

/** The version a bulk CONFLICT names (its item errors carry no `currentVersion`), as "…(version 5, you edited version 4)". */
const versionIn = (message: string) => {
  const match = /\(version (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
};

function outcomeOf(result: PledgeDecisionOutcomeFragment): DecisionOutcome {
  const { error } = result;
  if (!error) return { id: result.id, applied: result.pledge !== null };
  const message = error.code === 'CONFLICT' ? conflictMessage(versionIn(error.message)) : error.message;
  return { id: result.id, applied: false, error: { code: error.code, message } };
}

const BATCH = 100;

/** One batch of a bulk decision, the reason (when the decision takes one) already checked. */
async function decideBatch(action: BulkDecision, items: PledgeDecisionItem[], reason: string): Promise<PledgeDecisionOutcomeFragment[]> {
  switch (action) {
    case 'approve':
      return (await execute(ApproveMany, { items })).approvePledges;
    case 'requestChanges':
      return (await execute(RequestChangesToMany, { input: { items, reason } })).requestChangesToPledges;
    case 'reject':
      return (await execute(RejectMany, { input: { items, reason } })).rejectPledges;
  }
}

/**
 * Approves, returns for changes or rejects many submitted pledges, each on its own with the version the curator saw:
 * one that cannot be decided is reported and the others are applied. The API takes 100 at a time.
 */
export async function decidePledges(action: BulkDecision, items: readonly PledgeDecisionItem[], reason?: string): Promise<DecisionOutcome[]> {
  const why = reason?.trim() ?? '';
  if (action !== 'approve' && !why) throw new Error('Give a reason: the pledgers will see it');
  const outcomes: DecisionOutcome[] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    outcomes.push(...(await decideBatch(action, items.slice(i, i + BATCH), why)).map(outcomeOf));
  }
  return outcomes;
}
