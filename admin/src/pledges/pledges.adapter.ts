import type { Identifier } from 'react-admin';
import { graphql } from '../gql/index.js';
import type { MoneyInput, PledgeFilter, PledgeOrderField, PledgeRecordFragment } from '../gql/graphql.js';
import { execute, GraphQLRequestError } from '../graphql-client.js';
import { enumValues, pledgeStatusChoices, pledgeTypeChoices } from '../reference/choices.js';
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
  fragment PledgeRecord on Pledge {
    id
    version
    reference
    title
    description
    type
    status
    statusReason
    isGlobal
    usdValue
    announcedOn
    startDate
    endDate
    targetBeneficiaries
    submittedAt
    publishedAt
    archivedAt
    createdAt
    updatedAt
    estimatedValue {
      amount
      usdValue
      rateDate
      currency {
        code
      }
    }
    leadMember {
      id
      name
    }
    partners {
      id
      name
    }
    focusAreas {
      code
      name
    }
    pillars {
      id
      name
    }
    countries {
      code
      name
    }
    regions {
      id
      name
    }
    beneficiaryGroups {
      code
      name
    }
    sdgs {
      number
      title
    }
    event {
      id
      code
      name
    }
  }
`);

const List = graphql(`
  query PledgeList($first: Int!, $offset: Int!, $filter: PledgeFilter, $orderBy: [PledgeOrder!]) {
    pledges(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes {
        ...PledgeRecord
      }
    }
  }
`);

const One = graphql(`
  query PledgeOne($id: ID!) {
    pledge(id: $id) {
      ...PledgeRecord
    }
  }
`);

const Many = graphql(`
  query PledgeMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...PledgeRecord
    }
  }
`);

const Create = graphql(`
  mutation PledgeCreate($input: CreatePledgeInput!) {
    createPledge(input: $input) {
      ...PledgeRecord
    }
  }
`);

const Update = graphql(`
  mutation PledgeUpdate($id: ID!, $input: UpdatePledgeInput!) {
    updatePledge(id: $id, input: $input) {
      ...PledgeRecord
    }
  }
`);

const Archive = graphql(`
  mutation PledgeArchive($id: ID!, $expectedVersion: Int) {
    archivePledge(id: $id, expectedVersion: $expectedVersion) {
      ...PledgeRecord
    }
  }
`);

const Submit = graphql(`
  mutation PledgeSubmit($id: ID!, $expectedVersion: Int) {
    submitPledge(id: $id, expectedVersion: $expectedVersion) {
      ...PledgeRecord
    }
  }
`);

const Approve = graphql(`
  mutation PledgeApprove($id: ID!, $expectedVersion: Int) {
    approvePledge(id: $id, expectedVersion: $expectedVersion) {
      ...PledgeRecord
    }
  }
`);

const RequestChanges = graphql(`
  mutation PledgeRequestChanges($id: ID!, $input: PledgeDecisionInput!) {
    requestPledgeChanges(id: $id, input: $input) {
      ...PledgeRecord
    }
  }
`);

const Reject = graphql(`
  mutation PledgeReject($id: ID!, $input: PledgeDecisionInput!) {
    rejectPledge(id: $id, input: $input) {
      ...PledgeRecord
    }
  }
`);

const Withdraw = graphql(`
  mutation PledgeWithdraw($id: ID!, $input: PledgeDecisionInput!) {
    withdrawPledge(id: $id, input: $input) {
      ...PledgeRecord
    }
  }
