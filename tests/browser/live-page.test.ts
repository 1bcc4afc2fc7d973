import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useConsole } from '../support/console.js';
import type { TestApi } from '../support/harness.js';
import { createEvent, createPledge, createPublishedPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const Submit = graphql(`
  mutation LivePageSubmit($id: ID!) {
    submitPledge(id: $id) {
      id
    }
  }
`);

const Approve = graphql(`
  mutation LivePageApprove($id: ID!) {
    approvePledge(id: $id) {
      id
    }
  }
`);

const Announce = graphql(`
  mutation LivePageAnnounce($id: ID!, $eventId: ID!) {
    announcePledge(id: $id, eventId: $eventId) {
      id
    }
  }
`);

let api: TestApi;
let page: Page;
// The public page runs its registered documents only, as the API demands of anonymous callers here.
useConsole((session) => ({ api, page } = session), { trustedDocuments: 'anonymous' });

const figure = (label: string) => page.getByLabel(label, { exact: true });

describe('the live pledging page', () => {
  it('shows an event’s running totals and its latest pledges, updating as they are announced, without a login', async () => {
    const admin = await api.admin();
    const event = await createEvent(admin, { name: 'Digital Coalition pledging session', city: 'Kigali', countryCode: 'RW' });
    const draft = await createPledge(admin, { eventId: event.id, title: 'Community networks for 500 villages', type: 'FINANCIAL', estimatedValue: { amount: '2500000', currency: 'USD' } });
    await admin.data(Submit, { id: draft.id });
    const earlier = await createPublishedPledge(admin, { title: 'Coding clubs for girls', type: 'FINANCIAL', estimatedValue: { amount: '400000', currency: 'USD' } });

    await page.goto(`${api.url}/live/${encodeURIComponent(event.id)}`);
    await page.getByRole('heading', { name: 'Digital Coalition pledging session' }).waitFor();
    await page.getByText('Kigali, Rwanda').waitFor();
    await page.getByLabel('Live', { exact: true }).waitFor();
    await page.getByText('No pledge announced yet').waitFor();
    expect(await figure('Pledges').textContent()).toBe('0');

    await admin.data(Approve, { id: draft.id });
    const latest = page.getByRole('list', { name: 'Latest pledges' });
    const first = latest.getByRole('listitem', { name: 'Community networks for 500 villages' });
    await first.waitFor({ timeout: 5000 });
    await first.getByText('Just announced').waitFor();
    await expect.poll(() => figure('Pledges').textContent()).toBe('1');
    expect(await figure('Pledged').textContent()).toBe('$2.5M');

    await admin.data(Announce, { id: earlier.id, eventId: event.id });
    await expect.poll(() => latest.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('Coding clubs for girls'), expect.stringContaining('Community networks for 500 villages')]);
    await expect.poll(() => figure('Pledged').textContent()).toBe('$2.9M');
    expect(await figure('Pledging entities').textContent()).toBe('2');
  });

  it('shows the whole coalition against its goal at /live', async () => {
    const admin = await api.admin();
    await createPublishedPledge(admin, { title: 'Rural broadband backbone', type: 'FINANCIAL', estimatedValue: { amount: '1000000000', currency: 'USD' } });
    await page.goto(`${api.url}/live`);
    await page.getByRole('heading', { name: 'Partner2Connect Digital Coalition' }).waitFor();
    await page.getByText("1% of the coalition's goal of $100B").waitFor();
    await page.getByRole('listitem', { name: 'Rural broadband backbone' }).waitFor();
  });
});
