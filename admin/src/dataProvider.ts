import {
  HttpError,
  type CreateParams,
  type DataProvider,
  type DeleteManyParams,
  type DeleteParams,
  type GetListParams,
  type GetManyParams,
  type GetOneParams,
  type Identifier,
  type RaRecord,
  type UpdateParams,
} from 'react-admin';
import { GraphQLRequestError } from './graphql-client.js';
import { conflictMessage, type ResourceAdapter } from './resource-adapter.js';
import { members } from './members/members.adapter.js';
import { events } from './events/events.adapter.js';
import { workingGroups } from './workingGroups/workingGroups.adapter.js';
import { people } from './people/people.adapter.js';
import { accounts } from './accounts/accounts.adapter.js';
import { pillars } from './pillars/pillars.adapter.js';
import {
  acceptPledgeRevision,
  announcePledge,
  pledges,
  proposePledgeRevision,
  rejectPledgeRevision,
  transitionPledge,
  type PledgeAction,
  type PledgeRecord,
  type PledgeRevisionRecord,
} from './pledges/pledges.adapter.js';
import { loadDashboard, type DashboardData, type DashboardScope } from './dashboard/dashboard.query.js';
import { beneficiaryGroups, countries, currencies, focusAreas, ituRegions, sdgs } from './reference/reference.adapters.js';
import { auditEntries, loadAuditHistory, type AuditEntry } from './audit/audit.adapter.js';
import { curationQueue, decidePledges, type BulkDecision, type DecisionOutcome } from './curation/curation.adapter.js';
import { revisionQueue } from './curation/revisionQueue.adapter.js';
import { notifications } from './outbox/outbox.adapter.js';
import {
  decideExpressionOfInterest,
  expressionsOfInterest,
  type ExpressionOfInterestDecision,
  type ExpressionOfInterestRecord,
} from './expressionsOfInterest/expressionsOfInterest.adapter.js';
import {
  loadPledgeProgress,
  progressReports,
  transitionProgressReport,
  type PledgeProgressData,
  type ProgressReportRecord,
  type ReportAction,
} from './reports/reports.adapter.js';
import { closeReportingCycle, connectivityTargets, reportingCycles, sendReportingReminders, type ReportingCycleRecord } from './reports/cycles.adapter.js';
import { reportingOverdue } from './reports/overdue.adapter.js';
import { countryNeeds, transitionCountryNeed, type CountryNeedRecord, type NeedAction } from './needs/needs.adapter.js';
import {
  matches,
  proposeMatch,
  suggestedPledges,
  transitionMatch,
  type MatchRecord,
  type MatchTransitionParams,
  type PledgeSuggestion,
  type ProposeMatchParams,
  type SuggestedPledgesParams,
} from './matchmaking/matches.adapter.js';
import { configureRoundtable, roundtables, runAllocation, type AllocationRun, type RoundtableSettingsParams } from './matchmaking/roundtables.adapter.js';
import { importPledges, type ImportStatus, type PledgeImportResult } from './pledges/pledgeImport.adapter.js';

const adapters: Record<string, ResourceAdapter<RaRecord>> = {
  members,
  events,
  workingGroups,
  people,
  accounts,
  pillars,
  pledges,
  auditEntries,
  curationQueue,
  revisionQueue,
  notifications,
  expressionsOfInterest,
  progressReports,
  reportingCycles,
  reportingOverdue,
  connectivityTargets,
  countryNeeds,
  matches,
  roundtables,
  countries,
  currencies,
  focusAreas,
  beneficiaryGroups,
  sdgs,
  ituRegions,
};

function adapterOf(resource: string): ResourceAdapter<RaRecord> {
  const adapter = adapters[resource];
  if (!adapter) throw new Error(`Unknown resource "${resource}"`);
  return adapter;
}

/**
 * The API's errors in the shapes react-admin understands: field problems as
 * `body.errors` (shown on the inputs), stale versions as a plain message.
 */
