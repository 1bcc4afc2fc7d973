import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLFormattedError } from 'graphql';
import { startTestApi, type TestApi } from '../support/harness.js';
import {
  configureRoundtable,
  createCountryNeed,
  createEvent,
  createMember,
  createPledge,
  createProgressReport,
  createPublishedNeed,
  createPublishedPledge,
  openReportingCycle,
} from '../support/factories.js';
import type { GraphQLClient, Response } from '../support/client.js';
import { graphql } from '../gql/index.js';
import { pledgeWorkflow, PledgeStatus, type PledgeAction } from '../../server/src/pledges/pledge.workflow.js';
import { countryNeedWorkflow, CountryNeedStatus, type CountryNeedAction } from '../../server/src/matchmaking/country-need.workflow.js';
import { progressReportWorkflow, ProgressReportStatus, type ProgressReportAction } from '../../server/src/reports/progress-report.workflow.js';
import { matchWorkflow, MatchStatus, type MatchAction } from '../../server/src/matchmaking/match.workflow.js';

/**
 * For every workflow, state and role, `availableActions` lists exactly what
 * the mutations accept: each listed action succeeds (on a record of its own,
 * in the same state), each other one is refused with a typed error and
 * leaves the record as it was. States and actions come from the workflows'
 * own tables, so a new one is tested as soon as it is declared; the
 * mutations are mapped per action, so an action without one does not compile.
 */

const PledgeState = graphql(`
  query WorkflowPledgeState($id: ID!) {
    node(id: $id) {
      ... on Pledge {
        status
        version
        availableActions {
          action
          to
          reasonRequired
        }
      }
    }
  }
`);

const NeedState = graphql(`
  query WorkflowNeedState($id: ID!) {
    node(id: $id) {
      ... on CountryNeed {
        status
        version
        availableActions {
          action
          to
          reasonRequired
        }
      }
    }
  }
`);

const ReportState = graphql(`
  query WorkflowReportState($id: ID!) {
    node(id: $id) {
      ... on ProgressReport {
        status
        version
        availableActions {
          action
          to
          reasonRequired
        }
      }
    }
  }
`);

const MatchState = graphql(`
  query WorkflowMatchState($id: ID!) {
    node(id: $id) {
      ... on Match {
        status
        version
        availableActions {
          action
          to
          reasonRequired
        }
      }
    }
  }
`);

const Pledge = {
  submit: graphql(`mutation WorkflowSubmitPledge($id: ID!) { submitPledge(id: $id) { id status version } }`),
  approve: graphql(`mutation WorkflowApprovePledge($id: ID!) { approvePledge(id: $id) { id status version } }`),
  requestChanges: graphql(`mutation WorkflowRequestPledgeChanges($id: ID!, $reason: String!) { requestPledgeChanges(id: $id, input: { reason: $reason }) { id status version } }`),
  reject: graphql(`mutation WorkflowRejectPledge($id: ID!, $reason: String!) { rejectPledge(id: $id, input: { reason: $reason }) { id status version } }`),
  withdraw: graphql(`mutation WorkflowWithdrawPledge($id: ID!, $reason: String!) { withdrawPledge(id: $id, input: { reason: $reason }) { id status version } }`),
};

const Need = {
  submit: graphql(`mutation WorkflowSubmitNeed($id: ID!) { submitCountryNeed(id: $id) { id status version } }`),
  approve: graphql(`mutation WorkflowApproveNeed($id: ID!) { approveCountryNeed(id: $id) { id status version } }`),
  requestChanges: graphql(`mutation WorkflowRequestNeedChanges($id: ID!, $reason: String!) { requestCountryNeedChanges(id: $id, input: { reason: $reason }) { id status version } }`),
  reject: graphql(`mutation WorkflowRejectNeed($id: ID!, $reason: String!) { rejectCountryNeed(id: $id, input: { reason: $reason }) { id status version } }`),
  withdraw: graphql(`mutation WorkflowWithdrawNeed($id: ID!, $reason: String!) { withdrawCountryNeed(id: $id, input: { reason: $reason }) { id status version } }`),
};

const Report = {
  submit: graphql(`mutation WorkflowSubmitReport($id: ID!) { submitProgressReport(id: $id) { id status version } }`),
  accept: graphql(`mutation WorkflowAcceptReport($id: ID!) { acceptProgressReport(id: $id) { id status version } }`),
  return: graphql(`mutation WorkflowReturnReport($id: ID!, $reason: String!) { returnProgressReport(id: $id, input: { reason: $reason }) { id status version } }`),
};

