import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createMember, createPledge, createProgressReport, createPublishedPledge, openReportingCycle } from '../support/factories.js';
import { graphql } from '../gql/index.js';
import type { GraphQLClient } from '../support/client.js';

const Report = graphql(`
  query ReportView($id: ID!) {
    progressReport(id: $id) {
      id
      year
      status
      statusReason
      implementationStatus
      peopleReached
      womenReached
      stepsTaken
      evidenceLinks
      amountDisbursed {
        amount
        usdValue
        currency {
          code
        }
      }
      reachByGroup {
        people
        beneficiaryGroup {
          code
        }
      }
      targets {
        code
      }
      pledge {
        id
      }
    }
  }
`);

const UpdateReport = graphql(`
  mutation ReportUpdate($id: ID!, $input: UpdateProgressReportInput!) {
    updateProgressReport(id: $id, input: $input) {
      id
      version
      peopleReached
    }
  }
`);

const SubmitReport = graphql(`
  mutation ReportSubmit($id: ID!) {
    submitProgressReport(id: $id) {
      id
      status
      version
    }
  }
`);

const AcceptReport = graphql(`
  mutation ReportAccept($id: ID!, $expectedVersion: Int) {
    acceptProgressReport(id: $id, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);

const ReturnReport = graphql(`
  mutation ReportReturn($id: ID!, $input: ProgressReportDecisionInput!) {
    returnProgressReport(id: $id, input: $input) {
      id
      status
      statusReason
    }
  }
`);

const Progress = graphql(`
  query PledgeProgressView($id: ID!) {
    pledge(id: $id) {
      id
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
      }
    }
  }
`);

const ByHealth = graphql(`
  query PledgesByHealth($health: [ReportingHealth!]!) {
    pledges(filter: { reportingHealth: $health }, orderBy: [{ field: TITLE, direction: ASC }]) {
      nodes {
        id
        progress {
          reportingHealth
        }
      }
    }
    pledgeGroups(groupBy: [REPORTING_HEALTH]) {
      groups {
        key {
          reportingHealth
        }
        count
      }
    }
  }
`);

const ByImplementation = graphql(`
  query PledgesByImplementation {
    pledges(filter: { progress: { implementationStatus: { eq: IN_PROGRESS } } }) {
      totalCount
    }
    pledgeGroups(groupBy: [IMPLEMENTATION_STATUS]) {
      groups {
        key {
          implementationStatus
        }
        count
        sumUsd
        disbursedUsd
        peopleReached
      }
      totalDisbursedUsd
    }
    pledgeStats {
      disbursedUsd
      peopleReached
      overdueCount
    }
  }
`);

const Cycles = graphql(`
  query ReportingCyclesView {
    reportingCycles {
      id
      year
      isOpen
      stats {
        owed
        reported
        accepted
        rate
        entitiesOwing
        entitiesReported
        bySector {
          sector
          owed
          reported
        }
        byType {
          type
          owed
          reported
        }
        byFocusArea {
          focusArea {
            code
          }
          owed
          reported
          rate
        }
      }
    }
  }
`);

const Remind = graphql(`
  mutation ReportingRemind($cycleId: ID!) {
    sendReportingReminders(cycleId: $cycleId)
  }
`);

const CloseCycle = graphql(`
  mutation ReportingClose($id: ID!) {
    closeReportingCycle(id: $id) {
      id
      isOpen
    }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());
beforeEach(() => api.reset());

const YEAR = new Date().getUTCFullYear();

async function pledgeOfPledger(overrides: Parameters<typeof createPublishedPledge>[1] = {}) {
  const admin = await api.admin();
  const member = await createMember(admin);
  const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
  const pledge = await createPublishedPledge(admin, { leadMemberId: member.id, estimatedValue: { amount: '1000000', currency: 'USD' }, type: 'FINANCIAL', ...overrides });
  return { admin, member, pledger, pledge };
}

const count = async (table: string, where = 'true') => (await api.sql<{ n: number }>(`select count(*)::int as n from ${table} where ${where}`))[0]!.n;

