import type { GetListParams, Identifier } from 'react-admin';
import { graphql } from '../gql/index.js';
import type { MoneyInput, PledgeAction, PledgeFilter, PledgeOrderField, PledgeRecordFragment, PledgeRevisionRecordFragment, UpdatePledgeInput } from '../gql/graphql.js';
import { execute, GraphQLRequestError } from '../graphql-client.js';
import { enumValues, pledgeStatusChoices, pledgeTypeChoices, sectorChoices } from '../reference/choices.js';
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
    announcedAt
    startDate
    endDate
    targetBeneficiaries
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

graphql(`
  fragment PledgeRevisionRecord on PledgeRevision {
    id
    createdAt
    status
    decisionReason
    changes {
      field
      before
      after
    }
    proposedBy {
      displayName
      email
    }
  }
`);

const List = graphql(`
  query PledgeList($first: Int!, $offset: Int!, $filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!]) {
    pledges(first: $first, offset: $offset, filter: $filter, search: $search, orderBy: $orderBy) {
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
      pendingRevision {
        ...PledgeRevisionRecord
      }
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

const Announce = graphql(`
  mutation PledgeAnnounce($id: ID!, $eventId: ID!, $expectedVersion: Int) {
    announcePledge(id: $id, eventId: $eventId, expectedVersion: $expectedVersion) {
      ...PledgeRecord
    }
  }
`);

const ProposeRevision = graphql(`
  mutation PledgeProposeRevision($id: ID!, $input: UpdatePledgeInput!) {
    proposePledgeRevision(id: $id, input: $input) {
      ...PledgeRevisionRecord
    }
  }
`);

const AcceptRevision = graphql(`
  mutation PledgeAcceptRevision($id: ID!) {
    acceptPledgeRevision(id: $id) {
      ...PledgeRecord
      pendingRevision {
        ...PledgeRevisionRecord
      }
    }
  }
`);

const RejectRevision = graphql(`
  mutation PledgeRejectRevision($id: ID!, $input: PledgeDecisionInput!) {
    rejectPledgeRevision(id: $id, input: $input) {
      ...PledgeRevisionRecord
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

/** Changes proposed to a published pledge, field by field (codes and IDs as in UpdatePledgeInput). */
export type PledgeRevisionRecord = PledgeRevisionRecordFragment;

/**
 * `pendingRevision` is loaded with one pledge only (the show page), not with lists: undefined when not
 * loaded, null when there is none or the viewer may not see it.
 */
export type PledgeRecord = PledgeRecordFragment & PledgeFormFields & { pendingRevision?: PledgeRevisionRecord | null };

const toRecord = (pledge: PledgeRecordFragment & { pendingRevision?: PledgeRevisionRecord | null }): PledgeRecord => ({
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

/** What the form changed in the pledge as loaded, as an UpdatePledgeInput with the version it was loaded at. */
function updateInputOf(data: Partial<PledgeRecord>, previous: PledgeRecord): UpdatePledgeInput {
  const moneyChanged = Object.keys(changedFields(data, previous, MONEY)).length > 0;
  const { sdgNumbers } = changedFields(data, previous, ['sdgNumbers']);
  return {
    ...changedFields(data, previous, EDITABLE),
    sdgs: sdgNumbers,
    estimatedValue: moneyChanged ? moneyOf(data) : undefined,
    expectedVersion: previous.version,
  };
}

const SORTS: Record<string, PledgeOrderField> = {
  reference: 'REFERENCE',
  title: 'TITLE',
  status: 'STATUS',
  usdValue: 'USD_VALUE',
  announcedOn: 'ANNOUNCED_ON',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
  'leadMember.name': 'LEAD_MEMBER_NAME',
  relevance: 'RELEVANCE',
};

/** The list's sort when nothing is searched, and the one it takes while searching. */
export const DEFAULT_PLEDGE_SORT = { field: 'updatedAt', order: 'DESC' } as const;
export const RELEVANCE_SORT = { field: 'relevance', order: 'DESC' } as const;

/** The words of the list's search box, as the API's `search` argument. */
export const pledgeSearchOf = (filter: Record<string, unknown> = {}): string | undefined => textFilter(filter.q);

/** Values of a multi-valued filter (or of a single one, from an older link), empty ones left out. */
function valuesOf(value: unknown): string[] | undefined {
  const values = (Array.isArray(value) ? value : [value]).filter((v) => (typeof v === 'string' && v.trim()) || typeof v === 'number').map(String);
  return values.length ? values : undefined;
}

/** A decimal bound from a number input; anything else leaves the bound open. */
function amountOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) return value.trim();
  return undefined;
}

const dateOf = (value: unknown): string | undefined => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);

/** Drops the keys left undefined, and returns undefined when none is left. */
function defined<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

const some = <T>(inner: T | undefined) => (inner === undefined ? undefined : { some: inner });

/**
 * The list's filter form (and the dashboard's links into the list) as the API's `PledgeFilter`.
 * Keys: status, type, focusArea (codes), region (ITU-D region ids), country (codes), ldc, beneficiaryGroup (codes),
 * sdg (numbers), sector, champion, usdMin / usdMax, announcedFrom / announcedTo, event (ids), leadMemberId, includeArchived.
 */
export function pledgeFilterOf(filter: Record<string, unknown> = {}): PledgeFilter {
  const codes = (value: unknown) => {
    const values = valuesOf(value);
    return values && { code: { in: values } };
  };
  const sdgs = valuesOf(filter.sdg)
    ?.map(Number)
    .filter((n) => Number.isInteger(n));
  const regions = valuesOf(filter.region);
  const leadMembers = valuesOf(filter.leadMemberId);
  const events = valuesOf(filter.event ?? filter.eventId);
  const sectors = enumValues(sectorChoices, filter.sector);
  const statuses = enumValues(pledgeStatusChoices, filter.status);
  const types = enumValues(pledgeTypeChoices, filter.type);
  return (
    defined<PledgeFilter>({
      status: statuses && { in: statuses },
      type: types && { in: types },
      focusAreas: some(codes(filter.focusArea ?? filter.focusAreaCode)),
      implementedIn: regions && { in: regions },
      countries: some(codes(filter.country ?? filter.countryCode)),
      countryGroups: filter.ldc === true ? { some: ['LDC'] } : undefined,
      beneficiaryGroups: some(codes(filter.beneficiaryGroup)),
      sdgs: sdgs?.length ? { some: { number: { in: sdgs } } } : undefined,
      leadMember: defined({
        id: leadMembers && { in: leadMembers },
        sector: sectors && { in: sectors },
        champion: filter.champion === true ? true : undefined,
      }),
      usdValue: defined({ gte: amountOf(filter.usdMin), lte: amountOf(filter.usdMax) }),
      announcedOn: defined({ gte: dateOf(filter.announcedFrom), lte: dateOf(filter.announcedTo) }),
      event: events && { id: { in: events } },
      archived: filter.includeArchived === true ? 'INCLUDED' : undefined,
    }) ?? {}
  );
}

/** The list's filter form, search box and sort as the `filter`, `search` and `orderBy` of `pledges`. */
function pledgeListArgumentsOf({ filter, sort }: Pick<GetListParams, 'filter' | 'sort'>) {
  const search = pledgeSearchOf(filter);
  // Relevance needs search words; without them the API's default order applies.
  const orderBy = orderOf(sort, SORTS)?.filter((o) => search || o.field !== 'RELEVANCE');
  return { filter: pledgeFilterOf(filter), search, orderBy: orderBy?.length ? orderBy : undefined };
}

/**
 * The open data export (CSV) of what the list shows, in its order: the same filter, search and sort,
 * though only the published pledges among them, as for anyone.
 */
export function pledgeExportUrlOf(params: Pick<GetListParams, 'filter' | 'sort'>): string {
  const { filter, search, orderBy } = pledgeListArgumentsOf(params);
  const query = new URLSearchParams();
  if (Object.keys(filter).length) query.set('filter', JSON.stringify(filter));
  if (search) query.set('search', search);
  if (orderBy) query.set('orderBy', JSON.stringify(orderBy));
  return `/open-data/pledges.csv${query.size ? `?${query}` : ''}`;
}

export const pledges: ResourceAdapter<PledgeRecord> = {
  async getList(params) {
    const { pledges } = await execute(List, { ...pageOf(params), ...pledgeListArgumentsOf(params) });
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
    return toRecord((await execute(Update, { id: String(id), input: updateInputOf(data, previous) })).updatePledge);
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

export type { PledgeAction };

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

/** Announces a published pledge at an event, now: it joins the event's live page. */
export async function announcePledge(id: Identifier, eventId: Identifier, expectedVersion: number): Promise<PledgeRecord> {
  return toRecord((await execute(Announce, { id: String(id), eventId: String(eventId), expectedVersion })).announcePledge);
}

/**
 * Changes to a published pledge, proposed for review: the public keeps seeing the published version until a
 * curator accepts them. Only what the form changed is proposed, as an edit would send it.
 */
export async function proposePledgeRevision(id: Identifier, data: Partial<PledgeRecord>, previous: PledgeRecord): Promise<PledgeRevisionRecord> {
  const input = updateInputOf(data, previous);
  const { expectedVersion: _version, ...changes } = input;
  if (!Object.values(changes).some((value) => value !== undefined)) throw new Error('Nothing was changed: there is nothing to propose');
  return (await execute(ProposeRevision, { id: String(id), input })).proposePledgeRevision;
}

/** Applies a proposed revision (by the revision's ID): the pledge as published now. */
export async function acceptPledgeRevision(revisionId: Identifier): Promise<PledgeRecord> {
  return toRecord((await execute(AcceptRevision, { id: String(revisionId) })).acceptPledgeRevision);
}

/** Rejects a proposed revision; the pledgers see the reason. */
export async function rejectPledgeRevision(revisionId: Identifier, reason?: string): Promise<PledgeRevisionRecord> {
  const why = reason?.trim();
  if (!why) throw new Error('Give a reason: the pledger will see it');
  return (await execute(RejectRevision, { id: String(revisionId), input: { reason: why } })).rejectPledgeRevision;
}
