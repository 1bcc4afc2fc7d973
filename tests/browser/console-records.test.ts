import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PASSWORD, type TestApi } from '../support/harness.js';
import { logIn, useConsole } from '../support/console.js';
import { createMember, createPerson, createPillar } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const RecordsPillar = graphql(`
  query RecordsPillar($id: ID!) {
    pillar(id: $id) {
      name
      description
      version
    }
  }
`);

const RecordsAccounts = graphql(`
  query RecordsAccounts {
    accounts(first: 100) {
      nodes {
        email
        role
        archivedAt
      }
    }
  }
`);

const RecordsSubmitInterest = graphql(`
  mutation RecordsSubmitInterest($input: SubmitExpressionOfInterestInput!) {
    submitExpressionOfInterest(input: $input) {
      id
    }
  }
`);

const RecordsDeclineInterest = graphql(`
  mutation RecordsDeclineInterest($id: ID!, $reason: String!) {
    declineExpressionOfInterest(id: $id, input: { reason: $reason }) {
      id
      status
    }
  }
`);

/** The console's pages of people, accounts, pillars and expressions of interest, each with its history: the built bundle in Chromium. */

let api: TestApi;
let page: Page;

useConsole((session) => ({ api, page } = session));

/** A new curator's account (named "Test CURATOR"), logged in to the console. */
async function logInAsCurator(): Promise<void> {
  const curator = await api.as('CURATOR');
  await logIn(page, api.url, curator.email, PASSWORD);
}

/** The show page's history panel and, in it, the newest entry of an action. */
function history(action: string) {
  const panel = page.getByRole('region', { name: 'History' });
  return { panel, entry: panel.getByRole('article', { name: new RegExp(`^${action.replace('.', '\\.')} by `) }).first() };
}

/** A row of a history entry's changes: the field's name, then its value before and after ("empty" for none). */
async function expectChange(entry: Locator, field: string, before: string, after: string): Promise<void> {
  const row = entry.getByRole('row').filter({ has: page.getByRole('cell', { name: field, exact: true }) });
  await row.getByText(before, { exact: true }).waitFor();
  await row.getByText(after, { exact: true }).waitFor();
}