`);

/** The codes and ids the inputs take, beside the objects the pledge shows. */
interface PledgeFormFields {
  leadMemberId: string;
  partnerIds: string[];
  focusAreaCodes: string[];
  pillarIds: string[];
  countryCodes: string[];
  beneficiaryGroupCodes: string[];
  sdgNumbers: number[];
  eventId: string | null;
  estimatedAmount: string | null;
  estimatedCurrency: string | null;
}

export type PledgeRecord = PledgeRecordFragment & PledgeFormFields;

const toRecord = (pledge: PledgeRecordFragment): PledgeRecord => ({
  ...pledge,
  leadMemberId: pledge.leadMember.id,
  partnerIds: pledge.partners.map((m) => m.id),
  focusAreaCodes: pledge.focusAreas.map((f) => f.code),
  pillarIds: pledge.pillars.map((p) => p.id),
  countryCodes: pledge.countries.map((c) => c.code),
  beneficiaryGroupCodes: pledge.beneficiaryGroups.map((b) => b.code),
  sdgNumbers: pledge.sdgs.map((s) => s.number),
  eventId: pledge.event?.id ?? null,
  estimatedAmount: pledge.estimatedValue?.amount ?? null,
  estimatedCurrency: pledge.estimatedValue?.currency.code ?? null,
});

/** Fields with the same name in the form and in the create and update inputs. */
const EDITABLE = [
  'title',
  'description',
  'type',
  'announcedOn',
  'startDate',
  'endDate',
  'targetBeneficiaries',
  'isGlobal',
  'eventId',
  'partnerIds',
  'focusAreaCodes',
  'pillarIds',
  'countryCodes',
  'beneficiaryGroupCodes',
] as const;

const MONEY = ['estimatedAmount', 'estimatedCurrency'] as const;

/** The estimated value as the API takes it; null clears it. */
function moneyOf(data: Partial<PledgeFormFields>): MoneyInput | null {
  const amount = data.estimatedAmount?.trim();
  if (!amount) return null;
  if (!data.estimatedCurrency) {
    throw new GraphQLRequestError('estimatedValue.currency: required with an amount', {
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'estimatedValue.currency', message: 'Required with an amount' }],
    });
  }
  return { amount, currency: data.estimatedCurrency };
}

const SORTS: Record<string, PledgeOrderField> = {
  reference: 'REFERENCE',
  title: 'TITLE',
  status: 'STATUS',
  usdValue: 'USD_VALUE',
  announcedOn: 'ANNOUNCED_ON',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
};

function filterOf(filter: Record<string, unknown> = {}): PledgeFilter {
  const list = (value: unknown) => (textFilter(value) ? [String(value)] : undefined);
  return {
    titleContains: textFilter(filter.q),
    statuses: enumValues(pledgeStatusChoices, filter.status),
    types: enumValues(pledgeTypeChoices, filter.type),
    leadMemberIds: list(filter.leadMemberId),
    focusAreaCodes: list(filter.focusAreaCode),
    countryCodes: list(filter.countryCode),
    eventIds: list(filter.eventId),
    includeArchived: filter.includeArchived === true || undefined,
  };
}

export const pledges: ResourceAdapter<PledgeRecord> = {
  async getList(params) {
    const { pledges } = await execute(List, { ...pageOf(params), filter: filterOf(params.filter), orderBy: orderOf(params.sort, SORTS) });
    return { data: pledges.nodes.map(toRecord), total: pledges.totalCount };
  },
  async getOne(id) {
    const { pledge } = await execute(One, { id: String(id) });
    if (!pledge) throw notFound('pledge', id);
    return toRecord(pledge);
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'Pledge').map(toRecord)),
  async create(data) {
    const input = requireFields(data, ['title', 'description', 'type', 'leadMemberId']);
    const { createPledge } = await execute(Create, {
      input: {
        ...presentFields(input, EDITABLE),
        title: input.title,
        description: input.description,
        type: input.type,
        leadMemberId: input.leadMemberId,
        sdgs: input.sdgNumbers,
        estimatedValue: moneyOf(input),
      },
    });
    return toRecord(createPledge);
  },
  async update(id, data, previous) {
    const moneyChanged = Object.keys(changedFields(data, previous, MONEY)).length > 0;
    const { sdgNumbers } = changedFields(data, previous, ['sdgNumbers']);
    const input = {
      ...changedFields(data, previous, EDITABLE),
      sdgs: sdgNumbers,
      estimatedValue: moneyChanged ? moneyOf(data) : undefined,
      expectedVersion: previous.version,
    };
    return toRecord((await execute(Update, { id: String(id), input })).updatePledge);
  },
  async archive(previous) {
    return toRecord((await execute(Archive, { id: previous.id, expectedVersion: previous.version })).archivePledge);
  },
  inputSources: {
    ...Object.fromEntries(EDITABLE.map((field) => [field, field])),
    leadMemberId: 'leadMemberId',
    sdgs: 'sdgNumbers',
    estimatedValue: 'estimatedAmount',
    'estimatedValue.amount': 'estimatedAmount',
    'estimatedValue.currency': 'estimatedCurrency',
  },
};

/** The curation workflow; the three decisions that send a pledge back or end it need a reason. */
export type PledgeAction = 'submit' | 'approve' | 'requestChanges' | 'reject' | 'withdraw';

export async function transitionPledge(
  id: Identifier,
  action: PledgeAction,
  { expectedVersion, reason }: { expectedVersion: number; reason?: string },
): Promise<PledgeRecord> {
  const key = { id: String(id) };
  const decision = () => {
    if (!reason?.trim()) throw new Error('Give a reason: the pledger will see it');
    return { ...key, input: { reason: reason.trim(), expectedVersion } };
  };
  switch (action) {
    case 'submit':
      return toRecord((await execute(Submit, { ...key, expectedVersion })).submitPledge);
    case 'approve':
      return toRecord((await execute(Approve, { ...key, expectedVersion })).approvePledge);
    case 'requestChanges':
      return toRecord((await execute(RequestChanges, decision())).requestPledgeChanges);
    case 'reject':
      return toRecord((await execute(Reject, decision())).rejectPledge);
    case 'withdraw':
      return toRecord((await execute(Withdraw, decision())).withdrawPledge);
  }
}