describe('progress reports', () => {
  it('go from draft to accepted, the public seeing them only then, and the pledge\'s progress following', async () => {
    const { admin, pledger, pledge } = await pledgeOfPledger();
    await openReportingCycle(admin, YEAR);
    const draft = await createProgressReport(pledger, pledge.id, YEAR, {
      reachByGroup: [{ beneficiaryGroupCode: 'YOUTH', people: 4000 }],
      targetCodes: ['SCHOOLS', 'SKILLS'],
      evidenceLinks: ['https://example.org/annual-report'],
    });
    expect(draft.status).toBe('DRAFT');
    expect((await api.anonymous.data(Report, { id: draft.id })).progressReport).toBeNull();

    const seen = (await pledger.data(Report, { id: draft.id })).progressReport!;
    expect(seen).toMatchObject({
      peopleReached: 12000,
      womenReached: 6100,
      amountDisbursed: { amount: '250000', usdValue: '250000', currency: { code: 'USD' } },
      reachByGroup: [{ people: 4000, beneficiaryGroup: { code: 'YOUTH' } }],
      targets: [{ code: 'SCHOOLS' }, { code: 'SKILLS' }],
      evidenceLinks: ['https://example.org/annual-report'],
    });

    const submitted = (await pledger.data(SubmitReport, { id: draft.id })).submitProgressReport;
    expect(submitted.status).toBe('SUBMITTED');
    // Reported as soon as submitted; the figures wait for a curator.
    const before = (await pledger.data(Progress, { id: pledge.id })).pledge!.progress;
    expect(before).toMatchObject({ reportingHealth: 'REPORTED', acceptedReports: 0, disbursedUsd: '0', implementationStatus: null });
    expect(await count('notification', `topic = 'progressReport.submit'`)).toBe(1);

    await admin.data(AcceptReport, { id: draft.id, expectedVersion: submitted.version });
    const after = (await api.anonymous.data(Progress, { id: pledge.id })).pledge!;
    expect(after.progress).toMatchObject({
      implementationStatus: 'IN_PROGRESS',
      latestReportYear: YEAR,
      disbursedUsd: '250000',
      disbursedShare: 0.25,
      peopleReached: 12000,
      womenReached: 6100,
      acceptedReports: 1,
      reportingHealth: 'REPORTED',
    });
    expect(after.reports.map((r) => r.status)).toEqual(['ACCEPTED']);
    expect((await api.anonymous.data(Report, { id: draft.id })).progressReport?.status).toBe('ACCEPTED');
    expect(await count('notification', `topic = 'progressReport.accept'`)).toBe(1);
    const audit = await api.sql<{ action: string }>(`select action from audit_entry where entity_type = 'ProgressReport' order by id`);
    expect(audit.map((a) => a.action)).toEqual(['progressReport.create', 'progressReport.submit', 'progressReport.accept']);
  });

  it('are returned with a reason, corrected and submitted again; accepted reports stay as they are for pledgers', async () => {
    const { admin, pledger, pledge } = await pledgeOfPledger();
    await openReportingCycle(admin, YEAR);
    const report = await createProgressReport(pledger, pledge.id, YEAR);
    await pledger.data(SubmitReport, { id: report.id });
    expect(await pledger.error(UpdateReport, { id: report.id, input: { peopleReached: 13000 } })).toMatchObject({ code: 'FORBIDDEN' });

    const { returnProgressReport } = await admin.data(ReturnReport, { id: report.id, input: { reason: 'Give the people reached by district' } });
    expect(returnProgressReport).toMatchObject({ status: 'RETURNED', statusReason: 'Give the people reached by district' });
    expect((await pledger.data(Progress, { id: pledge.id })).pledge!.progress.reportingHealth).toBe('DUE');
    expect((await pledger.data(Report, { id: report.id })).progressReport?.statusReason).toBe('Give the people reached by district');
    const [message] = await api.sql<{ body: string }>(`select body from notification where topic = 'progressReport.return'`);
    expect(message!.body).toContain('Give the people reached by district');

    await pledger.data(UpdateReport, { id: report.id, input: { peopleReached: 13000, challenges: null } });
    expect(await pledger.error(UpdateReport, { id: report.id, input: { implementationStatus: null } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'implementationStatus' });
    await pledger.data(SubmitReport, { id: report.id });
    await admin.data(AcceptReport, { id: report.id });
    expect(await pledger.error(UpdateReport, { id: report.id, input: { peopleReached: 1 } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await admin.error(AcceptReport, { id: report.id })).toMatchObject({ code: 'INVALID_STATE' });
    // Curators may still fix an accepted report, and the progress follows.
    await admin.data(UpdateReport, { id: report.id, input: { peopleReached: 14000 } });
    expect((await api.anonymous.data(Progress, { id: pledge.id })).pledge!.progress.peopleReached).toBe(14000);
  });

  it('refuse bad input, other members\' pledgers, years without a cycle and a second report for the year, writing nothing', async () => {
    const { admin, pledger, pledge, member } = await pledgeOfPledger();
    await openReportingCycle(admin, YEAR);
    const stranger = await api.as('PLEDGER', { memberIds: [(await createMember(admin)).id] });
    const attempt = (client: typeof pledger, input: Record<string, unknown>) => client.error(graphqlCreate, { input: { pledgeId: pledge.id, year: YEAR, implementationStatus: 'IN_PROGRESS', ...input } });

    expect(await attempt(pledger, { peopleReached: 10, womenReached: 11 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'womenReached' });
    expect(await attempt(pledger, { peopleReached: 10, reachByGroup: [{ beneficiaryGroupCode: 'YOUTH', people: 20 }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reachByGroup' });
    expect(await attempt(pledger, { reachByGroup: [{ beneficiaryGroupCode: 'NOPE', people: 2 }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reachByGroup' });
    expect(await attempt(pledger, { targetCodes: ['MOON_LANDING'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetCodes' });
    expect((await attempt(pledger, { evidenceLinks: ['javascript:alert(1)'] })).code).toBe('BAD_USER_INPUT');
    expect((await attempt(pledger, { peopleReached: -1 })).code).toBe('BAD_USER_INPUT');
    expect(await attempt(pledger, { amountDisbursed: { amount: '10', currency: 'XXX' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountDisbursed.currency' });
    expect(await attempt(pledger, { year: YEAR - 1 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect((await attempt(stranger, {})).code).toBe('FORBIDDEN');
    expect((await attempt(api.anonymous as typeof pledger, {})).code).toBe('UNAUTHENTICATED');
    const draft = await createPledge(admin, { leadMemberId: member.id });
    expect(await attempt(pledger, { pledgeId: draft.id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pledgeId' });
    expect(await count('progress_report')).toBe(0);

    const report = await createProgressReport(pledger, pledge.id, YEAR, { stepsTaken: '' });
    expect(await attempt(pledger, {})).toMatchObject({ code: 'CONFLICT', field: 'year' });
    // Nothing said of what was done: not ready to submit.
    expect(await pledger.error(SubmitReport, { id: report.id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stepsTaken' });
    expect(await count('progress_report', `status = 'DRAFT'`)).toBe(1);
  });

  it('allow one report per pledge and year, even when two are started at once', async () => {
    const { admin, pledger, pledge } = await pledgeOfPledger();
    await openReportingCycle(admin, YEAR);
    const input = { pledgeId: pledge.id, year: YEAR, implementationStatus: 'IN_PROGRESS' as const };
    const results = await Promise.all([pledger.request(graphqlCreate, { input }), admin.request(graphqlCreate, { input })]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(1);
    expect(await count('progress_report')).toBe(1);
  });

  it('are listed to each viewer as they may see them: drafts to their pledgers and staff, accepted ones to anyone', async () => {
    const { admin, pledger, pledge } = await pledgeOfPledger();
    const other = await pledgeOfPledger();
    await openReportingCycle(admin, YEAR);
    const draft = await createProgressReport(pledger, pledge.id, YEAR);
    const accepted = await createProgressReport(other.pledger, other.pledge.id, YEAR);
    await other.pledger.data(SubmitReport, { id: accepted.id });
    await admin.data(AcceptReport, { id: accepted.id });

    const ids = async (client: GraphQLClient) => (await client.data(ReportList, {})).progressReports.nodes.map((r) => r.id).sort();
    expect(await ids(admin)).toEqual([draft.id, accepted.id].sort());
    expect(await ids(pledger)).toEqual([draft.id, accepted.id].sort());
    expect(await ids(other.pledger)).toEqual([accepted.id]);
    expect(await ids(api.anonymous)).toEqual([accepted.id]);
    expect((await other.pledger.data(Report, { id: draft.id })).progressReport).toBeNull();
    // The reason for a decision and who started a report stay with those concerned.
    const publicView = (await api.anonymous.data(ReportList, {})).progressReports.nodes[0]!;
    expect(publicView).toMatchObject({ statusReason: null, createdBy: null });
    const drafts = await admin.data(ReportList, { filter: { status: { eq: 'DRAFT' } } });
    expect(drafts.progressReports.nodes.map((r) => r.id)).toEqual([draft.id]);
  });

  it('derive each pledge\'s reporting health, filtered and grouped by the same rule', async () => {
    const admin = await api.admin();
    const member = await createMember(admin);
    const fresh = await createPublishedPledge(admin, { leadMemberId: member.id, title: 'A fresh pledge' });
    const due = await createPublishedPledge(admin, { leadMemberId: member.id, title: 'B due pledge' });
    const overdue = await createPublishedPledge(admin, { leadMemberId: member.id, title: 'C overdue pledge' });
    const closed = await createPublishedPledge(admin, { leadMemberId: member.id, title: 'D closed pledge' });
    await api.sql(`update pledge set published_at = now() - interval '13 months' where id = $1`, [Number(Buffer.from(due.id, 'base64url').toString().split(':')[1])]);
    await api.sql(`update pledge set published_at = now() - interval '25 months' where id = $1`, [Number(Buffer.from(overdue.id, 'base64url').toString().split(':')[1])]);
    await openReportingCycle(admin, YEAR);
    const report = await createProgressReport(admin, closed.id, YEAR, { implementationStatus: 'COMPLETED' });
    await admin.data(SubmitReport, { id: report.id });
    await admin.data(AcceptReport, { id: report.id });

    const health = async (id: string) => (await api.anonymous.data(Progress, { id })).pledge!.progress;
    expect((await health(fresh.id)).reportingHealth).toBe('DUE');
    expect((await health(due.id)).reportingHealth).toBe('DUE');
    expect((await health(overdue.id)).reportingHealth).toBe('OVERDUE');
    expect(await health(closed.id)).toMatchObject({ reportingHealth: 'CLOSED', nextReportDueOn: null });
    // The open cycle is owed a report before the 12 months are up.
    expect((await health(fresh.id)).nextReportDueOn).toBe((await api.sql<{ d: string }>(`select to_char(due_on, 'YYYY-MM-DD') as d from reporting_cycle`))[0]!.d);

    const { pledges, pledgeGroups } = await api.anonymous.data(ByHealth, { health: ['DUE', 'OVERDUE'] });
    expect(pledges.nodes.map((p) => p.id)).toEqual([fresh.id, due.id, overdue.id]);
    expect(pledges.nodes.map((p) => p.progress.reportingHealth)).toEqual(['DUE', 'DUE', 'OVERDUE']);
    expect(Object.fromEntries(pledgeGroups.groups.map((g) => [g.key.reportingHealth, g.count]))).toEqual({ DUE: 2, OVERDUE: 1, CLOSED: 1 });
    expect((await api.anonymous.data(ByImplementation)).pledgeStats.overdueCount).toBe(1);
  });

  it('count in the pledge filter and groups: implementation status, disbursed against pledged, people reached', async () => {
    const { admin, pledger, pledge } = await pledgeOfPledger();
    const other = await pledgeOfPledger();
    await openReportingCycle(admin, YEAR);
    for (const [client, id, status] of [[pledger, pledge.id, 'IN_PROGRESS'], [other.pledger, other.pledge.id, 'DELAYED']] as const) {
      const report = await createProgressReport(client, id, YEAR, { implementationStatus: status });
      await client.data(SubmitReport, { id: report.id });
      await admin.data(AcceptReport, { id: report.id });
    }
    const { pledges, pledgeGroups, pledgeStats } = await api.anonymous.data(ByImplementation);
    expect(pledges.totalCount).toBe(1);
    expect(pledgeGroups.groups.map((g) => [g.key.implementationStatus, g.count, g.sumUsd, g.disbursedUsd, g.peopleReached]).sort()).toEqual([
      ['DELAYED', 1, '1000000', '250000', 12000],
      ['IN_PROGRESS', 1, '1000000', '250000', 12000],
    ]);
    expect(pledgeGroups.totalDisbursedUsd).toBe('500000');
    expect(pledgeStats).toMatchObject({ disbursedUsd: '500000', peopleReached: 24000 });
  });
});

describe('reading progress', () => {
  it('loads a page of pledges with their progress and reports in as many statements as a page of two', async () => {
    const admin = await api.admin();
    const member = await createMember(admin);
    await openReportingCycle(admin, YEAR);
    for (let i = 0; i < 6; i++) {
      const pledge = await createPublishedPledge(admin, { leadMemberId: member.id });
      await createProgressReport(admin, pledge.id, YEAR, { targetCodes: ['SKILLS'], reachByGroup: [{ beneficiaryGroupCode: 'YOUTH', people: 10 }] });
    }
    const small = await admin.request(ProgressPage, { first: 2 });
    const large = await admin.request(ProgressPage, { first: 6 });
    expect(large.errors).toBeUndefined();
    expect(large.data!.pledges.nodes.every((n) => n.reports.length === 1 && n.reports[0]!.targets.length === 1)).toBe(true);
    expect(large.statements).toBeLessThanOrEqual(small.statements);
  });
});

describe('reporting cycles', () => {
  it('tell the pledgers when opened, remind those still owing a report at most weekly, and publish the reporting rate', async () => {
    const first = await pledgeOfPledger();
    const second = await pledgeOfPledger();
    const { admin } = first;
    const cycle = await openReportingCycle(admin, YEAR);
    expect(await count('notification', `topic = 'reportingCycle.open'`)).toBe(2);
    expect((await admin.error(graphqlOpen, { input: { year: YEAR, dueOn: cycle.dueOn } })).code).toBe('CONFLICT');

    // Reminded a moment ago: no second message yet.
    expect((await admin.data(Remind, { cycleId: cycle.id })).sendReportingReminders).toBe(0);
    await api.sql(`update notification set created_at = now() - interval '8 days'`);
    const report = await createProgressReport(first.pledger, first.pledge.id, YEAR);
    await first.pledger.data(SubmitReport, { id: report.id });
    expect((await admin.data(Remind, { cycleId: cycle.id })).sendReportingReminders).toBe(1);
    const reminders = await api.sql<{ recipient_email: string }>(`select recipient_email from notification where topic = 'reportingCycle.remind'`);
    expect(reminders.map((r) => r.recipient_email)).toEqual([second.pledger.email]);

    const [stats] = (await api.anonymous.data(Cycles)).reportingCycles;
    expect(stats).toMatchObject({ year: YEAR, isOpen: true, stats: { owed: 2, reported: 1, accepted: 0, rate: 0.5, entitiesOwing: 2, entitiesReported: 1 } });
    expect(stats!.stats.byType).toEqual([{ type: 'FINANCIAL', owed: 2, reported: 1 }]);
    expect(stats!.stats.byFocusArea).toEqual([{ focusArea: { code: 'ACCESS' }, owed: 2, reported: 1, rate: 0.5 }]);
    expect(stats!.stats.bySector.reduce((n, g) => n + g.owed, 0)).toBe(2);

    await admin.data(CloseCycle, { id: cycle.id });
    expect(await admin.error(Remind, { cycleId: cycle.id })).toMatchObject({ code: 'INVALID_STATE' });
    // A closed cycle takes no new reports from pledgers.
    expect(await second.pledger.error(graphqlCreate, { input: { pledgeId: second.pledge.id, year: YEAR, implementationStatus: 'IN_PROGRESS' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});

const ReportList = graphql(`
  query ReportList($filter: ProgressReportFilter) {
    progressReports(filter: $filter) {
      nodes {
        id
        statusReason
        createdBy {
          email
        }
      }
    }
  }
`);

const ProgressPage = graphql(`
  query ProgressPage($first: Int!) {
    pledges(first: $first) {
      nodes {
        id
        progress {
          reportingHealth
          disbursedUsd
          nextReportDueOn
        }
        reports {
          year
          targets {
            code
          }
          reachByGroup {
            people
          }
        }
      }
    }
  }
`);

const graphqlCreate = graphql(`
  mutation ReportCreateAttempt($input: CreateProgressReportInput!) {
    createProgressReport(input: $input) {
      id
    }
  }
`);

const graphqlOpen = graphql(`
  mutation ReportingOpenAttempt($input: OpenReportingCycleInput!) {
    openReportingCycle(input: $input) {
      id
    }
  }
`);