describe('console records', () => {
  it('lets an admin create an account, see its creation in its history, and deactivate it', async () => {
    const email = `focal-${Date.now().toString(36)}@records.example.org`;

    await logIn(page, api.url);
    await page.getByRole('menuitem', { name: 'Accounts' }).click();
    await page.waitForURL(/#\/accounts/);
    await page.getByRole('link', { name: 'Create' }).click();
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="displayName"]').fill('Records Curator');
    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Curator' }).click();
    await page.locator('input[name="password"]').fill('a-password-long-enough');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/accounts\/[^/]+\/show/);

    // The creation, by the admin, with the fields it set (never the password).
    const { panel, entry } = history('account.create');
    await entry.waitFor();
    await panel.getByText('1 change, newest first').waitFor();
    await expectChange(entry, 'Email', 'empty', email);
    await expectChange(entry, 'Display name', 'empty', 'Records Curator');
    await expectChange(entry, 'Role', 'empty', 'CURATOR');
    expect(await entry.textContent()).not.toContain('a-password-long-enough');

    // Deactivation asks first, then shows on the page and in the history.
    await page.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Account deactivated').waitFor();
    await history('account.archive').entry.waitFor();
    await panel.getByText('2 changes, newest first').waitFor();
    expect(await page.getByRole('button', { name: 'Deactivate' }).count()).toBe(0);
    const { accounts } = await (await api.admin()).data(RecordsAccounts);
    expect(accounts.nodes.find((a) => a.email === email)).toMatchObject({ role: 'CURATOR', archivedAt: expect.any(String) });
  });

  it("lets a curator edit a person, and shows the change in the person's history", async () => {
    const admin = await api.admin();
    const member = await createMember(admin, { name: `Records Telecom ${Date.now().toString(36)}` });
    await createPerson(admin, { memberId: member.id, name: 'Wanjiru Otieno', jobTitle: 'Programme officer' });

    await logInAsCurator();
    await page.getByRole('menuitem', { name: 'People' }).click();
    await page.waitForURL(/#\/people/);
    // Narrowed to the member's people, then opened.
    await page.getByRole('combobox', { name: 'Member' }).fill(member.name.slice(0, 12));
    await page.getByRole('option', { name: member.name }).click();
    const rows = page.locator('tbody tr.RaDataTable-row');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.filter({ hasText: 'Wanjiru Otieno' }).click();
    await page.waitForURL(/#\/people\/[^/]+\/show/);
    await page.getByRole('link', { name: member.name }).waitFor();

    await page.getByRole('link', { name: 'Edit' }).click();
    const jobTitle = page.locator('input[name="jobTitle"]');
    await expect.poll(() => jobTitle.inputValue()).toBe('Programme officer');
    await jobTitle.fill('Head of partnerships');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/people\/[^/]+\/show/);

    const { panel, entry } = history('person.update');
    await entry.waitFor();
    expect(await entry.getAttribute('aria-label')).toBe('person.update by Test CURATOR');
    await expectChange(entry, 'Job title', 'Programme officer', 'Head of partnerships');
    await panel.getByText('2 changes, newest first').waitFor();
    expect(await panel.getByRole('article').first().getAttribute('aria-label')).toMatch(/^person\.update by /);
  });

  it('lets a curator find a pillar by its focus area and edit it, with the change in its history', async () => {
    // A pillar of the test's own: the reference data's pillars are not restored between tests.
    const pillar = await createPillar(await api.admin(), { focusAreaCode: 'ADOPTION', name: 'Community digital hubs', description: 'Shared places to get online.' });

    await logInAsCurator();
    await page.getByRole('menuitem', { name: 'Pillars' }).click();
    await page.waitForURL(/#\/pillars/);
    const rows = page.locator('tbody tr.RaDataTable-row');
    const chooseFocusArea = async (name: string) => {
      await page.getByRole('combobox', { name: 'Focus area' }).click();
      await page.getByRole('option', { name }).click();
    };
    await rows.filter({ hasText: pillar.name }).waitFor();
    // The focus area filter keeps that focus area's pillars only: the reference data's and the new one.
    await chooseFocusArea('Connecting people everywhere');
    await rows.filter({ hasText: 'Affordability' }).waitFor();
    await expect.poll(() => rows.filter({ hasText: pillar.name }).count()).toBe(0);
    await chooseFocusArea('Empowering communities');
    await expect.poll(() => rows.allTextContents()).toEqual([
      expect.stringContaining(pillar.name),
      expect.stringContaining('Digital inclusion'),
      expect.stringContaining('Relevant/local content and services'),
      expect.stringContaining('Skills'),
    ]);
    await rows.filter({ hasText: pillar.name }).click();
    await page.waitForURL(/#\/pillars\/[^/]+\/show/);

    await page.getByRole('link', { name: 'Edit' }).click();
    const name = page.locator('input[name="name"]');
    await expect.poll(() => name.inputValue()).toBe(pillar.name);
    await name.fill('Community digital centres');
    await page.locator('textarea[name="description"]').fill('Shared places to get online and learn.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/pillars\/[^/]+\/show/);

    const { entry } = history('pillar.update');
    await entry.waitFor();
    await expectChange(entry, 'Name', 'Community digital hubs', 'Community digital centres');
    await expectChange(entry, 'Description', 'Shared places to get online.', 'Shared places to get online and learn.');
    expect((await (await api.admin()).data(RecordsPillar, { id: pillar.id })).pillar).toEqual({
      name: 'Community digital centres',
      description: 'Shared places to get online and learn.',
      version: 2,
    });
  });

  it('leaves the accounts out of a curator’s console', async () => {
    await logInAsCurator();
    // The staff entries are there; the admins' one is not, and its page is unknown.
    await page.getByRole('menuitem', { name: 'People' }).waitFor();
    await page.getByRole('menuitem', { name: 'Pillars' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Accounts' }).count()).toBe(0);
    await page.goto(`${api.url}/admin/#/accounts`);
    await page.getByText(/not found/i).first().waitFor();
  });

  it('shows how an expression of interest was decided in its history', async () => {
    const { submitExpressionOfInterest: request } = await api.anonymous.data(RecordsSubmitInterest, {
      input: {
        organizationName: `Savannah Mesh ${Date.now().toString(36)}`,
        sector: 'CIVIL_SOCIETY',
        countryCode: 'TZ',
        contactName: 'Neema Mushi',
        contactEmail: `neema-${Date.now().toString(36)}@savannah.example`,
        focusAreaCodes: ['ACCESS'],
      },
    });
    await (await api.admin()).data(RecordsDeclineInterest, { id: request.id, reason: 'Outside the coalition’s scope for now.' });

    await logInAsCurator();
    await page.goto(`${api.url}/admin/#/expressionsOfInterest/${encodeURIComponent(request.id)}/show`);
    const { entry } = history('expressionOfInterest.decline');
    await entry.waitFor();
    await entry.getByText('Reason: Outside the coalition’s scope for now.').waitFor();
    await expectChange(entry, 'Status', 'PENDING', 'DECLINED');
  });
});
