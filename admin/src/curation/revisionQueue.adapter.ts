import { graphql } from '../gql/index.js';
import type { PledgeRevisionFilter, PledgeRevisionOrderField, RevisionQueueItemFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { notFound, orderOf, pageOf, startOfDay, textFilter, type ResourceAdapter } from '../resource-adapter.js';

graphql(`
  fragment RevisionQueueItem on PledgeRevision {
    id
    createdAt
    changes {
      field
    }
    proposedBy {
      displayName
      email
    }
    pledge {
      id
      title
      reference
      leadMember {
        id
        name
      }
    }
  }
`);

const Queue = graphql(`
  query RevisionQueue($first: Int!, $offset: Int!, $filter: PledgeRevisionFilter!, $orderBy: [PledgeRevisionOrder!]) {
    pledgeRevisions(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes {
        ...RevisionQueueItem
      }
    }
  }
`);

/** Changes proposed to a published pledge, as the queue lists them: which pledge, who, since when, which fields. */
export type RevisionQueueItem = RevisionQueueItemFragment;

const SORTS: Record<string, PledgeRevisionOrderField> = { createdAt: 'CREATED_AT' };

/** The longest waiting first, as in the queue of submitted pledges. */
export const REVISION_QUEUE_SORT = { field: 'createdAt', order: 'ASC' } as const;

/**
 * The queue's filter form as a PledgeRevisionFilter, always narrowed to proposals waiting for review.
 * Keys: title and leadMemberName (contain), proposedFrom / proposedUntil (both days included).
 */
export function revisionFilterOf(filter: Record<string, unknown> = {}, ids?: readonly string[]): PledgeRevisionFilter {
  const title = textFilter(filter.title);
  const memberName = textFilter(filter.leadMemberName);
  const from = startOfDay(filter.proposedFrom);
  const until = startOfDay(filter.proposedUntil, 1);
  return {
    id: ids && { in: [...ids] },
    status: { eq: 'PENDING' },
    createdAt: from || until ? { gte: from, lt: until } : undefined,
    pledge:
      title || memberName
        ? { title: title ? { containsInsensitive: title } : undefined, leadMember: memberName ? { name: { containsInsensitive: memberName } } : undefined }
        : undefined,
  };
}

/** Read-only: a proposal leaves the queue when a curator accepts or rejects it (on its pledge's panel). */
export const revisionQueue: ResourceAdapter<RevisionQueueItem> = {
  async getList(params) {
    const { pledgeRevisions } = await execute(Queue, {
      ...pageOf(params),
      filter: revisionFilterOf(params.filter),
      orderBy: orderOf(params.sort, SORTS) ?? orderOf(REVISION_QUEUE_SORT, SORTS),
    });
    return { data: pledgeRevisions.nodes, total: pledgeRevisions.totalCount };
  },
  async getOne(id) {
    const [revision] = await revisionQueue.getMany([id]);
    if (!revision) throw notFound('proposed revision', id);
    return revision;
  },
  async getMany(ids) {
    if (!ids.length) return [];
    const { pledgeRevisions } = await execute(Queue, { first: 100, offset: 0, filter: revisionFilterOf({}, ids.map(String)) });
    return pledgeRevisions.nodes;
  },
};
