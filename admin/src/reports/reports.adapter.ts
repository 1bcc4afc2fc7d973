import type { Identifier } from 'react-admin';
import { graphql } from '../gql/index.js';
import type {
  BeneficiaryReachInput,
  MoneyInput,
  PledgeProgressPanelQuery,
  ProgressReportAction,
  ProgressReportFilter,
  ProgressReportOrderField,
  ProgressReportRecordFragment,
  UpdateProgressReportInput,
} from '../gql/graphql.js';
import { execute, GraphQLRequestError } from '../graphql-client.js';
import { enumValues } from '../reference/choices.js';
import { changedFields, inBatches, nodesOfType, notFound, orderOf, pageOf, presentFields, requireFields, textFilter, type ResourceAdapter } from '../resource-adapter.js';
import { implementationStatusChoices, progressReportStatusChoices } from './choices.js';

graphql(`
  fragment ProgressReportRecord on ProgressReport {
    id
    version
    year
    status
    statusReason
    implementationStatus
    peopleReached
    womenReached
    stepsTaken
    outcomes
    challenges
    evidenceLinks
    submittedAt
    decidedAt
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
    amountDisbursed {
      amount
      usdValue
      rateDate
      currency {
        code
      }
    }
    groupReach: reachByGroup {
      people
      beneficiaryGroup {
        code
        name
      }
    }
    targets {
      code
      title
    }
    createdBy {
      displayName
      email
    }
    pledge {
      id
      reference
      title
      status
      leadMember {
        id
        name
      }
    }
  }
`);

const List = graphql(`
  query ProgressReportList($first: Int!, $offset: Int!, $filter: ProgressReportFilter, $orderBy: [ProgressReportOrder!]) {
    progressReports(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes {
        ...ProgressReportRecord
      }
    }
  }
`);

const One = graphql(`
  query ProgressReportOne($id: ID!) {
    progressReport(id: $id) {
      ...ProgressReportRecord
    }
  }
`);

const Many = graphql(`
  query ProgressReportMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...ProgressReportRecord
    }
  }
`);

const Create = graphql(`
  mutation ProgressReportCreate($input: CreateProgressReportInput!) {
    createProgressReport(input: $input) {
      ...ProgressReportRecord
    }
  }
`);

const Update = graphql(`
  mutation ProgressReportUpdate($id: ID!, $input: UpdateProgressReportInput!) {
    updateProgressReport(id: $id, input: $input) {
      ...ProgressReportRecord
    }
  }
`);

const Archive = graphql(`
  mutation ProgressReportArchive($id: ID!, $expectedVersion: Int) {
    archiveProgressReport(id: $id, expectedVersion: $expectedVersion) {
      ...ProgressReportRecord
    }
  }
`);

const Submit = graphql(`
  mutation ProgressReportSubmit($id: ID!, $expectedVersion: Int) {
    submitProgressReport(id: $id, expectedVersion: $expectedVersion) {
      ...ProgressReportRecord
    }
  }
`);

const Accept = graphql(`
  mutation ProgressReportAccept($id: ID!, $expectedVersion: Int) {
    acceptProgressReport(id: $id, expectedVersion: $expectedVersion) {
      ...ProgressReportRecord
    }
  }
`);

const Return = graphql(`
  mutation ProgressReportReturn($id: ID!, $input: ProgressReportDecisionInput!) {
    returnProgressReport(id: $id, input: $input) {
      ...ProgressReportRecord
    }
  }
`);

/** A pledge's progress and its reports, with the cycles a new report could be for: the "Progress" section of its page. */
const PledgeProgress = graphql(`
  query PledgeProgressPanel($id: ID!) {
    pledge(id: $id) {
      id
      status
      usdValue
      progress {
        implementationStatus
        latestReportYear
        lastReportedAt
        disbursedUsd
        disbursedShare
        peopleReached
        womenReached
        acceptedReports
        reportingHealth
        nextReportDueOn
      }
      reports {
        id
        year
        status
        implementationStatus
        submittedAt
        updatedAt
      }
    }
    reportingCycles {
      id
      year
      dueOn
      isOpen
    }
  }
`);