const Match = {
  propose: graphql(`mutation WorkflowAcceptMatch($id: ID!) { acceptMatch(id: $id) { id status version } }`),
  confirm: graphql(`mutation WorkflowConfirmMatch($id: ID!) { confirmMatch(id: $id) { id status version } }`),
  startImplementation: graphql(`mutation WorkflowStartMatch($id: ID!) { startMatchImplementation(id: $id) { id status version } }`),
  close: graphql(`mutation WorkflowCloseMatch($id: ID!) { closeMatch(id: $id) { id status version } }`),
  decline: graphql(`mutation WorkflowDeclineMatch($id: ID!, $reason: String!) { declineMatch(id: $id, input: { reason: $reason }) { id status version } }`),
};

const ProposeMatch = graphql(`mutation WorkflowProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { id status version } }`);
const Allocate = graphql(`mutation WorkflowAllocate($roundtableId: ID!) { runAllocation(roundtableId: $roundtableId) { matches { id status } } }`);

const REASON = 'Because the test says so';
const TYPED = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_STATE', 'BAD_USER_INPUT', 'CONFLICT'];
const usd = (amount: string) => ({ amount, currency: 'USD' });

type RoleName = 'anonymous' | 'pledgerOfLead' | 'pledgerOfOther' | 'organizer' | 'curator' | 'admin';

type Take = (client: GraphQLClient, id: string) => Promise<Response<unknown>>;

interface RecordState {
  readonly status: string;
  readonly version: number;
  readonly availableActions: readonly { readonly action: string; readonly to: string; readonly reasonRequired: boolean }[];
}

interface WorkflowCase<S extends string, A extends string> {
  readonly type: string;
  /** The record as the client sees it: null when it may not. */
  read(client: GraphQLClient, id: string): Promise<RecordState | null>;
  readonly states: readonly S[];
  readonly actions: readonly A[];
  /** A new record in the state, built by staff through the API. */
  build(state: S): Promise<string>;
  /** The mutation of each action, by a client, on a record. */
  readonly take: Record<A, Take>;
}

let api: TestApi;
let admin: GraphQLClient;
let roles: Record<RoleName, GraphQLClient>;
let lead: { id: string };
let organizerId: string;
let roundtableId: string;
let matchPledgeId: string;
let year: number;
const suggestionCountries = ['UG', 'TZ', 'RW', 'ET', 'GH', 'NG', 'SN', 'ZM', 'MW', 'MZ', 'BJ', 'CM', 'CI', 'BW', 'NA', 'AO'];

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.admin();
  lead = await createMember(admin, { sector: 'GOVERNMENT', countryCode: 'KE' });
  const other = await createMember(admin);
  const organizer = await api.as('ORGANIZER');
  organizerId = organizer.accountId;
  roles = {
    anonymous: api.anonymous,
    pledgerOfLead: await api.as('PLEDGER', { memberIds: [lead.id] }),
    pledgerOfOther: await api.as('PLEDGER', { memberIds: [other.id] }),
    organizer,
    curator: await api.as('CURATOR'),
    admin,
  };
  year = new Date().getFullYear();
  await openReportingCycle(admin, year);
  const roundtable = await createEvent(admin);
  await configureRoundtable(admin, roundtable.id, { countryCodes: ['KE'], organizerIds: [organizerId] });
  roundtableId = roundtable.id;
  matchPledgeId = (await createPublishedPledge(admin, { leadMemberId: lead.id, type: 'FINANCIAL', estimatedValue: usd('900000') })).id;
});

afterAll(async () => {
  await api?.close();
});

/** The record as `node` shows it, when it is of the type `read` asks for. */
const seen = (node: object | null | undefined): RecordState | null => (node && 'status' in node ? (node as RecordState) : null);

/** Staff take `actions` in turn; each must succeed. */
async function advance<A extends string>(workflow: WorkflowCase<string, A>, id: string, ...actions: A[]): Promise<string> {
  for (const action of actions) expectSuccess(await workflow.take[action](admin, id));
  return id;
}

function expectSuccess(response: Response<unknown>): void {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
}

function codeOf(errors: readonly GraphQLFormattedError[] | undefined): string | undefined {
  return (errors?.[0]?.extensions as { code?: string } | undefined)?.code;
}

