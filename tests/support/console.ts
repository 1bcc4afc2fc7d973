import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApi, type TestApi } from './harness.js';

const ADMIN_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../admin/dist/index.html');

export interface ConsoleSession {
  readonly api: TestApi;
  readonly page: Page;
}

/**
 * The hooks of a browser test file: the built console served by one API server, and Chromium, for the whole file;
 * before each test an emptied database and a page of its own (handed to `use`), after it a check that the page threw nothing.
 */
export function useConsole(use: (session: ConsoleSession) => void, overrides: Parameters<typeof startTestApi>[0] = {}): void {
  let api: TestApi;
  let browser: Browser;
  let context: BrowserContext;
  let pageErrors: string[];

  beforeAll(async () => {
    // The server serves the build, not the sources: without one every test would fail obscurely.
    if (!existsSync(ADMIN_DIST)) {
      throw new Error(`The console is not built (${ADMIN_DIST} is missing): run \`npm run build:admin\` first (\`npm test\` does).`);
    }
    api = await startTestApi(overrides);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  beforeEach(async () => {
    await api.reset();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    use({ api, page });
  });

  afterEach(async () => {
    await context?.close();
    // A crash in the console fails the test even when the page still showed what was expected.
    expect(pageErrors).toEqual([]);
  });
}

/** Logs in through the console's form (as the admin by default) and waits for the dashboard. */
export async function logIn(page: Page, apiUrl: string, email = ADMIN_EMAIL, password = ADMIN_PASSWORD): Promise<void> {
  await page.goto(`${apiUrl}/admin/`);
  await page.waitForURL(/#\/login/);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.getByText('Welcome').first().waitFor();
}