/** The codes the inputs take, beside the objects the report shows. */
interface ReportFormFields {
  pledgeId: string;
  reachByGroup: BeneficiaryReachInput[];
  targetCodes: string[];
  disbursedAmount: string | null;
  disbursedCurrency: string | null;
}

export type ProgressReportRecord = ProgressReportRecordFragment & ReportFormFields;
export type PledgeProgressData = NonNullable<PledgeProgressPanelQuery['pledge']> & { cycles: PledgeProgressPanelQuery['reportingCycles'] };

const toRecord = (report: ProgressReportRecordFragment): ProgressReportRecord => ({
  ...report,
  pledgeId: report.pledge.id,
  reachByGroup: report.groupReach.map((g) => ({ beneficiaryGroupCode: g.beneficiaryGroup.code, people: g.people })),
  targetCodes: report.targets.map((t) => t.code),
  disbursedAmount: report.amountDisbursed?.amount ?? null,
  disbursedCurrency: report.amountDisbursed?.currency.code ?? null,
});

/** Fields with the same name and shape in the form and in the create and update inputs. */
const EDITABLE = ['implementationStatus', 'peopleReached', 'womenReached', 'targetCodes'] as const;
/** The narrative: the API keeps empty text rather than none. */
const NARRATIVE = ['stepsTaken', 'outcomes', 'challenges'] as const;
const MONEY = ['disbursedAmount', 'disbursedCurrency'] as const;

/** The amount disbursed as the API takes it; null clears it. */
function disbursedOf(data: Partial<ReportFormFields>): MoneyInput | null {
  const amount = data.disbursedAmount?.trim();
  if (!amount) return null;
  if (!data.disbursedCurrency) {
    throw new GraphQLRequestError('amountDisbursed.currency: required with an amount', {
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'amountDisbursed.currency', message: 'Required with an amount' }],
    });
  }
  return { amount, currency: data.disbursedCurrency };
}

/** The form's rows of people per group, those left without a group aside. */
const reachOf = (data: Partial<ReportFormFields>): BeneficiaryReachInput[] =>
  (data.reachByGroup ?? []).filter((row) => row?.beneficiaryGroupCode).map((row) => ({ beneficiaryGroupCode: row.beneficiaryGroupCode, people: Number(row.people ?? 0) }));

/** The links typed in, each once, empty rows left out. */
const linksOf = (data: Partial<ProgressReportRecord>): string[] => [...new Set((data.evidenceLinks ?? []).map((link) => (link ?? '').trim()).filter(Boolean))];

const narrativeOf = (data: Partial<ProgressReportRecord>, keys: readonly (typeof NARRATIVE)[number][]) =>
  Object.fromEntries(keys.filter((key) => key in data).map((key) => [key, data[key] ?? '']));

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What the form changed in the report as loaded, with the version it was loaded at. */
function updateInputOf(data: Partial<ProgressReportRecord>, previous: ProgressReportRecord): UpdateProgressReportInput {
  const moneyChanged = Object.keys(changedFields(data, previous, MONEY)).length > 0;
  const reach = reachOf(data);
  const links = linksOf(data);
  return {
    ...changedFields(data, previous, EDITABLE),
    ...narrativeOf(data, NARRATIVE.filter((key) => (data[key] ?? '') !== previous[key])),
    reachByGroup: 'reachByGroup' in data && !sameJson(reach, previous.reachByGroup) ? reach : undefined,
    evidenceLinks: 'evidenceLinks' in data && !sameJson(links, previous.evidenceLinks) ? links : undefined,
    amountDisbursed: moneyChanged ? disbursedOf(data) : undefined,
    expectedVersion: previous.version,
  };
}

const SORTS: Record<string, ProgressReportOrderField> = {
  year: 'YEAR',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
  submittedAt: 'SUBMITTED_AT',
  'amountDisbursed.usdValue': 'DISBURSED_USD',
  peopleReached: 'PEOPLE_REACHED',
};

