import type { Identifier } from 'react-admin';
import { graphql } from '../gql/index.js';
import type { CountryNeedAction, CountryNeedFilter, CountryNeedOrderField, CountryNeedRecordFragment, MoneyInput, UpdateCountryNeedInput } from '../gql/graphql.js';
import { execute, GraphQLRequestError } from '../graphql-client.js';
import { enumValues, pledgeTypeChoices } from '../reference/choices.js';
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
import { needPriorityChoices, needStatusChoices } from './choices.js';

graphql(`
  fragment CountryNeedRecord on CountryNeed {
    id
    version
    title
    description
    status
    statusReason
    modality
    priority
    startDate
    endDate
    source
    allocatedUsd
    remainingGapUsd
    submittedAt
    publishedAt
    archivedAt
    createdAt
    updatedAt
    availableActions {
      action
      to
      label
      reasonRequired
    }
    viewerMayEdit
    fundingGap {
      amount
      usdValue
      rateDate
      currency {
        code
      }
    }
    country {
      code
      name
    }
    region {
      id
      name
    }
    focusArea {
      code
      name
    }
    pillar {
      id
      name
    }
    beneficiaryGroups {
      code
      name
    }
    member {
      id
      name
    }
  }
`);

const List = graphql(`
  query CountryNeedList($first: Int!, $offset: Int!, $filter: CountryNeedFilter, $orderBy: [CountryNeedOrder!]) {
    countryNeeds(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes {
        ...CountryNeedRecord
      }
    }
  }
`);

const One = graphql(`
  query CountryNeedOne($id: ID!) {
    countryNeed(id: $id) {
      ...CountryNeedRecord
    }
  }
`);

const Many = graphql(`
  query CountryNeedMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...CountryNeedRecord
    }
  }
`);

const Create = graphql(`
  mutation CountryNeedCreate($input: CreateCountryNeedInput!) {
    createCountryNeed(input: $input) {
      ...CountryNeedRecord
    }
  }
`);

const Update = graphql(`
  mutation CountryNeedUpdate($id: ID!, $input: UpdateCountryNeedInput!) {
    updateCountryNeed(id: $id, input: $input) {
      ...CountryNeedRecord
    }
  }
`);

const Submit = graphql(`
  mutation CountryNeedSubmit($id: ID!, $expectedVersion: Int) {
    submitCountryNeed(id: $id, expectedVersion: $expectedVersion) {
      ...CountryNeedRecord
    }
  }
`);

const Approve = graphql(`
  mutation CountryNeedApprove($id: ID!, $expectedVersion: Int) {
    approveCountryNeed(id: $id, expectedVersion: $expectedVersion) {
      ...CountryNeedRecord
    }
  }
`);

const RequestChanges = graphql(`
  mutation CountryNeedRequestChanges($id: ID!, $input: CountryNeedDecisionInput!) {
    requestCountryNeedChanges(id: $id, input: $input) {
      ...CountryNeedRecord
    }
  }
`);

const Reject = graphql(`
  mutation CountryNeedReject($id: ID!, $input: CountryNeedDecisionInput!) {
    rejectCountryNeed(id: $id, input: $input) {
      ...CountryNeedRecord
    }
  }
`);

const Withdraw = graphql(`
  mutation CountryNeedWithdraw($id: ID!, $input: CountryNeedDecisionInput!) {
    withdrawCountryNeed(id: $id, input: $input) {
      ...CountryNeedRecord
    }
  }
`);

/** Where a need lies: one country, or a whole region. */
export type NeedScope = 'COUNTRY' | 'REGION';

/** The codes and ids the inputs take, beside the objects the need shows. */
interface CountryNeedFormFields {
  scope: NeedScope;
  countryCode: string | null;
  regionId: string | null;
  focusAreaCode: string;
  pillarId: string | null;
  beneficiaryGroupCodes: string[];
  memberId: string | null;
  /** No funding gap: the need asks for programmes, policy or advocacy rather than money. */
  nonFinancial: boolean;
  gapAmount: string | null;
  gapCurrency: string | null;
}

export type CountryNeedRecord = CountryNeedRecordFragment & CountryNeedFormFields;

const toRecord = (need: CountryNeedRecordFragment): CountryNeedRecord => ({
  ...need,
  scope: need.region ? 'REGION' : 'COUNTRY',
  countryCode: need.country?.code ?? null,
  regionId: need.region?.id ?? null,
  focusAreaCode: need.focusArea.code,
  pillarId: need.pillar?.id ?? null,
  beneficiaryGroupCodes: need.beneficiaryGroups.map((b) => b.code),
  memberId: need.member?.id ?? null,
  nonFinancial: !need.fundingGap,
  gapAmount: need.fundingGap?.amount ?? null,
  gapCurrency: need.fundingGap?.currency.code ?? null,
});

/** Fields with the same name in the form and in the create and update inputs. */
const EDITABLE = ['title', 'description', 'modality', 'priority', 'startDate', 'endDate', 'source', 'pillarId', 'beneficiaryGroupCodes'] as const;

const GAP = ['nonFinancial', 'gapAmount', 'gapCurrency'] as const;

const gapProblem = (field: string, message: string) =>
  new GraphQLRequestError(`${field}: ${message}`, { code: 'BAD_USER_INPUT', problems: [{ field, message }] });

