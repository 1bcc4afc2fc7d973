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
import type { ResourceAdapter } from './resource-adapter.js';
import { members } from './members/members.adapter.js';
import { events } from './events/events.adapter.js';
import { workingGroups } from './workingGroups/workingGroups.adapter.js';
import { pledges, transitionPledge, type PledgeAction } from './pledges/pledges.adapter.js';
import { loadDashboard, type DashboardData, type DashboardScope } from './dashboard/dashboard.query.js';
import { beneficiaryGroups, countries, currencies, focusAreas, ituRegions, sdgs } from './reference/reference.adapters.js';
import { auditEntries, loadAuditHistory, type AuditEntry } from './audit/audit.adapter.js';

const adapters: Record<string, ResourceAdapter<RaRecord>> = {
  members,
  events,
  workingGroups,
  pledges,
  auditEntries,
  countries,
  currencies,
  focusAreas,
  beneficiaryGroups,
  sdgs,
  ituRegions,
};

export const CONFLICT_MESSAGE = 'This record was changed by someone else since you opened it. Reload it to see their changes, then make yours again.';

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
  if (error.code === 'CONFLICT' && problems.length === 0) return new GraphQLRequestError(CONFLICT_MESSAGE, { code: error.code }, error.status);
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

export interface AuditHistoryParams {
  /** The global ID of the record whose changes are listed. */
  id: Identifier;
  first: number;
  offset: number;
}

/** react-admin's methods, plus the pledge workflow that has no CRUD equivalent, the dashboard's aggregates and a record's history. */
export interface ConsoleDataProvider extends DataProvider {
  transitionPledge(params: PledgeTransitionParams): Promise<{ data: RaRecord }>;
  pledgeDashboard(params: { scope: DashboardScope }): Promise<{ data: DashboardData }>;
  auditHistory(params: AuditHistoryParams): Promise<{ data: AuditEntry[]; total: number }>;
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
  pledgeDashboard: ({ scope }: { scope: DashboardScope }) => call('pledges', async () => ({ data: await loadDashboard(scope) })),
  auditHistory: ({ id, first, offset }: AuditHistoryParams) => call('auditEntries', () => loadAuditHistory(id, { first, offset })),
};

// react-admin lets each caller pick the record type of a call; the adapters decide it per resource, so the
// methods are typed on RaRecord and the generic signature is asserted once here.
export const dataProvider = methods as ConsoleDataProvider;
