import type { Identifier } from 'react-admin';
import { graphql } from '../gql/index.js';
import type { ExpressionOfInterestRecordFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { enumValues, expressionOfInterestStatusChoices } from '../reference/choices.js';
import { inBatches, nodesOfType, notFound, pageOf, type ResourceAdapter } from '../resource-adapter.js';

graphql(`
  fragment ExpressionOfInterestRecord on ExpressionOfInterest {
    id
    createdAt
    organizationName
    sector
    country {
      code
      name
    }
    website
    contactName
    contactEmail
    contactPhone
    focusAreas {
      code
      name
    }
    message
    status
    decisionReason
    decidedAt
    member {
      id
      name
    }
    possibleDuplicateMembers {
      id
      name
    }
  }
`);

const List = graphql(`
  query ExpressionOfInterestList($first: Int!, $offset: Int!, $status: ExpressionOfInterestStatus) {
    expressionsOfInterest(first: $first, offset: $offset, status: $status) {
      totalCount
      nodes {
        ...ExpressionOfInterestRecord
      }
    }
  }
`);

const One = graphql(`
  query ExpressionOfInterestOne($id: ID!) {
    expressionOfInterest(id: $id) {
      ...ExpressionOfInterestRecord
    }
  }
`);

const Many = graphql(`
  query ExpressionOfInterestMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...ExpressionOfInterestRecord
    }
  }
`);

const Accept = graphql(`
  mutation ExpressionOfInterestAccept($id: ID!) {
    acceptExpressionOfInterest(id: $id) {
      ...ExpressionOfInterestRecord
    }
  }
`);

const Decline = graphql(`
  mutation ExpressionOfInterestDecline($id: ID!, $input: DeclineExpressionOfInterestInput!) {
    declineExpressionOfInterest(id: $id, input: $input) {
      ...ExpressionOfInterestRecord
    }
  }
`);

/** A request to join: who, from where, and the members it may duplicate. */
export type ExpressionOfInterestRecord = ExpressionOfInterestRecordFragment;

/** The triage list shows the requests waiting for a decision unless told otherwise. */
export const DEFAULT_EOI_FILTER = { status: 'PENDING' } as const;

/**
 * Read-only as a resource: requests arrive from the public form and change through the decisions below.
 * The API lists them oldest first and cannot sort otherwise; the one filter is the status (none: all of them).
 */
export const expressionsOfInterest: ResourceAdapter<ExpressionOfInterestRecord> = {
  async getList(params) {
    const [status] = enumValues(expressionOfInterestStatusChoices, params.filter?.status) ?? [];
    const { expressionsOfInterest } = await execute(List, { ...pageOf(params), status });
    return { data: expressionsOfInterest.nodes, total: expressionsOfInterest.totalCount };
  },
  async getOne(id) {
    const { expressionOfInterest } = await execute(One, { id: String(id) });
    if (!expressionOfInterest) throw notFound('expression of interest', id);
    return expressionOfInterest;
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'ExpressionOfInterest')),
};

/** Accepting creates the member (with its focal point and an invited pledger account); declining needs a reason for the contact. */
export type ExpressionOfInterestDecision = 'accept' | 'decline';

export async function decideExpressionOfInterest(id: Identifier, action: ExpressionOfInterestDecision, reason?: string): Promise<ExpressionOfInterestRecord> {
  if (action === 'accept') return (await execute(Accept, { id: String(id) })).acceptExpressionOfInterest;
  const why = reason?.trim();
  if (!why) throw new Error('Give a reason: the contact will receive it');
  return (await execute(Decline, { id: String(id), input: { reason: why } })).declineExpressionOfInterest;
}
