import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { TestApi } from '../support/harness.js';
import { logIn, useConsole } from '../support/console.js';
import { createPledge, createPublishedPledge } from '../support/factories.js';
import { PLEDGE_EXPORT_COLUMN_NAMES } from '../../server/src/pledges/pledge-export.js';

/** The pledge list's export, in Chromium: the open data CSV of the list's filter, downloaded from the API. */

let api: TestApi;
let page: Page;

useConsole((session) => ({ api, page } = session));

describe('console export', () => {
  it('downloads the published pledges of the filtered list as CSV', async () => {
    const admin = await api.admin();
    const suffix = Date.now().toString(36);
    const reform = await createPublishedPledge(admin, { title: `Spectrum licensing reform, phase "one" ${suffix}`, type: 'POLICY' });
    const charter = await createPublishedPledge(admin, { title: `Open access charter ${suffix}`, type: 'POLICY' });
    const bootcamp = await createPublishedPledge(admin, { title: `Coding bootcamps ${suffix}`, type: 'PROGRAMMATIC' });
    const draft = await createPledge(admin, { title: `Draft broadband policy ${suffix}`, type: 'POLICY' });

    await logIn(page, api.url);
    await page.goto(`${api.url}/admin/#/pledges`);
    const rows = page.locator('tbody tr');
    await page.getByText(bootcamp.title).waitFor();
    expect(await rows.count()).toBe(4);

    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByRole('menu').getByText('Type', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: 'Policy' }).click();
    await page.keyboard.press('Escape');
    // The draft is listed for the curator, and left out of the open data.
    await expect.poll(() => rows.count()).toBe(3);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export published' }).click()]);
    expect(download.suggestedFilename()).toBe(`p2c-pledges-${new Date().toISOString().slice(0, 10)}.csv`);
    expect(new URL(download.url()).searchParams.get('filter')).toBe(JSON.stringify({ type: { in: ['POLICY'] } }));
    const [header, ...records] = parse(await readFile((await download.path())!, 'utf8')) as string[][];
    expect(header).toEqual([...PLEDGE_EXPORT_COLUMN_NAMES]);
    const column = (name: string) => records.map((r) => r[header!.indexOf(name)]);
    // In the list's order: last updated first.
    expect(column('id')).toEqual([charter.id, reform.id]);
    expect(column('title')).toEqual([charter.title, reform.title]);
    expect(column('type')).toEqual(['POLICY', 'POLICY']);
    expect(column('id')).not.toContain(draft.id);
  });
});