async function checkWorkflow<S extends string, A extends string>(workflow: WorkflowCase<S, A>): Promise<void> {
  for (const state of workflow.states) {
    const shared = await workflow.build(state);
    const before = await workflow.read(admin, shared);
    expect(before?.status, `${workflow.type} built in ${state}`).toBe(state);
    for (const [role, client] of Object.entries(roles) as [RoleName, GraphQLClient][]) {
      const where = `${workflow.type} ${state} as ${role}`;
      const listed = (await workflow.read(client, shared))?.availableActions ?? [];
      expect(listed.every((a) => workflow.actions.includes(a.action as A)), where).toBe(true);

      for (const action of workflow.actions.filter((a) => !listed.some((l) => l.action === a))) {
        const response = await workflow.take[action](client, shared);
        expect(TYPED, `${where}: ${action} is not listed, so it is refused with a typed error`).toContain(codeOf(response.errors));
        const after = await workflow.read(admin, shared);
        expect({ status: after?.status, version: after?.version }, `${where}: a refused ${action} changes nothing`).toEqual({ status: before!.status, version: before!.version });
      }

      for (const [i, available] of listed.entries()) {
        const id = i === 0 && role === 'admin' ? shared : await workflow.build(state);
        const own = await workflow.read(admin, id);
        expect((await workflow.read(client, id))?.availableActions.map((a) => a.action), where).toEqual(listed.map((a) => a.action));
        const response = await workflow.take[available.action as A](client, id);
        expect(response.errors, `${where}: ${available.action} is listed, so it succeeds`).toBeUndefined();
        const after = await workflow.read(admin, id);
        expect(after!.version, `${where}: ${available.action} changed the record`).toBeGreaterThan(own!.version);
        // A one-sided confirmation leads towards AGREED and stays PROPOSED until the other side's.
        expect([available.to, own!.status], `${where}: ${available.action} reached its status`).toContain(after!.status);
      }
    }
  }
}

const pledges: WorkflowCase<`${PledgeStatus}`, `${PledgeAction}`> = {
  type: 'Pledge',
  read: async (client, id) => seen((await client.data(PledgeState, { id })).node),
  states: Object.values(PledgeStatus),
  actions: pledgeWorkflow.actions,
  take: {
    submit: (client, id) => client.request(Pledge.submit, { id }),
    approve: (client, id) => client.request(Pledge.approve, { id }),
    requestChanges: (client, id) => client.request(Pledge.requestChanges, { id, reason: REASON }),
    reject: (client, id) => client.request(Pledge.reject, { id, reason: REASON }),
    withdraw: (client, id) => client.request(Pledge.withdraw, { id, reason: REASON }),
  },
  async build(state) {
    const id = (await createPledge(admin, { leadMemberId: lead.id })).id;
    const steps: Record<`${PledgeStatus}`, `${PledgeAction}`[]> = {
      DRAFT: [],
      SUBMITTED: ['submit'],
      CHANGES_REQUESTED: ['submit', 'requestChanges'],
      PUBLISHED: ['submit', 'approve'],
      REJECTED: ['submit', 'reject'],
      WITHDRAWN: ['submit', 'approve', 'withdraw'],
    };
    return advance(pledges, id, ...steps[state]);
  },
};

const needs: WorkflowCase<`${CountryNeedStatus}`, `${CountryNeedAction}`> = {
  type: 'CountryNeed',
  read: async (client, id) => seen((await client.data(NeedState, { id })).node),
  states: Object.values(CountryNeedStatus),
  actions: countryNeedWorkflow.actions,
  take: {
    submit: (client, id) => client.request(Need.submit, { id }),
    approve: (client, id) => client.request(Need.approve, { id }),
    requestChanges: (client, id) => client.request(Need.requestChanges, { id, reason: REASON }),
    reject: (client, id) => client.request(Need.reject, { id, reason: REASON }),
    withdraw: (client, id) => client.request(Need.withdraw, { id, reason: REASON }),
  },
  async build(state) {
    const id = (await createCountryNeed(admin, { memberId: lead.id })).id;
    const steps: Record<`${CountryNeedStatus}`, `${CountryNeedAction}`[]> = {
      DRAFT: [],
      SUBMITTED: ['submit'],
      CHANGES_REQUESTED: ['submit', 'requestChanges'],
      PUBLISHED: ['submit', 'approve'],
      REJECTED: ['submit', 'reject'],
      WITHDRAWN: ['submit', 'approve', 'withdraw'],
    };
    return advance(needs, id, ...steps[state]);
  },
};

