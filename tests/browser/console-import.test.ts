import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PASSWORD, type TestApi } from '../support/harness.js';
import { logIn, useConsole } from '../support/console.js';
import { createMember } from '../support/factories.js';

/** The pledge import page of the console: the built bundle in Chromium. */

let api: TestApi;
let page: Page;

useConsole((session) => ({ api, page } = session));

const DESCRIPTION = 'Broadband and digital skills training for rural schools.';
const csvWith = (country: string) =>
  [
    'title,description,type,lead_member_name,focus_areas,countries',
    `Imported schools pledge,"${DESCRIPTION}",PROGRAMMATIC,Kenya ICT Authority,ACCESS,KE`,
    `Imported clinics pledge,"${DESCRIPTION}",PROGRAMMATIC,Kenya ICT Authority,ACCESS,${country}`,
  ].join('\r\n');

async function choose(csv: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name: 'pledges.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

describe('importing pledges in the console', () => {
  it('lets a curator check a file, see the bad row, fix it, import it, and find the pledges in the list', async () => {
    await createMember(await api.admin(), { name: 'Kenya ICT Authority' });
    const curator = await api.as('CURATOR');
    await logIn(page, api.url, curator.email, PASSWORD);

    await page.getByRole('menuitem', { name: 'Pledges' }).click();
    await page.waitForURL(/#\/pledges/);
    await page.getByRole('link', { name: 'Import' }).click();
    await page.waitForURL(/#\/pledges\/import$/);

    await choose(csvWith('XX'));
    await page.getByText('pledges.csv: 3 lines').waitFor();
    await page.getByRole('button', { name: 'Check' }).click();
    const check = page.getByRole('region', { name: 'Check' });
    await check.getByText('1 row of 2 has errors').waitFor();
    const bad = check.getByRole('table', { name: 'Rows of the file' }).getByRole('row').filter({ hasText: 'Imported clinics pledge' });
    expect(await bad.getByRole('cell').allTextContents()).toEqual(['3', 'Imported clinics pledge', 'countries', 'unknown country code: XX']);
    expect(await page.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
    const [{ n: checkedOnly }] = await api.sql<{ n: number }>('select count(*)::int as n from pledge');
    expect(checkedOnly).toBe(0);

    await choose(csvWith('RW'));
    await page.getByRole('button', { name: 'Check' }).click();
    await check.getByText('All 2 rows can be imported as SUBMITTED').waitFor();
    await page.getByRole('button', { name: 'Import 2 pledges' }).click();
    const imported = page.getByRole('region', { name: 'Imported' });
    await imported.getByText('Imported 2 pledges as SUBMITTED.').waitFor();
    await imported.getByRole('link', { name: 'Imported clinics pledge' }).waitFor();

    await page.getByRole('menuitem', { name: 'Pledges' }).click();
    await page.waitForURL(/#\/pledges(\?|$)/);
    for (const title of ['Imported schools pledge', 'Imported clinics pledge']) {
      await page.getByRole('row').filter({ hasText: title }).filter({ hasText: 'Submitted' }).waitFor();
    }
  });
});