/** The funding gap as the API takes it: null for a non-financial need. */
function gapOf(data: Partial<CountryNeedFormFields>): MoneyInput | null {
  if (data.nonFinancial) return null;
  const amount = data.gapAmount?.trim();
  if (!amount) throw gapProblem('fundingGap.amount', 'Give the funding gap, or mark the need as non-financial');
  if (!data.gapCurrency) throw gapProblem('fundingGap.currency', 'Required with an amount');
  return { amount, currency: data.gapCurrency };
}

function updateInputOf(data: Partial<CountryNeedRecord>, previous: CountryNeedRecord): UpdateCountryNeedInput {
  const gapChanged = Object.keys(changedFields(data, previous, GAP)).length > 0;
  return { ...changedFields(data, previous, EDITABLE), fundingGap: gapChanged ? gapOf(data) : undefined, expectedVersion: previous.version };
}

const SORTS: Record<string, CountryNeedOrderField> = {
  title: 'TITLE',
  priority: 'PRIORITY',
  'fundingGap.usdValue': 'GAP_USD',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
};

/** Values of a multi-valued filter (or of a single one, from a link), empty ones left out. */
function valuesOf(value: unknown): string[] | undefined {
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return values.length ? values : undefined;
}

/**
 * The list's filter form as the API's `CountryNeedFilter`.
 * Keys: q (title), status, country (codes), region (ids), focusArea (codes), priority, modality, includeArchived.
 */
export function needFilterOf(filter: Record<string, unknown> = {}): CountryNeedFilter {
  const statuses = enumValues(needStatusChoices, filter.status);
  const priorities = enumValues(needPriorityChoices, filter.priority);
  const modalities = enumValues(pledgeTypeChoices, filter.modality);
  const countries = valuesOf(filter.country);
  const regions = valuesOf(filter.region);
  const focusAreas = valuesOf(filter.focusArea);
  const title = textFilter(filter.q);
  return {
    title: title ? { containsInsensitive: title } : undefined,
    status: statuses && { in: statuses },
    priority: priorities && { in: priorities },
    modality: modalities && { in: modalities },
    country: countries && { code: { in: countries } },
    region: regions && { id: { in: regions } },
    focusArea: focusAreas && { code: { in: focusAreas } },
    archived: filter.includeArchived === true ? 'INCLUDED' : undefined,
  };
}

export const countryNeeds: ResourceAdapter<CountryNeedRecord> = {
  async getList(params) {
    const { countryNeeds } = await execute(List, { ...pageOf(params), filter: needFilterOf(params.filter), orderBy: orderOf(params.sort, SORTS) });
    return { data: countryNeeds.nodes.map(toRecord), total: countryNeeds.totalCount };
  },
  async getOne(id) {
    const { countryNeed } = await execute(One, { id: String(id) });
    if (!countryNeed) throw notFound('country need', id);
    return toRecord(countryNeed);
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'CountryNeed').map(toRecord)),
  async create(data) {
    // The form keeps both while the scope is switched back and forth: only the chosen one is required and sent.
    const where = data.scope === 'REGION' ? 'regionId' : 'countryCode';
    const input = requireFields(data, ['title', 'description', 'focusAreaCode', 'modality', where]);
    const { createCountryNeed } = await execute(Create, {
      input: {
        ...presentFields(input, EDITABLE),
        title: input.title,
        description: input.description,
        focusAreaCode: input.focusAreaCode,
        modality: input.modality,
        countryCode: where === 'countryCode' ? input.countryCode : undefined,
        regionId: where === 'regionId' ? input.regionId : undefined,
        memberId: input.memberId ?? undefined,
        fundingGap: gapOf(input),
      },
    });
    return toRecord(createCountryNeed);
  },
  async update(id, data, previous) {
    return toRecord((await execute(Update, { id: String(id), input: updateInputOf(data, previous) })).updateCountryNeed);
  },
  inputSources: {
    ...Object.fromEntries(EDITABLE.map((field) => [field, field])),
    countryCode: 'countryCode',
    regionId: 'regionId',
    focusAreaCode: 'focusAreaCode',
    memberId: 'memberId',
    fundingGap: 'gapAmount',
    'fundingGap.amount': 'gapAmount',
    'fundingGap.currency': 'gapCurrency',
  },
};

export type NeedAction = CountryNeedAction;

export async function transitionCountryNeed(
  id: Identifier,
  action: NeedAction,
  { expectedVersion, reason }: { expectedVersion: number; reason?: string },
): Promise<CountryNeedRecord> {
  const key = { id: String(id) };
  const decision = () => {
    if (!reason?.trim()) throw new Error("Give a reason: the government's focal points will see it");
    return { ...key, input: { reason: reason.trim(), expectedVersion } };
  };
  switch (action) {
    case 'submit':
      return toRecord((await execute(Submit, { ...key, expectedVersion })).submitCountryNeed);
    case 'approve':
      return toRecord((await execute(Approve, { ...key, expectedVersion })).approveCountryNeed);
    case 'requestChanges':
      return toRecord((await execute(RequestChanges, decision())).requestCountryNeedChanges);
    case 'reject':
      return toRecord((await execute(Reject, decision())).rejectCountryNeed);
    case 'withdraw':
      return toRecord((await execute(Withdraw, decision())).withdrawCountryNeed);
  }
}