export const DEFAULT_REPORT_SORT = { field: 'updatedAt', order: 'DESC' } as const;
/** Staff's desk: the reports waiting for a curator, the longest waiting first. */
export const REVIEW_FILTER = { status: ['SUBMITTED'] } as const;
export const REVIEW_SORT = { field: 'submittedAt', order: 'ASC' } as const;

/**
 * The list's filter form as a ProgressReportFilter.
 * Keys: status, implementationStatus, year, q (words in the pledge's title or its lead member's name).
 */
export function reportFilterOf(filter: Record<string, unknown> = {}): ProgressReportFilter {
  const statuses = enumValues(progressReportStatusChoices, filter.status);
  const implementation = enumValues(implementationStatusChoices, filter.implementationStatus);
  const year = Number(filter.year);
  const q = textFilter(filter.q);
  return {
    status: statuses && { in: statuses },
    implementationStatus: implementation && { in: implementation },
    year: filter.year !== undefined && filter.year !== null && Number.isInteger(year) ? { eq: year } : undefined,
    pledge: q ? { or: [{ title: { containsInsensitive: q } }, { leadMember: { name: { containsInsensitive: q } } }] } : undefined,
  };
}

export const progressReports: ResourceAdapter<ProgressReportRecord> = {
  async getList(params) {
    const { progressReports } = await execute(List, { ...pageOf(params), filter: reportFilterOf(params.filter), orderBy: orderOf(params.sort, SORTS) });
    return { data: progressReports.nodes.map(toRecord), total: progressReports.totalCount };
  },
  async getOne(id) {
    const { progressReport } = await execute(One, { id: String(id) });
    if (!progressReport) throw notFound('progress report', id);
    return toRecord(progressReport);
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'ProgressReport').map(toRecord)),
  async create(data) {
    const input = requireFields(data, ['pledgeId', 'year', 'implementationStatus']);
    const { createProgressReport } = await execute(Create, {
      input: {
        ...presentFields(input, EDITABLE),
        ...narrativeOf(input, NARRATIVE),
        pledgeId: input.pledgeId,
        year: Number(input.year),
        implementationStatus: input.implementationStatus,
        reachByGroup: reachOf(input),
        evidenceLinks: linksOf(input),
        amountDisbursed: disbursedOf(input) ?? undefined,
      },
    });
    return toRecord(createProgressReport);
  },
  async update(id, data, previous) {
    return toRecord((await execute(Update, { id: String(id), input: updateInputOf(data, previous) })).updateProgressReport);
  },
  async archive(previous) {
    return toRecord((await execute(Archive, { id: previous.id, expectedVersion: previous.version })).archiveProgressReport);
  },
  inputSources: {
    ...Object.fromEntries([...EDITABLE, ...NARRATIVE, 'pledgeId', 'year', 'reachByGroup', 'evidenceLinks'].map((field) => [field, field])),
    amountDisbursed: 'disbursedAmount',
    'amountDisbursed.amount': 'disbursedAmount',
    'amountDisbursed.currency': 'disbursedCurrency',
  },
};

export type ReportAction = ProgressReportAction;

export async function transitionProgressReport(
  id: Identifier,
  action: ReportAction,
  { expectedVersion, reason }: { expectedVersion: number; reason?: string },
): Promise<ProgressReportRecord> {
  const key = { id: String(id), expectedVersion };
  switch (action) {
    case 'submit':
      return toRecord((await execute(Submit, key)).submitProgressReport);
    case 'accept':
      return toRecord((await execute(Accept, key)).acceptProgressReport);
    case 'return': {
      const why = reason?.trim();
      if (!why) throw new Error('Give a reason: the pledger will see it');
      return toRecord((await execute(Return, { id: String(id), input: { reason: why, expectedVersion } })).returnProgressReport);
    }
  }
}

export async function loadPledgeProgress(id: Identifier): Promise<PledgeProgressData> {
  const { pledge, reportingCycles } = await execute(PledgeProgress, { id: String(id) });
  if (!pledge) throw notFound('pledge', id);
  return { ...pledge, cycles: reportingCycles };
}
