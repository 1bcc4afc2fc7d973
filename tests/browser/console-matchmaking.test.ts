import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PASSWORD, type TestApi } from '../support/harness.js';
import { logIn, useConsole } from '../support/console.js';
import { configureRoundtable, createEvent, createMember, createPublishedNeed, createPublishedPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const ConsoleMatchmakingMatches = graphql(`
  query ConsoleMatchmakingMatches($needId: ID!) {
    matches(filter: { need: { id: { eq: $needId } } }) {
      nodes {
        status
        amountUsd
        statusReason
        pledge {
          id
        }
        roundtable {
          id
        }
      }
    }
  }
`);

const ConsoleMatchmakingPropose = graphql(`
  mutation ConsoleMatchmakingPropose($input: ProposeMatchInput!) {
    proposeMatch(input: $input) {
      id
    }
  }
`);

const ConsoleMatchmakingNeed = graphql(`
  query ConsoleMatchmakingNeed($id: ID!) {
    countryNeed(id: $id) {
      title
      status
      modality
      priority
      country {
        code
      }
      member {
        id
      }
      focusArea {
        code
      }
      beneficiaryGroups {
        code
      }
      fundingGap {
        amount
        currency {
          code
        }
      }
    }
  }
`);

/** The matchmaking pages: a roundtable's board (settings, needs and suggestions, allocation, matches, coverage) and country needs. */

let api: TestApi;
let page: Page;

useConsole((session) => ({ api, page } = session));

const usd = (amount: string) => ({ amount, currency: 'USD' });
const suffix = () => Date.now().toString(36);

/**
 * A published Kenyan need with a gap of USD 500,000, a published pledge in Kenya worth USD 600,000 of a member with
 * a pledger, and a roundtable run by an organizer.
 */
async function landscape(countryCodes?: string[]) {
  const admin = await api.admin();
  const member = await createMember(admin, { name: `Savannah Fibre ${suffix()}` });
  const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
  const pledge = await createPublishedPledge(admin, { leadMemberId: member.id, title: `Kenya backbone ${suffix()}`, type: 'FINANCIAL', countryCodes: ['KE'], estimatedValue: usd('600000') });
  const needTitle = `Connect rural schools ${suffix()}`;
  const need = await createPublishedNeed(admin, { title: needTitle, fundingGap: usd('500000') });
  const organizer = await api.as('ORGANIZER');
  const roundtable = await createEvent(admin, { name: `East Africa roundtable ${suffix()}` });
  await configureRoundtable(admin, roundtable.id, { organizerIds: [organizer.accountId], ...(countryCodes ? { countryCodes } : {}) });
  return { admin, pledger, pledge, need, needTitle, organizer, roundtable };
}

/** In the amount dialog of a proposal or an acceptance: the amount offered first, replaced by another, confirmed. */
async function changeAmount({ offered, amountUsd, confirm }: { offered: string; amountUsd: string; confirm: string }) {
  const dialog = page.getByRole('dialog');
  const amount = dialog.getByRole('textbox', { name: 'Amount (USD)' });
  await expect.poll(() => amount.inputValue()).toBe(offered);
  await amount.fill(amountUsd);
  await dialog.getByRole('button', { name: confirm }).click();
}

describe('console matchmaking board', () => {
  it("lets an organizer set the roundtable's countries, read a need's suggestions, run the allocation and accept a suggestion with another amount", async () => {
    const { admin, pledge, need, needTitle: title, organizer, roundtable } = await landscape();

    await logIn(page, api.url, organizer.email, PASSWORD);
    await page.goto(`${api.url}/admin/#/events/${encodeURIComponent(roundtable.id)}/show`);
    await page.getByRole('link', { name: 'Matchmaking board' }).click();
    await page.waitForURL(/#\/roundtables\/[^/]+\/show/);

    // No country yet: no need. The settings are open to choose them.
    await page.getByText("No published need of the roundtable's countries yet").waitFor();
    const countries = page.getByRole('combobox', { name: 'Participating countries' });
    await countries.fill('Kenya');
    await page.getByRole('option', { name: 'Kenya', exact: true }).click();
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByText('Settings saved: suggestions and coverage now follow them').waitFor();

    // The need, nothing covered yet; its suggestions, each score explained.
    const needs = page.getByRole('region', { name: 'Needs' });
    const row = needs.getByRole('listitem', { name: title });
    await row.getByText('USD 0 of USD 500,000 covered (0%)').waitFor();
    await row.getByRole('button', { name: 'Suggested pledges' }).click();
    const suggestion = row.getByRole('region', { name: `Suggested pledges for ${title}` }).getByRole('listitem', { name: pledge.title });
    await suggestion.getByText('USD 600,000 not yet allocated').waitFor();
    await suggestion.getByRole('button', { name: 'Why this score' }).click();
    const breakdown = suggestion.getByRole('table', { name: 'Score breakdown' });
    await breakdown.getByRole('row', { name: /Geography .* implemented in the need's country/ }).waitFor();
    await breakdown.getByRole('row', { name: /Budget fit/ }).waitFor();

    // The allocation gives the whole gap to the one pledge, as a suggestion.
    await page.getByRole('button', { name: 'Run allocation' }).click();
    await page.getByText('The allocation suggests 1 match').waitFor();
    const run = page.getByRole('region', { name: 'Allocation run' });
    await run.getByLabel('Matches suggested').getByText('1', { exact: true }).waitFor();
    await run.getByLabel('USD allocated').getByText('USD 500,000').waitFor();
    const suggested = page.getByRole('region', { name: 'Suggested matches' }).locator('tbody tr').filter({ hasText: pledge.title });
    await suggested.getByText('$500,000.00').waitFor();

    // Accepted for less than suggested: the amount is committed, the need 80% covered, the pledge two thirds allocated.
    await suggested.getByRole('button', { name: 'Accept' }).click();
    await changeAmount({ offered: '500000', amountUsd: '400000', confirm: 'Accept' });
    await page.getByText('Match proposed: the pledger and the country are asked to confirm it').waitFor();
    await row.getByText('USD 400,000 of USD 500,000 covered (80%)').waitFor();
    await row.getByText('1 match', { exact: true }).waitFor();
    const matches = page.getByRole('region', { name: 'Matches', exact: true }).locator('tbody tr').filter({ hasText: pledge.title });
    await matches.getByText('Proposed', { exact: true }).waitFor();
    await matches.getByText('$400,000.00').waitFor();
    await matches.getByText('Pledger to confirm, country to confirm').waitFor();
    await page.getByRole('region', { name: 'Suggested matches' }).getByText('No suggestion: run the allocation.').waitFor();
    await page.getByRole('region', { name: 'Pledge allocations' }).getByText('USD 400,000 of USD 600,000 pledged (67%)').waitFor();
    await page.getByRole('region', { name: 'By country' }).getByRole('row', { name: /Kenya/ }).getByText('USD 400,000 of USD 500,000 needed (80%)').waitFor();
    // The suggestion now says where its match stands rather than offering to propose it again.
    await suggestion.getByText('Proposed', { exact: true }).waitFor();
    expect(await suggestion.getByRole('button', { name: 'Propose' }).count()).toBe(0);

    expect((await admin.data(ConsoleMatchmakingMatches, { needId: need.id })).matches.nodes).toEqual([
      { status: 'PROPOSED', amountUsd: '400000', statusReason: null, pledge: { id: pledge.id }, roundtable: { id: roundtable.id } },
    ]);
  });

  it('lets the pledger confirm a proposed match in the console and the organizer agree it on the board, or decline one with a reason', async () => {
    const { admin, pledger, pledge, need, needTitle: title, organizer, roundtable } = await landscape(['KE']);
    const other = await createPublishedNeed(admin, { title: `Train district officers ${suffix()}`, fundingGap: usd('200000') });
    for (const [needId, amountUsd] of [[need.id, '250000'], [other.id, '100000']] as const) {
      await organizer.data(ConsoleMatchmakingPropose, { input: { needId, pledgeId: pledge.id, roundtableId: roundtable.id, amountUsd } });
    }

    // The pledger confirms for their side, from the matches of their pledges.
    await logIn(page, api.url, pledger.email, PASSWORD);
    await page.getByRole('menuitem', { name: 'Matches' }).click();
    const pledgerRow = page.locator('tbody tr').filter({ hasText: title });
    await pledgerRow.getByText('Pledger to confirm, country to confirm').waitFor();
    await pledgerRow.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText("Confirmation recorded: the other side's is awaited").waitFor();
    await pledgerRow.getByText('Pledger confirmed, country to confirm').waitFor();
    expect(await pledgerRow.getByRole('button', { name: 'Confirm' }).count()).toBe(0);

    // The organizer confirms for the country: agreed.
    await page.context().clearCookies();
    await logIn(page, api.url, organizer.email, PASSWORD);
    await page.getByRole('menuitem', { name: 'Matchmaking' }).click();
    await page.locator('tbody tr').filter({ hasText: roundtable.name }).click();
    await page.waitForURL(/#\/roundtables\/[^/]+\/show/);
    const matches = page.getByRole('region', { name: 'Matches', exact: true });
    const agreed = matches.locator('tbody tr').filter({ hasText: title });
    await agreed.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Match agreed by both sides').waitFor();
    await agreed.getByText('Agreed', { exact: true }).waitFor();
    await agreed.getByRole('button', { name: 'Start implementation' }).waitFor();
    expect((await admin.data(ConsoleMatchmakingMatches, { needId: need.id })).matches.nodes[0]).toMatchObject({ status: 'AGREED', amountUsd: '250000' });

    // The other is declined with a reason: its amount is free again.
    const declined = matches.locator('tbody tr').filter({ hasText: `Train district officers` });
    await page.getByRole('region', { name: 'Needs' }).getByRole('listitem', { name: /^Train district officers/ }).getByText('USD 100,000 of USD 200,000 covered (50%)').waitFor();
    await declined.getByRole('button', { name: 'Decline' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('The ministry funds the training itself.');
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await page.getByText('Match declined: its amount is free again').waitFor();
    await declined.getByText('Declined', { exact: true }).waitFor();
    await declined.getByText('Reason: The ministry funds the training itself.').waitFor();
    await page.getByRole('region', { name: 'Needs' }).getByRole('listitem', { name: /^Train district officers/ }).getByText('USD 0 of USD 200,000 covered (0%)').waitFor();
    expect((await admin.data(ConsoleMatchmakingMatches, { needId: other.id })).matches.nodes[0]).toMatchObject({
      status: 'DECLINED',
      statusReason: 'The ministry funds the training itself.',
    });
  });
});

describe('console country needs', () => {
  it("lets a government's focal point enter and submit a need, which a curator publishes and sees suggestions for", async () => {
    const admin = await api.admin();
    const government = await createMember(admin, { name: `Ministry of ICT ${suffix()}`, sector: 'GOVERNMENT', countryCode: 'KE' });
    const focalPoint = await api.as('PLEDGER', { memberIds: [government.id] });
    const pledge = await createPublishedPledge(admin, { title: `Kenya schools online ${suffix()}`, type: 'FINANCIAL', countryCodes: ['KE'], estimatedValue: usd('900000') });
    const title = `Connect county hospitals ${suffix()}`;

    await logIn(page, api.url, focalPoint.email, PASSWORD);
    await page.getByRole('menuitem', { name: 'Country needs' }).click();
    await page.getByRole('link', { name: 'Create' }).click();
    await page.locator('input[name="title"]').fill(title);
    await page.locator('textarea[name="description"]').fill('Broadband for the county hospitals named in the national e-health strategy.');
    await page.getByRole('combobox', { name: 'Government' }).click();
    await page.getByRole('option', { name: `${government.name} (Kenya)` }).click();
    await page.getByRole('combobox', { name: 'Focus area' }).click();
    await page.getByRole('option', { name: 'Connecting people everywhere' }).click();
    await page.getByRole('checkbox', { name: 'Youth', exact: true }).check();
    await page.getByRole('combobox', { name: 'Preferred modality' }).click();
    await page.getByRole('option', { name: 'Financial' }).click();
    await page.locator('input[name="gapAmount"]').fill('750000');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/countryNeeds\/[^/]+\/show/);
    const id = decodeURIComponent(/#\/countryNeeds\/([^/]+)\/show/.exec(page.url())![1]!);

    await page.locator('.ra-field-status').getByText('Draft', { exact: true }).waitFor();
    await page.getByText('$750,000.00').first().waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Need submitted for curation').waitFor();
    expect((await focalPoint.data(ConsoleMatchmakingNeed, { id })).countryNeed).toEqual({
      title,
      status: 'SUBMITTED',
      modality: 'FINANCIAL',
      priority: 'MEDIUM',
      country: { code: 'KE' },
      member: { id: government.id },
      focusArea: { code: 'ACCESS' },
      beneficiaryGroups: [{ code: 'YOUTH' }],
      fundingGap: { amount: '750000', currency: { code: 'USD' } },
    });

    await page.context().clearCookies();
    await logIn(page, api.url, (await api.as('CURATOR')).email, PASSWORD);
    await page.goto(`${api.url}/admin/#/countryNeeds/${encodeURIComponent(id)}/show`);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Need approved and published: it can be matched').waitFor();
    await page.locator('.ra-field-status').getByText('Published', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'History' }).getByRole('article', { name: /^countryNeed\.approve by / }).waitFor();

    // Published, it is proposed to its best suggestion, for at most what both sides have left.
    const suggestion = page.getByRole('region', { name: `Suggested pledges for ${title}` }).getByRole('listitem', { name: pledge.title });
    await suggestion.getByRole('button', { name: 'Propose' }).click();
    await changeAmount({ offered: '750000', amountUsd: '300000', confirm: 'Propose' });
    await page.getByText('Match proposed: the pledger and the country are asked to confirm it').waitFor();
    await suggestion.getByText('Proposed', { exact: true }).waitFor();
    const match = page.getByRole('region', { name: 'Matches', exact: true }).locator('tbody tr').filter({ hasText: pledge.title });
    await match.getByText('$300,000.00').waitFor();
    await page.locator('.ra-field-allocatedUsd').getByText('$300,000.00').waitFor();
    expect((await admin.data(ConsoleMatchmakingMatches, { needId: id })).matches.nodes).toEqual([
      { status: 'PROPOSED', amountUsd: '300000', statusReason: null, pledge: { id: pledge.id }, roundtable: null },
    ]);
  });
});