export function toDataProviderError(error: unknown, adapter?: ResourceAdapter<RaRecord>): unknown {
  if (!(error instanceof GraphQLRequestError)) return error;
  const problems = error.problems.filter((p) => p.field !== 'expectedVersion');
  // A stale version (other conflicts, such as a unique value taken, keep their own message or field).
  const staleVersion = error.currentVersion !== undefined || problems.length < error.problems.length;
  if (error.code === 'CONFLICT' && staleVersion && problems.length === 0) {
    return new GraphQLRequestError(conflictMessage(error.currentVersion), { code: error.code, currentVersion: error.currentVersion }, error.status);
  }
  const sources = adapter?.inputSources ?? {};
  const sourceOf = (field: string) => sources[field] ?? sources[field.split('.')[0]!];
  if (problems.length && problems.every((p) => sourceOf(p.field))) {
    const errors: Record<string, string> = {};
    for (const p of problems) errors[sourceOf(p.field)!] ??= p.message;
    return new HttpError(error.message, 400, { errors, code: error.code });
  }
  return error;
}

async function call<T>(resource: string, run: (adapter: ResourceAdapter<RaRecord>) => Promise<T | undefined>): Promise<T> {
  const adapter = adapterOf(resource);
  try {
    const result = await run(adapter);
    if (result === undefined) throw new Error(`The ${resource} cannot be changed from the console`);
    return result;
  } catch (error) {
    throw toDataProviderError(error, adapter);
  }
}

export interface PledgeTransitionParams {
  id: Identifier;
  action: PledgeAction;
  expectedVersion: number;
  reason?: string;
}

export interface PledgeAnnouncementParams {
  id: Identifier;
  eventId: Identifier;
  expectedVersion: number;
}

export interface AuditHistoryParams {
  /** The global ID of the record whose changes are listed. */
  id: Identifier;
  first: number;
  offset: number;
}

export interface PledgeDecisionParams {
  action: BulkDecision;
  /** The pledges with the versions the curator saw. */
  items: { id: string; expectedVersion?: number }[];
  /** Required to reject: the pledgers see it. */
  reason?: string;
}

export interface ExpressionOfInterestDecisionParams {
  id: Identifier;
  action: ExpressionOfInterestDecision;
  /** Required to decline: the contact receives it. */
  reason?: string;
}

export interface PledgeRevisionProposalParams {
  /** The published pledge. */
  id: Identifier;
  /** The form's values; only what differs from `previousData` is proposed. */
  data: Partial<PledgeRecord>;
  previousData: PledgeRecord;
}

export interface PledgeRevisionDecisionParams {
  /** The revision's ID (not the pledge's). */
  id: Identifier;
  /** Required to reject: the pledgers see it. */
  reason?: string;
}

export interface ProgressReportTransitionParams {
  id: Identifier;
  action: ReportAction;
  expectedVersion: number;
  /** Required to return a report: the pledger sees it. */
  reason?: string;
}

export interface CountryNeedTransitionParams {
  id: Identifier;
  action: NeedAction;
  expectedVersion: number;
  /** Required to request changes, reject or withdraw: the government's focal points see it. */
  reason?: string;
}

export interface ReportingCycleParams {
  id: Identifier;
  expectedVersion: number;
}

