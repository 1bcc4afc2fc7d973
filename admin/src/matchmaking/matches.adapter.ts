import type { Identifier } from 'react-admin';
import { graphql } from '../gql/index.js';
import type { MatchAction, MatchFilter, MatchOrderField, MatchRecordFragment, PledgeSuggestionFieldsFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { enumValues } from '../reference/choices.js';
import { inBatches, nodesOfType, notFound, orderOf, pageOf, textFilter, type ResourceAdapter } from '../resource-adapter.js';
import { matchStatusChoices } from './choices.js';

graphql(`
  fragment ScoreComponentParts on ScoreComponentResult {
    component
    weight
    value
    contribution
    explanation
  }
`);

graphql(`
  fragment MatchRecord on Match {
    id
    version
    status
    statusReason
    amountUsd
    score
    pledgerConfirmedAt
    countryConfirmedAt
    archivedAt
    createdAt
    updatedAt
    availableActions {
      action
      to
      label
      reasonRequired
    }
    components {
      ...ScoreComponentParts
    }
    need {
      id
      title
      remainingGapUsd
      fundingGap {
        usdValue
      }
      country {
        code
        name
      }
      region {
        id
        name
      }
      member {
        id
      }
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
    roundtable {
      id
      code
      name
    }
  }
`);

graphql(`
  fragment PledgeSuggestionFields on PledgeSuggestion {
    score
    remainingUsd
    components {
      ...ScoreComponentParts
    }
    pledge {
      id
      title
      reference
      type
      usdValue
      leadMember {
        id
        name
      }
    }
  }
`);

const List = graphql(`
  query MatchList($first: Int!, $offset: Int!, $filter: MatchFilter, $orderBy: [MatchOrder!]) {
    matches(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes {
        ...MatchRecord
      }
    }
  }
`);

const One = graphql(`
  query MatchOne($id: ID!) {
    node(id: $id) {
      __typename
      ...MatchRecord
    }
  }
`);

const Many = graphql(`
  query MatchMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...MatchRecord
    }
  }
`);

const Suggestions = graphql(`
  query SuggestedPledges($needId: ID!, $roundtableId: ID, $first: Int!, $offset: Int!) {
    suggestedPledges(needId: $needId, roundtableId: $roundtableId, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...PledgeSuggestionFields
      }
    }
  }
`);

const Propose = graphql(`
  mutation MatchPropose($input: ProposeMatchInput!) {
    proposeMatch(input: $input) {
      ...MatchRecord
    }
  }
`);

const Accept = graphql(`
  mutation MatchAccept($id: ID!, $amountUsd: Decimal, $expectedVersion: Int) {
    acceptMatch(id: $id, amountUsd: $amountUsd, expectedVersion: $expectedVersion) {
      ...MatchRecord
    }
  }
`);

const Confirm = graphql(`
  mutation MatchConfirm($id: ID!, $expectedVersion: Int) {
    confirmMatch(id: $id, expectedVersion: $expectedVersion) {
      ...MatchRecord
    }
  }
`);

const Start = graphql(`
  mutation MatchStart($id: ID!, $expectedVersion: Int) {
    startMatchImplementation(id: $id, expectedVersion: $expectedVersion) {
      ...MatchRecord
    }
  }
`);

const Close = graphql(`
  mutation MatchClose($id: ID!, $expectedVersion: Int) {
    closeMatch(id: $id, expectedVersion: $expectedVersion) {
      ...MatchRecord
    }
  }
`);

const Decline = graphql(`
  mutation MatchDecline($id: ID!, $input: MatchDecisionInput!) {
    declineMatch(id: $id, input: $input) {
      ...MatchRecord
    }
  }
`);

export type MatchRecord = MatchRecordFragment;
export type PledgeSuggestion = PledgeSuggestionFieldsFragment & { id: string };

const SORTS: Record<string, MatchOrderField> = { score: 'SCORE', amountUsd: 'AMOUNT_USD', createdAt: 'CREATED_AT', updatedAt: 'UPDATED_AT' };

/** Keys: roundtable, need, pledge (ids), status. */
function filterOf(filter: Record<string, unknown> = {}): MatchFilter {
  const statuses = enumValues(matchStatusChoices, filter.status);
  const roundtable = textFilter(filter.roundtable);
  const need = textFilter(filter.need);
  const pledge = textFilter(filter.pledge);
  return {
    status: statuses && { in: statuses },
    roundtable: roundtable ? { id: { eq: roundtable } } : undefined,
    need: need ? { id: { eq: need } } : undefined,
    pledge: pledge ? { id: { eq: pledge } } : undefined,
  };
}

// Without a sort, the API lists the best score first.
export const matches: ResourceAdapter<MatchRecord> = {
  async getList(params) {
    const { matches } = await execute(List, { ...pageOf(params), filter: filterOf(params.filter), orderBy: orderOf(params.sort, SORTS) });
    return { data: matches.nodes, total: matches.totalCount };
  },
  async getOne(id) {
    const { node } = await execute(One, { id: String(id) });
    if (node?.__typename !== 'Match') throw notFound('match', id);
    return node;
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'Match')),
};

export interface SuggestedPledgesParams {
  needId: Identifier;
  /** Scores with the roundtable's weights rather than the defaults. */
  roundtableId?: Identifier;
  first: number;
  offset: number;
}

/** The published pledges that could meet a need, best first, each score explained. */
export async function suggestedPledges({ needId, roundtableId, first, offset }: SuggestedPledgesParams): Promise<{ data: PledgeSuggestion[]; total: number }> {
  const { suggestedPledges: page } = await execute(Suggestions, { needId: String(needId), roundtableId: roundtableId === undefined ? undefined : String(roundtableId), first, offset });
  return { data: page.nodes.map((s) => ({ ...s, id: s.pledge.id })), total: page.totalCount };
}

export interface ProposeMatchParams {
  needId: Identifier;
  pledgeId: Identifier;
  roundtableId?: Identifier;
  /** USD; for financial needs only. */
  amountUsd?: string;
}

export async function proposeMatch({ needId, pledgeId, roundtableId, amountUsd }: ProposeMatchParams): Promise<MatchRecord> {
  const input = { needId: String(needId), pledgeId: String(pledgeId), roundtableId: roundtableId === undefined ? undefined : String(roundtableId), amountUsd };
  return (await execute(Propose, { input })).proposeMatch;
}

export type { MatchAction };

export interface MatchTransitionParams {
  id: Identifier;
  action: MatchAction;
  expectedVersion: number;
  /** To take up a suggestion: the amount in USD, when it changes. */
  amountUsd?: string;
  /** Required to decline: both sides are told. */
  reason?: string;
}

export async function transitionMatch({ id, action, expectedVersion, amountUsd, reason }: MatchTransitionParams): Promise<MatchRecord> {
  const key = { id: String(id), expectedVersion };
  switch (action) {
    case 'propose':
      return (await execute(Accept, { ...key, amountUsd })).acceptMatch;
    case 'confirm':
      return (await execute(Confirm, key)).confirmMatch;
    case 'startImplementation':
      return (await execute(Start, key)).startMatchImplementation;
    case 'close':
      return (await execute(Close, key)).closeMatch;
    case 'decline': {
      const why = reason?.trim();
      if (!why) throw new Error('Give a reason: both sides will see it');
      return (await execute(Decline, { id: String(id), input: { reason: why, expectedVersion } })).declineMatch;
    }
  }
}
