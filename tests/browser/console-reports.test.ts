import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PASSWORD, type TestApi } from '../support/harness.js';
import { logIn, useConsole } from '../support/console.js';
import { createMember, createProgressReport, createPublishedPledge, openReportingCycle } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const ConsoleReportsReport = graphql(`
  query ConsoleReportsReport($id: ID!) {
    progressReport(id: $id) {
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

const ConsoleReportsSubmit = graphql(`
  mutation ConsoleReportsSubmit($id: ID!) {
    submitProgressReport(id: $id) {
      id
      status
    }
  }
`);

const ConsoleReportsCycles = graphql(`
  query ConsoleReportsCycles {
    reportingCycles {
      year
      dueOn
      isOpen
    }
  }
`);

/** The pages of progress reporting: the pledger's report form, staff's review, the reports owed, the cycles and the dashboard's rates. */

let api: TestApi;
let page: Page;

useConsole((session) => ({ api, page } = session));

const YEAR = new Date().getUTCFullYear();

/** A published pledge worth USD 1,000,000 of a member, and a pledger representing that member. */
async function pledgeOfPledger(title: string) {
  const admin = await api.admin();
  const member = await createMember(admin, { name: `Reporting Telecom ${Date.now().toString(36)}` });
  const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
  const pledge = await createPublishedPledge(admin, { leadMemberId: member.id, title, type: 'FINANCIAL', estimatedValue: { amount: '1000000', currency: 'USD' } });
  return { admin, member, pledger, pledge };
}

/** A report of the factory's (USD 250,000 disbursed, 12,000 people reached), submitted by the pledger. */
async function submittedReport(title: string) {
  const setup = await pledgeOfPledger(title);
  await openReportingCycle(setup.admin, YEAR);
  const report = await createProgressReport(setup.pledger, setup.pledge.id, YEAR);
  await setup.pledger.data(ConsoleReportsSubmit, { id: report.id });
  return { ...setup, report };
}

const logInAsCurator = async () => logIn(page, api.url, (await api.as('CURATOR')).email, PASSWORD);

const rowId = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

/** The global ID in the URL of a show page. */
const idInUrl = () => decodeURIComponent(/#\/progressReports\/([^/]+)\/show/.exec(page.url())![1]!);

const openReport = (id: string) => page.goto(`${api.url}/admin/#/progressReports/${encodeURIComponent(id)}/show`);

describe('console progress reports', () => {
  it('lets a pledger report on their published pledge from its page, and submit the report', async () => {
    const { admin, pledger, pledge } = await pledgeOfPledger(`Rural towers ${Date.now().toString(36)}`);
    await openReportingCycle(admin, YEAR);

    await logIn(page, api.url, pledger.email, PASSWORD);
    await page.goto(`${api.url}/admin/#/pledges/${encodeURIComponent(pledge.id)}/show`);
    const progress = page.getByRole('region', { name: 'Progress' });
    await progress.getByText('Report due', { exact: true }).waitFor();
    await progress.getByText('No progress report yet.').waitFor();
    await progress.getByRole('link', { name: 'Report on this pledge' }).click();
    await page.waitForURL(/#\/progressReports\/create/);

    // The pledge and the open cycle's year come from the pledge's page.
    await expect.poll(() => page.getByRole('combobox', { name: 'Pledge' }).inputValue()).toContain(pledge.title);
    await expect.poll(() => page.getByRole('combobox', { name: 'Reporting year' }).textContent()).toContain(String(YEAR));
    await page.getByRole('combobox', { name: 'Implementation status' }).click();
    await page.getByRole('option', { name: 'In progress' }).click();
    await page.locator('input[name="disbursedAmount"]').fill('250000');
    await page.locator('input[name="peopleReached"]').fill('12000');
    await page.locator('input[name="womenReached"]').fill('6100');
    await page.locator('.ra-input-reachByGroup').getByRole('button', { name: 'Add' }).click();
    await page.getByRole('combobox', { name: 'Beneficiary group' }).click();
    await page.getByRole('option', { name: 'Youth', exact: true }).click();
    await page.locator('input[name="reachByGroup.0.people"]').fill('40000');
    await page.getByRole('checkbox', { name: 'Schools connected to the Internet' }).check();
    await page.locator('.ra-input-evidenceLinks').getByRole('button', { name: 'Add' }).click();
    await page.locator('input[name="evidenceLinks.0"]').fill('https://example.org/annual-report');
    await page.locator('textarea[name="stepsTaken"]').fill('Towers built in three districts; teachers trained.');

    // The API's objection shows on the input it concerns; the form keeps what was typed.
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.ra-input-reachByGroup').getByText('a group cannot count more people than were reached in all').waitFor();
    await page.locator('input[name="reachByGroup.0.people"]').fill('4000');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/progressReports\/[^/]+\/show/);
    const id = idInUrl();

    // The draft as saved, then submitted from its page.
    await page.getByText('Draft', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'https://example.org/annual-report' }).waitFor();
    await page.getByText('Youth: 4,000').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Schools connected to the Internet' }).getByRole('img', { name: 'Ticked' }).waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Report submitted for review').waitFor();
    await page.getByText('Waiting for review', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);

    expect((await pledger.data(ConsoleReportsReport, { id })).progressReport).toEqual({
      year: YEAR,
      status: 'SUBMITTED',
      statusReason: null,
      implementationStatus: 'IN_PROGRESS',
      peopleReached: 12000,
      womenReached: 6100,
      stepsTaken: 'Towers built in three districts; teachers trained.',
      evidenceLinks: ['https://example.org/annual-report'],
      amountDisbursed: { amount: '250000', currency: { code: 'USD' } },
      reachByGroup: [{ people: 4000, beneficiaryGroup: { code: 'YOUTH' } }],
      targets: [{ code: 'SCHOOLS' }],
      pledge: { id: pledge.id },
    });
  });

  it('lists the reports waiting for review for a curator, who accepts one; the pledge then shows its progress', async () => {
    const { pledge, report } = await submittedReport(`Island schools online ${Date.now().toString(36)}`);
    // A draft of another pledge is not waiting for review.
    const other = await pledgeOfPledger(`Draft report pledge ${Date.now().toString(36)}`);
    await createProgressReport(other.pledger, other.pledge.id, YEAR);

    await logInAsCurator();
    await page.getByRole('menuitem', { name: 'Progress reports' }).click();
    const rows = page.locator('tbody tr.RaDataTable-row');
    await rows.filter({ hasText: pledge.title }).waitFor();
    await expect.poll(() => rows.count()).toBe(1);
    await rows.filter({ hasText: pledge.title }).click();
    await page.waitForURL(/#\/progressReports\/[^/]+\/show/);
    expect(idInUrl()).toBe(report.id);

    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByText("Report accepted: its figures count in the pledge's progress").waitFor();
    await page.getByText('Accepted', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'History' }).getByRole('article', { name: /^progressReport\.accept by / }).waitFor();

    await page.getByRole('link', { name: new RegExp(pledge.title) }).first().click();
    await page.waitForURL(/#\/pledges\/[^/]+\/show/);
    const progress = page.getByRole('region', { name: 'Progress' });
    await progress.getByText('Reported', { exact: true }).waitFor();
    await progress.getByLabel('Implementation status').getByText('In progress').waitFor();
    await progress.getByLabel('Disbursed').getByText('USD 250,000 of USD 1,000,000 pledged').waitFor();
    await progress.getByLabel('People reached').getByText('12,000 (6,100 women and girls)').waitFor();
    await progress.getByRole('link', { name: `${YEAR} report` }).waitFor();
    // Reported for the open year already: nothing more to start.
    expect(await progress.getByRole('link', { name: 'Report on this pledge' }).count()).toBe(0);
  });

  it('lets a curator return a report with a reason, which the pledger sees, corrects and submits again', async () => {
    const { pledger, report } = await submittedReport(`Mountain clinics ${Date.now().toString(36)}`);
    const reason = 'Give the people reached by district, please.';

    await logInAsCurator();
    await openReport(report.id);
    await page.getByRole('button', { name: 'Return' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await dialog.getByRole('button', { name: 'Return' }).click();
    await page.getByText('Report returned to the pledger').waitFor();

    await page.context().clearCookies();
    await logIn(page, api.url, pledger.email, PASSWORD);
    await openReport(report.id);
    await page.getByRole('alert', { name: 'Returned for changes' }).getByText(`Reason: ${reason}`).waitFor();

    await page.getByRole('link', { name: 'Edit' }).click();
    const people = page.locator('input[name="peopleReached"]');
    await expect.poll(() => people.inputValue()).toBe('12000');
    await people.fill('13000');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/progressReports\/[^/]+\/show/);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Report submitted for review').waitFor();
    // Submitted again, the reason is spent.
    expect((await pledger.data(ConsoleReportsReport, { id: report.id })).progressReport).toMatchObject({ status: 'SUBMITTED', peopleReached: 13000, statusReason: null });
  });

  it('lists the published pledges owing a report, the overdue ones marked', async () => {
    const admin = await api.admin();
    const member = await createMember(admin, { name: `Overdue Networks ${Date.now().toString(36)}` });
    const overdue = await createPublishedPledge(admin, { leadMemberId: member.id, title: `Forgotten fibre ${Date.now().toString(36)}` });
    const due = await createPublishedPledge(admin, { leadMemberId: member.id, title: `Fresh fibre ${Date.now().toString(36)}` });
    await api.sql(`update pledge set published_at = now() - interval '25 months' where id = $1`, [rowId(overdue.id)]);

    await logInAsCurator();
    await page.getByRole('menuitem', { name: 'Reports owed' }).click();
    const rows = page.locator('tbody tr.RaDataTable-row');
    const overdueRow = rows.filter({ hasText: overdue.title });
    await overdueRow.getByText('Overdue', { exact: true }).waitFor();
    await overdueRow.getByText(member.name).waitFor();
    await overdueRow.getByText('Never').waitFor();
    await rows.filter({ hasText: due.title }).getByText('Report due', { exact: true }).waitFor();

    // Narrowed to the overdue ones, then opened on the pledge.
    await page.getByRole('combobox', { name: 'Reporting state' }).click();
    await page.getByRole('option', { name: 'Report due' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => rows.count()).toBe(1);
    await overdueRow.click();
    await page.waitForURL(/#\/pledges\/[^/]+\/show/);
    await page.getByRole('region', { name: 'Progress' }).getByText('Overdue', { exact: true }).waitFor();
  });

  it('lets a curator open a reporting cycle, send reminders and close it', async () => {
    const { pledge } = await pledgeOfPledger(`Reminded pledge ${Date.now().toString(36)}`);
    const dueOn = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

    await logInAsCurator();
    await page.getByRole('menuitem', { name: 'Reporting cycles' }).click();
    await page.getByRole('link', { name: 'Open a cycle' }).click();
    await expect.poll(() => page.locator('input[name="year"]').inputValue()).toBe(String(YEAR));
    await page.locator('input[name="dueOn"]').fill(dueOn);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/reportingCycles\/[^/]+\/show/);
    await page.getByText('0%: 0 of 1 pledges reported on, 0 accepted').waitFor();

    // Its pledgers were told when it opened: no reminder for a week.
    await page.getByRole('button', { name: 'Send reminders' }).click();
    await page.getByText(/^No reminder to send/).waitFor();
    await api.sql(`update notification set created_at = now() - interval '8 days' where entity_id = $1`, [rowId(pledge.id)]);
    await page.getByRole('button', { name: 'Send reminders' }).click();
    await page.getByText('Reminders sent for 1 pledge').waitFor();

    await page.getByRole('button', { name: 'Close the cycle' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByText(`The ${YEAR} cycle is closed`).waitFor();
    await page.getByText('Closed', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Send reminders' }).count()).toBe(0);
    expect((await (await api.admin()).data(ConsoleReportsCycles)).reportingCycles).toEqual([{ year: YEAR, dueOn, isOpen: false }]);
  });

  it("shows the latest cycle's reporting rate on the dashboard", async () => {
    const { admin, pledger, pledge } = await pledgeOfPledger(`Reported pledge ${Date.now().toString(36)}`);
    await pledgeOfPledger(`Silent pledge ${Date.now().toString(36)}`);
    await openReportingCycle(admin, YEAR);
    const report = await createProgressReport(pledger, pledge.id, YEAR);
    await pledger.data(ConsoleReportsSubmit, { id: report.id });

    await logInAsCurator();
    const rate = page.getByRole('region', { name: `Reporting rate, ${YEAR} cycle` });
    await rate.getByText('50%', { exact: true }).waitFor();
    await rate.getByText('1 of 2 pledges reported on, by 1 of 2 entities').waitFor();
    await page.getByRole('region', { name: 'Reporting rate by pledge type' }).getByText('50% (1/2)').waitFor();
    await page.getByRole('region', { name: 'Reporting rate by focus area' }).getByText('50% (1/2)').waitFor();

    // The pledges owing a report, opened from their chip.
    await rate.getByText('1 owing a report').click();
    await page.waitForURL(/#\/reportingOverdue/);
    await page.locator('tbody tr.RaDataTable-row').filter({ hasText: 'Silent pledge' }).waitFor();
  });
});