/** react-admin's methods, plus the pledge and report workflows (one or many) that have no CRUD equivalent, the dashboard's aggregates and a record's history. */
export interface ConsoleDataProvider extends DataProvider {
  transitionPledge(params: PledgeTransitionParams): Promise<{ data: RaRecord }>;
  /** Announces a published pledge at an event, now (staff, or an organizer of that event). */
  announcePledge(params: PledgeAnnouncementParams): Promise<{ data: PledgeRecord }>;
  /** Approves or rejects many pledges, each on its own: one outcome per item, in order. */
  decidePledges(params: PledgeDecisionParams): Promise<{ data: DecisionOutcome[] }>;
  pledgeDashboard(params: { scope: DashboardScope }): Promise<{ data: DashboardData }>;
  auditHistory(params: AuditHistoryParams): Promise<{ data: AuditEntry[]; total: number }>;
  /** Accepts (creating the member) or declines a request to join. */
  decideExpressionOfInterest(params: ExpressionOfInterestDecisionParams): Promise<{ data: ExpressionOfInterestRecord }>;
  /** Proposes changes to a published pledge, for a curator to review. */
  proposePledgeRevision(params: PledgeRevisionProposalParams): Promise<{ data: PledgeRevisionRecord }>;
  /** Applies a proposed revision: the pledge as published now. */
  acceptPledgeRevision(params: PledgeRevisionDecisionParams): Promise<{ data: PledgeRecord }>;
  /** Rejects a proposed revision with a reason; the published version stays. */
  rejectPledgeRevision(params: PledgeRevisionDecisionParams): Promise<{ data: PledgeRevisionRecord }>;
  /** Submits, accepts or returns a progress report. */
  transitionProgressReport(params: ProgressReportTransitionParams): Promise<{ data: ProgressReportRecord }>;
  /** A pledge's progress, its reports and the reporting cycles, for its page. */
  pledgeProgress(params: { id: Identifier }): Promise<{ data: PledgeProgressData }>;
  closeReportingCycle(params: ReportingCycleParams): Promise<{ data: ReportingCycleRecord }>;
  /** How many pledges' pledgers were reminded. */
  sendReportingReminders(params: { id: Identifier }): Promise<{ data: number }>;
  transitionCountryNeed(params: CountryNeedTransitionParams): Promise<{ data: CountryNeedRecord }>;
  /** The pledges that could meet a need, best first, with their score breakdowns. */
  suggestedPledges(params: SuggestedPledgesParams): Promise<{ data: PledgeSuggestion[]; total: number }>;
  configureRoundtable(params: RoundtableSettingsParams): Promise<{ data: { id: string; version: number } }>;
  /** Replaces a roundtable's SUGGESTED matches with a new allocation. */
  runAllocation(params: { id: Identifier }): Promise<{ data: AllocationRun }>;
  proposeMatch(params: ProposeMatchParams): Promise<{ data: MatchRecord }>;
  /** Accepts, confirms, starts, closes or declines a match. */
  transitionMatch(params: MatchTransitionParams): Promise<{ data: MatchRecord }>;
  /** Checks a CSV file of pledges (dry run) or imports it, all rows or none: every row with its errors. */
  importPledges(params: { csv: string; status: ImportStatus; dryRun: boolean }): Promise<{ data: PledgeImportResult }>;
}

