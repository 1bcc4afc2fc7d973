import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, PASSWORD, type TestApi } from '../support/harness.js';
import { logIn as logInToConsole, useConsole } from '../support/console.js';
import { createMember, createPledge, createPublishedPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const PublishedStats = graphql(`
  query ConsolePublishedStats {
    pledgeStats(filter: { status: { eq: PUBLISHED } }) {
      count
      sumUsd
    }
  }
`);

const ConsoleSubmit = graphql(`
  mutation ConsoleSubmitPledge($id: ID!) {
    submitPledge(id: $id) {
      id
      title
      version
    }
  }
`);

const ConsoleApproveMany = graphql(`
  mutation ConsoleApprovePledges($items: [PledgeDecisionItem!]!) {
    approvePledges(items: $items) {
      id
      error {
        message
      }
    }
  }
`);

const ConsoleRetitle = graphql(`
  mutation ConsoleRetitlePledge($id: ID!, $title: String!) {
    updatePledge(id: $id, input: { title: $title }) {
      id
      version
    }
  }
`);

const ConsolePledgeStatuses = graphql(`
  query ConsolePledgeStatuses($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Pledge {
        id
        status
      }
    }
  }
`);

const ConsoleSubmitInterest = graphql(`
  mutation ConsoleSubmitInterest($input: SubmitExpressionOfInterestInput!) {
    submitExpressionOfInterest(input: $input) {
      id
    }
  }
`);

const ConsoleInterest = graphql(`
  query ConsoleInterest($id: ID!, $topic: String!) {
    expressionOfInterest(id: $id) {
      status
      member {
        id
      }
    }
    notifications(filter: { topic: { eq: $topic } }) {
      nodes {
        recipientEmail
        body
      }
    }
  }
`);

const ConsoleMember = graphql(`
  query ConsoleMember($id: ID!) {
    member(id: $id) {
      id
      name
      sector
      country {
        code
      }
    }
  }
`);

const ConsoleProposeRevision = graphql(`
  mutation ConsoleProposeRevision($id: ID!, $input: UpdatePledgeInput!) {
    proposePledgeRevision(id: $id, input: $input) {
      id
      status
    }
  }
`);

const ConsolePledgeRevision = graphql(`
  query ConsolePledgeRevision($id: ID!) {
    pledge(id: $id) {
      id
      title
      pendingRevision {
        status
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

/** The console as a user sees it: the built bundle, served by a real API server, in Chromium. */

let api: TestApi;
let page: Page;

useConsole((session) => ({ api, page } = session));

/** Two submitted pledges of one lead member, which a pledger represents (decisions are queued for them). */
async function submittedPledges() {
  const admin = await api.admin();
  const suffix = Date.now().toString(36);
  const member = await createMember(admin, { name: `Queue Telecom ${suffix}` });
  const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
  const pledges = [];
  for (const title of [`Community networks for island schools ${suffix}`, `Community networks for mountain schools ${suffix}`]) {
    const draft = await createPledge(admin, { leadMemberId: member.id, title });
    pledges.push((await admin.data(ConsoleSubmit, { id: draft.id })).submitPledge);
  }
  return { admin, member, pledger, pledges };
}

/** A published pledge of a member, and a pledger representing that member. */
async function publishedPledgeOfPledger(title: string) {
  const admin = await api.admin();
  const member = await createMember(admin, { name: `Revision Telecom ${Date.now().toString(36)}` });
  const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
  const pledge = await createPublishedPledge(admin, { leadMemberId: member.id, title });
  return { admin, member, pledger, pledge };
}

const logIn = (email?: string, password?: string) => logInToConsole(page, api.url, email, password);

describe('console', () => {
  it('logs in and lists the published pledge', async () => {
    const pledge = await createPublishedPledge(await api.admin());

    await logIn();
    await page.goto(`${api.url}/admin/#/pledges`);

    await page.getByText(pledge.title).first().waitFor();
    expect(await page.getByText(pledge.leadMember.name).count()).toBeGreaterThan(0);
  });

  it('creates a member through the form and finds it in the list', async () => {
    const name = `Console Connectivity Foundation ${Date.now()}`;

    await logIn();
    await page.goto(`${api.url}/admin/#/members/create`);
    await page.locator('input[name="name"]').fill(name);
    await page.locator('input[name="acronym"]').fill('CCF');
    await page.getByRole('combobox', { name: 'Sector' }).click();
    await page.getByRole('option', { name: 'Civil society' }).click();
    await page.getByLabel('Home country').fill('Keny');
    await page.getByRole('option', { name: 'Kenya' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/members\/[^/]+\/show/);
    await page.getByText('Civil society').waitFor();

    await page.goto(`${api.url}/admin/#/members`);
    await page.getByText(name).waitFor();
    expect(await page.getByRole('row').filter({ hasText: name }).filter({ hasText: 'Kenya' }).count()).toBe(1);
  });

  it('shows the headline totals of pledgeStats on the dashboard', async () => {
    const admin = await api.admin();
    await createPublishedPledge(admin, { type: 'FINANCIAL', estimatedValue: { amount: '1500000000', currency: 'USD' }, countryCodes: ['BD'] });
    await createPublishedPledge(admin, { type: 'PROGRAMMATIC', estimatedValue: { amount: '250000000', currency: 'USD' } });
    // A draft counts only when the dashboard is switched to every status.
    await createPledge(admin, { estimatedValue: { amount: '40000000', currency: 'USD' } });
    const { pledgeStats } = await admin.data(PublishedStats);
    expect(pledgeStats).toEqual({ count: 2, sumUsd: '1750000000' });

    await logIn();

    // A headline figure: its value alone, exactly as formatted.
    const figure = (label: string, value: string) => page.getByRole('region', { name: label, exact: true }).getByText(value, { exact: true });
    await figure('Pledges', String(pledgeStats.count)).waitFor();
    await figure('USD pledged', 'USD 1.75 bn').waitFor();
    // One of the two pledges targets an LDC (Bangladesh, in 2023).
    await figure('LDC targeting', '50%').waitFor();
    await page.getByRole('region', { name: 'Progress towards USD 100 bn' }).getByText('USD 1.75 bn pledged · USD 98.25 bn to go').waitFor();

    await page.getByRole('button', { name: 'All statuses' }).click();
    await figure('USD pledged', 'USD 1.79 bn').waitFor();
    await figure('Pledges', '3').waitFor();
  });

  it('narrows the pledge list by search and by type', async () => {
    const admin = await api.admin();
    const suffix = Date.now().toString(36);
    const bootcamp = await createPublishedPledge(admin, { title: `Coding bootcamps for girls ${suffix}`, type: 'PROGRAMMATIC' });
    const policy = await createPublishedPledge(admin, { title: `Open spectrum licensing reform ${suffix}`, type: 'POLICY' });

    await logIn();
    await page.goto(`${api.url}/admin/#/pledges`);
    const rows = page.locator('tbody tr');
    await page.getByText(policy.title).waitFor();
    await page.getByText(bootcamp.title).waitFor();
    expect(await rows.count()).toBe(2);

    // Full-text search, by prefix, ordered by relevance.
    await page.locator('input[name="q"]').fill('bootcamp');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain(bootcamp.title);
    await page.getByText(/sort by relevance/i).waitFor();

    await page.locator('input[name="q"]').fill('');
    await expect.poll(() => rows.count()).toBe(2);

    // The type filter, from the "Add filter" menu.
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menu').getByText('Type', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Policy' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain(policy.title);
  });

  it('shows the rename of a member in its history and in the audit trail', async () => {
    const suffix = Date.now().toString(36);
    const before = `Audited Connectivity Alliance ${suffix}`;
    const after = `Renamed Connectivity Alliance ${suffix}`;
    const member = await createMember(await api.admin(), { name: before });

    await logIn();
    await page.goto(`${api.url}/admin/#/members/${encodeURIComponent(member.id)}`);
    const name = page.locator('input[name="name"]');
    await expect.poll(() => name.inputValue()).toBe(before);
    await name.fill(after);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/members\/[^/]+\/show/);

    // The show page's history: the rename first, by the admin, field by field; the creation below it.
    const history = page.getByRole('region', { name: 'History' });
    const update = history.getByRole('article', { name: /^member\.update by / });
    await update.waitFor();
    const nameRow = update.getByRole('row').filter({ hasText: 'Name' });
    await nameRow.getByText(before, { exact: true }).waitFor();
    await nameRow.getByText(after, { exact: true }).waitFor();
    expect(await update.getByRole('row').count()).toBe(2);
    expect(await history.getByRole('article').first().getAttribute('aria-label')).toMatch(/^member\.update by /);
    await history.getByRole('article', { name: /^member\.create by / }).waitFor();
    await history.getByText('2 changes, newest first').waitFor();

    // The audit trail across records, narrowed to updates of members.
    await page.goto(`${api.url}/admin/#/auditEntries`);
    // Each row has a hidden one below it for its changes.
    const rows = page.locator('tbody tr.RaDataTable-row');
    await page.getByRole('row').filter({ hasText: 'member.update' }).filter({ hasText: after }).waitFor();
    await page.locator('input[name="action"]').fill('update');
    await page.getByRole('combobox', { name: 'Record type' }).click();
    await page.getByRole('option', { name: 'Member', exact: true }).click();
    await expect.poll(() => rows.count(), { timeout: 5_000 }).toBe(1);
    const row = rows.first();
    await expect.poll(() => row.textContent()).toContain('member.update');
    expect(await row.textContent()).toContain(after);
    // The date range takes whole days, both included.
    await page.getByLabel('From').fill('2020-01-01');
    await page.getByLabel('Until').fill('2020-01-02');
    await expect.poll(() => rows.count(), { timeout: 5_000 }).toBe(0);
    // A cleared date input counts once it loses the focus.
    await page.getByLabel('Until').fill('');
    await page.getByLabel('Until').blur();
    await expect.poll(() => rows.count(), { timeout: 5_000 }).toBe(1);
    // A row opens on its changes.
    await row.click();
    const changes = page.getByRole('table', { name: 'Changes' });
    await changes.getByText(before, { exact: true }).waitFor();
    await changes.getByText(after, { exact: true }).waitFor();
  });

  it('approves submitted pledges in bulk from the curation queue', async () => {
    const { admin, member, pledges } = await submittedPledges();
    const ids = pledges.map((p) => p.id);

    await logIn();
    // A staff entry of the menu.
    await page.getByRole('menuitem', { name: 'Curation queue' }).waitFor();
    await page.goto(`${api.url}/admin/#/curationQueue`);
    const rows = page.locator('tbody tr.RaDataTable-row');
    for (const pledge of pledges) await rows.filter({ hasText: pledge.title }).waitFor();
    expect(await rows.count()).toBe(2);
    // Oldest first, with the lead member; the two read alike, so each warns of the other.
    expect(await rows.first().textContent()).toContain(pledges[0]!.title);
    for (const pledge of pledges) {
      const row = rows.filter({ hasText: pledge.title });
      expect(await row.textContent()).toContain(member.name);
      await row.getByText('1 possible duplicate').waitFor();
    }

    for (const pledge of pledges) await rows.filter({ hasText: pledge.title }).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByRole('alert', { name: 'Bulk decision' }).getByText('Approved: 2 applied').waitFor();

    // Both are published, and they left the queue.
    await expect
      .poll(async () => (await admin.data(ConsolePledgeStatuses, { ids })).nodes.map((n) => (n && 'status' in n ? n.status : null)))
      .toEqual(['PUBLISHED', 'PUBLISHED']);
    await page.getByText('No pledge is waiting for curation.').waitFor();
  });

  it('returns submitted pledges for changes in bulk, with the reason', async () => {
    const { admin, pledges } = await submittedPledges();
    const [first, second] = pledges;

    await logIn();
    await page.goto(`${api.url}/admin/#/curationQueue`);
    const rows = page.locator('tbody tr.RaDataTable-row');
    await rows.filter({ hasText: first!.title }).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Request changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request changes to 1 pledge: why?' });
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Name the districts the schools are in');
    await dialog.getByRole('button', { name: 'Request changes' }).click();
    await page.getByRole('alert', { name: 'Bulk decision' }).getByText('Returned for changes: 1 applied').waitFor();

    await expect
      .poll(async () => (await admin.data(ConsolePledgeStatuses, { ids: [first!.id, second!.id] })).nodes.map((n) => (n && 'status' in n ? n.status : null)))
      .toEqual(['CHANGES_REQUESTED', 'SUBMITTED']);
    await rows.filter({ hasText: first!.title }).waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(1);
  });

  it('lists the queued notifications in the outbox', async () => {
    const { admin, pledger, pledges } = await submittedPledges();
    const { approvePledges } = await admin.data(ConsoleApproveMany, { items: pledges.map((p) => ({ id: p.id, expectedVersion: p.version })) });
    expect(approvePledges.map((r) => r.error)).toEqual([null, null]);

    await logIn();
    await page.getByRole('menuitem', { name: 'Outbox' }).waitFor();
    await page.goto(`${api.url}/admin/#/notifications`);
    const rows = page.locator('tbody tr.RaDataTable-row');
    // Submissions go to staff (the admin), decisions to the member's pledgers; no SMTP server here, so all are queued.
    await rows.filter({ hasText: 'pledge.submit' }).filter({ hasText: ADMIN_EMAIL }).first().waitFor();
    await rows.filter({ hasText: 'pledge.approve' }).filter({ hasText: pledger.email }).first().waitFor();
    expect(await rows.count()).toBe(4);
    for (const text of await rows.allTextContents()) expect(text).toContain('Queued');
    // Newest first: the approvals came last.
    expect(await rows.first().textContent()).toContain('pledge.approve');

    await page.getByRole('combobox', { name: 'Topic' }).click();
    await page.getByRole('option', { name: /^pledge\.approve/ }).click();
    await expect.poll(() => rows.count(), { timeout: 5_000 }).toBe(2);
    const approved = rows.filter({ hasText: pledges[0]!.title });
    expect(await approved.textContent()).toContain(`Your pledge is published: ${pledges[0]!.title}`);
    // A row opens on the message's body.
    await approved.click();
    await page.getByRole('region', { name: 'Message' }).getByText(/is now published as pledge no\. \d+/).waitFor();
  });

  it('explains a version conflict on the workflow buttons', async () => {
    const { admin, pledges } = await submittedPledges();
    const pledge = pledges[0]!;

    await logIn();
    await page.goto(`${api.url}/admin/#/pledges/${encodeURIComponent(pledge.id)}/show`);
    await page.getByText(pledge.title).first().waitFor();
    // Someone else changes the pledge while it is open.
    const { updatePledge } = await admin.data(ConsoleRetitle, { id: pledge.id, title: `${pledge.title} (revised)` });
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText(`This record was changed by someone else (now version ${updatePledge.version}): reload it and try again.`).waitFor();
    const { nodes } = await admin.data(ConsolePledgeStatuses, { ids: [pledge.id] });
    expect(nodes[0] && 'status' in nodes[0] ? nodes[0].status : null).toBe('SUBMITTED');
  });

  it('accepts an expression of interest from the triage page, creating the member and inviting its contact', async () => {
    const admin = await api.admin();
    const suffix = Date.now().toString(36);
    // An existing member with a similar name: the request warns of it.
    const lookalike = await createMember(admin, { name: `Lake Basin Connect ${suffix} Ltd` });
    const organizationName = `Lake Basin Connect ${suffix}`;
    const contactEmail = `amina-${suffix}@lakebasin.example`;
    const { submitExpressionOfInterest } = await api.anonymous.data(ConsoleSubmitInterest, {
      input: {
        organizationName,
        sector: 'PRIVATE_SECTOR',
        countryCode: 'KE',
        website: `https://${suffix}.lakebasin.example`,
        contactName: 'Amina Wanjiru',
        contactEmail,
        focusAreaCodes: ['ACCESS'],
        message: 'We would like to pledge community networks around Lake Victoria.',
      },
    });

    await logIn();
    // A staff entry of the menu; the list shows the pending requests by default.
    await page.getByRole('menuitem', { name: 'Expressions of interest' }).click();
    await page.waitForURL(/#\/expressionsOfInterest/);
    const rows = page.locator('tbody tr.RaDataTable-row');
    const row = rows.filter({ hasText: organizationName });
    await row.waitFor();
    expect(await rows.count()).toBe(1);
    const text = await row.textContent();
    for (const expected of ['Private sector', 'Kenya', 'Amina Wanjiru', contactEmail, 'Pending']) expect(text).toContain(expected);
    await row.getByText('1 possible duplicate').waitFor();
    expect(await row.getByRole('link', { name: lookalike.name }).getAttribute('href')).toContain(`/members/${encodeURIComponent(lookalike.id)}/show`);

    // The request's page, with its details and the warning, then the decision.
    await row.getByText(contactEmail).click();
    await page.waitForURL(/#\/expressionsOfInterest\/[^/]+\/show/);
    await page.getByText('We would like to pledge community networks around Lake Victoria.').waitFor();
    await page.getByRole('alert', { name: 'Possible duplicates' }).getByRole('link', { name: lookalike.name }).waitFor();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    const decision = page.getByRole('alert', { name: 'Decision' });
    await decision.getByText(/^Accepted on /).waitFor();
    expect(await page.getByRole('button', { name: 'Accept', exact: true }).count()).toBe(0);

    // The member exists, and the invitation to its contact waits in the outbox.
    const { expressionOfInterest, notifications } = await admin.data(ConsoleInterest, { id: submitExpressionOfInterest.id, topic: 'expressionOfInterest.accept' });
    expect(expressionOfInterest?.status).toBe('ACCEPTED');
    const memberId = expressionOfInterest!.member!.id;
    expect((await admin.data(ConsoleMember, { id: memberId })).member).toMatchObject({ name: organizationName, sector: 'PRIVATE_SECTOR', country: { code: 'KE' } });
    expect(notifications.nodes.map((n) => n.recipientEmail)).toEqual([contactEmail]);
    expect(notifications.nodes[0]!.body).toMatch(/p2c_inv_/);

    // The way to the new member.
    await decision.getByRole('link', { name: organizationName }).click();
    await page.waitForURL(new RegExp(`#/members/${encodeURIComponent(memberId)}/show`));
    await page.getByText('Private sector').waitFor();

    // It has left the pending requests.
    await page.goto(`${api.url}/admin/#/expressionsOfInterest`);
    await page.getByText('No expression of interest here.').waitFor();
  });

  it('reviews the changes a pledger proposed to a published pledge, and publishes them', async () => {
    const before = `Broadband for 300 schools ${Date.now().toString(36)}`;
    const after = before.replace('300', '450');
    const { pledger, pledge } = await publishedPledgeOfPledger(before);
    const { proposePledgeRevision } = await pledger.data(ConsoleProposeRevision, { id: pledge.id, input: { title: after, countryCodes: ['KE', 'UG'] } });
    expect(proposePledgeRevision.status).toBe('PENDING');

    await logIn();
    // The queue of proposed changes is a tab of the curation queue, with how many wait.
    await page.goto(`${api.url}/admin/#/curationQueue`);
    await page.getByRole('tab', { name: 'Proposed changes (1)' }).click();
    const row = page.locator('tbody tr.RaDataTable-row').filter({ hasText: before });
    await row.waitFor();
    expect(await row.textContent()).toContain('Implementation countries, Title');
    // A row opens on the same panel as the pledge's page.
    await row.click();
    const panel = page.getByRole('region', { name: 'Proposed changes' });
    await panel.waitFor();
    await panel.getByText(`Proposed by Test PLEDGER`).waitFor();
    const title = panel.getByRole('row').filter({ hasText: 'Title' });
    await title.getByText(before, { exact: true }).waitFor();
    await title.getByText(after, { exact: true }).waitFor();
    // Codes read as names, lists comma-separated.
    const countries = panel.getByRole('row').filter({ hasText: 'Implementation countries' });
    await countries.getByText('Kenya, Uganda', { exact: true }).waitFor();
    // The public keeps the published title meanwhile.
    expect((await api.anonymous.data(ConsolePledgeRevision, { id: pledge.id })).pledge?.title).toBe(before);

    await panel.getByRole('button', { name: 'Accept changes' }).click();
    await page.getByText('Proposed changes accepted: they are published').waitFor();
    await page.getByText('No proposed change is waiting for review.').waitFor();

    const { pledge: published } = await api.anonymous.data(ConsolePledgeRevision, { id: pledge.id });
    expect(published?.title).toBe(after);
    expect((await (await api.admin()).data(ConsolePledgeRevision, { id: pledge.id })).pledge?.pendingRevision).toBeNull();
  });

  it('lets a pledger propose changes to their published pledge from its page', async () => {
    const before = `Digital skills for 2,000 teachers ${Date.now().toString(36)}`;
    const after = before.replace('2,000', '2,500');
    const { pledger, pledge } = await publishedPledgeOfPledger(before);

    await logIn(pledger.email, PASSWORD);
    await page.goto(`${api.url}/admin/#/pledges/${encodeURIComponent(pledge.id)}/show`);
    await page.getByText(before).first().waitFor();
    // A published pledge is no longer edited by its pledgers: its changes are proposed.
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Propose changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Propose changes' });
    const titleInput = dialog.locator('input[name="title"]');
    await expect.poll(() => titleInput.inputValue()).toBe(before);
    await titleInput.fill(after);
    await dialog.getByRole('button', { name: 'Propose' }).click();
    await page.getByText('Changes proposed: a curator will review them').waitFor();

    // What the pledger proposed, waiting for review; no decision buttons for them.
    const panel = page.getByRole('region', { name: 'Proposed changes' });
    await panel.getByRole('row').filter({ hasText: 'Title' }).getByText(after, { exact: true }).waitFor();
    await panel.getByText("Waiting for a curator's review.").waitFor();
    expect(await panel.getByRole('button').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Propose changes' }).count()).toBe(0);

    const { pledge: seen } = await (await api.admin()).data(ConsolePledgeRevision, { id: pledge.id });
    expect(seen?.title).toBe(before);
    expect(seen?.pendingRevision).toEqual({ status: 'PENDING', changes: [{ field: 'title', before, after }] });
  });
});