const reports: WorkflowCase<`${ProgressReportStatus}`, `${ProgressReportAction}`> = {
  type: 'ProgressReport',
  read: async (client, id) => seen((await client.data(ReportState, { id })).node),
  states: Object.values(ProgressReportStatus),
  actions: progressReportWorkflow.actions,
  take: {
    submit: (client, id) => client.request(Report.submit, { id }),
    accept: (client, id) => client.request(Report.accept, { id }),
    return: (client, id) => client.request(Report.return, { id, reason: REASON }),
  },
  async build(state) {
    // One report per pledge and year: each report is on a pledge of its own.
    const pledge = await createPublishedPledge(admin, { leadMemberId: lead.id });
    const id = (await createProgressReport(admin, pledge.id, year)).id;
    const steps: Record<`${ProgressReportStatus}`, `${ProgressReportAction}`[]> = {
      DRAFT: [],
      SUBMITTED: ['submit'],
      RETURNED: ['submit', 'return'],
      ACCEPTED: ['submit', 'accept'],
    };
    return advance(reports, id, ...steps[state]);
  },
};

const matches: WorkflowCase<`${MatchStatus}`, `${MatchAction}`> = {
  type: 'Match',
  read: async (client, id) => seen((await client.data(MatchState, { id })).node),
  states: Object.values(MatchStatus),
  actions: matchWorkflow.actions,
  take: {
    propose: (client, id) => client.request(Match.propose, { id }),
    confirm: (client, id) => client.request(Match.confirm, { id }),
    startImplementation: (client, id) => client.request(Match.startImplementation, { id }),
    close: (client, id) => client.request(Match.close, { id }),
    decline: (client, id) => client.request(Match.decline, { id, reason: REASON }),
  },
  async build(state) {
    if (state === MatchStatus.SUGGESTED) {
      // Only an allocation suggests: one need and one pledge in a country of their own, at a roundtable of their own.
      const country = suggestionCountries.shift()!;
      await createPublishedPledge(admin, { leadMemberId: lead.id, type: 'FINANCIAL', countryCodes: [country], estimatedValue: usd('600000') });
      await createPublishedNeed(admin, { countryCode: country });
      const roundtable = await createEvent(admin);
      await configureRoundtable(admin, roundtable.id, { countryCodes: [country], organizerIds: [organizerId] });
      const { runAllocation } = await admin.data(Allocate, { roundtableId: roundtable.id });
      expect(runAllocation.matches).toHaveLength(1);
      return runAllocation.matches[0]!.id;
    }
    // The need is entered by curators: the country's side is confirmed by staff and organizers.
    const need = await createPublishedNeed(admin);
    const { proposeMatch } = await admin.data(ProposeMatch, { input: { needId: need.id, pledgeId: matchPledgeId, roundtableId, amountUsd: '1000' } });
    const id = proposeMatch.id;
    if (state === MatchStatus.PROPOSED) return id;
    if (state === MatchStatus.DECLINED) return advance(matches, id, 'decline');
    expectSuccess(await roles.pledgerOfLead.request(Match.confirm, { id }));
    const steps: Partial<Record<`${MatchStatus}`, `${MatchAction}`[]>> = {
      AGREED: ['confirm'],
      IN_IMPLEMENTATION: ['confirm', 'startImplementation'],
      CLOSED: ['confirm', 'startImplementation', 'close'],
    };
    return advance(matches, id, ...steps[state]!);
  },
};

// Each walks every state and role through the API: hundreds of requests.
describe('availableActions', { timeout: 180_000 }, () => {
  it('lists exactly the pledge transitions the mutations accept, for every state and role', async () => {
    await checkWorkflow(pledges);
  });

  it('lists exactly the country need transitions the mutations accept, for every state and role', async () => {
    await checkWorkflow(needs);
  });

  it('lists exactly the progress report transitions the mutations accept, for every state and role', async () => {
    await checkWorkflow(reports);
  });

  it('lists exactly the match transitions the mutations accept, for every state and role', async () => {
    await checkWorkflow(matches);
  });

  it('says which transitions the console asks a reason for, as the table does', async () => {
    const id = await pledges.build(PledgeStatus.SUBMITTED);
    expect((await pledges.read(admin, id))?.availableActions).toEqual([
      { action: 'approve', to: 'PUBLISHED', reasonRequired: false },
      { action: 'requestChanges', to: 'CHANGES_REQUESTED', reasonRequired: true },
      { action: 'reject', to: 'REJECTED', reasonRequired: true },
    ]);
  });
});