const methods = {
  getList: (resource: string, params: GetListParams) => call(resource, (a) => a.getList(params)),
  getOne: (resource: string, { id }: GetOneParams) => call(resource, async (a) => ({ data: await a.getOne(id) })),
  getMany: (resource: string, { ids }: GetManyParams) => call(resource, async (a) => ({ data: await a.getMany(ids) })),
  // No resource lists children by a foreign key yet: working group memberships come with their group.
  getManyReference: (resource: string) => Promise.reject(new Error(`${resource} cannot be listed by reference`)),
  create: (resource: string, { data }: CreateParams) => call(resource, async (a) => (a.create ? { data: await a.create(data) } : undefined)),
  update: (resource: string, { id, data, previousData }: UpdateParams) =>
    call(resource, async (a) => (a.update ? { data: await a.update(id, data, previousData) } : undefined)),
  updateMany: (resource: string) => Promise.reject(new Error(`${resource} cannot be edited in bulk`)),
  delete: (resource: string, { previousData }: DeleteParams) =>
    call(resource, async (a) => (a.archive && previousData ? { data: await a.archive(previousData) } : undefined)),
  deleteMany: (resource: string, { ids }: DeleteManyParams) =>
    call(resource, async (a) => {
      const archive = a.archive;
      if (!archive) return undefined;
      // Bulk archive has no expected versions: the records as they are now are archived.
      const records = await a.getMany(ids);
      for (const record of records) await archive(record);
      return { data: records.map((r) => r.id) };
    }),
  transitionPledge: ({ id, action, expectedVersion, reason }: PledgeTransitionParams) =>
    call('pledges', async () => ({ data: await transitionPledge(id, action, { expectedVersion, reason }) })),
  announcePledge: ({ id, eventId, expectedVersion }: PledgeAnnouncementParams) =>
    call('pledges', async () => ({ data: await announcePledge(id, eventId, expectedVersion) })),
  decidePledges: ({ action, items, reason }: PledgeDecisionParams) => call('curationQueue', async () => ({ data: await decidePledges(action, items, reason) })),
  pledgeDashboard: ({ scope }: { scope: DashboardScope }) => call('pledges', async () => ({ data: await loadDashboard(scope) })),
  auditHistory: ({ id, first, offset }: AuditHistoryParams) => call('auditEntries', () => loadAuditHistory(id, { first, offset })),
  decideExpressionOfInterest: ({ id, action, reason }: ExpressionOfInterestDecisionParams) =>
    call('expressionsOfInterest', async () => ({ data: await decideExpressionOfInterest(id, action, reason) })),
  // Field problems of a proposal are those of an edit: they map to the same inputs.
  proposePledgeRevision: ({ id, data, previousData }: PledgeRevisionProposalParams) =>
    call('pledges', async () => ({ data: await proposePledgeRevision(id, data, previousData) })),
  acceptPledgeRevision: ({ id }: PledgeRevisionDecisionParams) => call('pledges', async () => ({ data: await acceptPledgeRevision(id) })),
  rejectPledgeRevision: ({ id, reason }: PledgeRevisionDecisionParams) => call('pledges', async () => ({ data: await rejectPledgeRevision(id, reason) })),
  transitionProgressReport: ({ id, action, expectedVersion, reason }: ProgressReportTransitionParams) =>
    call('progressReports', async () => ({ data: await transitionProgressReport(id, action, { expectedVersion, reason }) })),
  pledgeProgress: ({ id }: { id: Identifier }) => call('progressReports', async () => ({ data: await loadPledgeProgress(id) })),
  closeReportingCycle: ({ id, expectedVersion }: ReportingCycleParams) => call('reportingCycles', async () => ({ data: await closeReportingCycle(id, expectedVersion) })),
  sendReportingReminders: ({ id }: { id: Identifier }) => call('reportingCycles', async () => ({ data: await sendReportingReminders(id) })),
  transitionCountryNeed: ({ id, action, expectedVersion, reason }: CountryNeedTransitionParams) =>
    call('countryNeeds', async () => ({ data: await transitionCountryNeed(id, action, { expectedVersion, reason }) })),
  suggestedPledges: (params: SuggestedPledgesParams) => call('matches', () => suggestedPledges(params)),
  configureRoundtable: (params: RoundtableSettingsParams) => call('roundtables', async () => ({ data: await configureRoundtable(params) })),
  runAllocation: ({ id }: { id: Identifier }) => call('roundtables', async () => ({ data: await runAllocation(id) })),
  proposeMatch: (params: ProposeMatchParams) => call('matches', async () => ({ data: await proposeMatch(params) })),
  transitionMatch: (params: MatchTransitionParams) => call('matches', async () => ({ data: await transitionMatch(params) })),
  importPledges: (params: { csv: string; status: ImportStatus; dryRun: boolean }) => call('pledges', async () => ({ data: await importPledges(params) })),
};

// react-admin lets each caller pick the record type of a call; the adapters decide it per resource, so the
// methods are typed on RaRecord and the generic signature is asserted once here.
export const dataProvider = methods as ConsoleDataProvider;
