import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PASSWORD, type TestApi } from '../support/harness.js';
import { logIn as logInToConsole, useConsole } from '../support/console.js';
import { createEvent, createPublishedPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const ConsoleLivePledge = graphql(`
  query ConsoleLivePledge($id: ID!) {
    pledge(id: $id) {
      announcedAt
      event {
        id
      }
    }
  }
`);

const ConsoleLiveRetitle = graphql(`
  mutation ConsoleLiveRetitle($id: ID!, $title: String!) {
    updatePledge(id: $id, input: { title: $title }) {
      version
    }
  }
`);

/** Announcing a published pledge at an event from the console, and the event's live page it then appears on. */

let api: TestApi;
let page: Page;

useConsole((session) => ({ api, page } = session));

const logIn = (email?: string, password?: string) => logInToConsole(page, api.url, email, password);

/** An event (with a name found by search alone) and a published pledge announced nowhere yet. */
async function eventAndPledge() {
  const admin = await api.admin();
  const suffix = Date.now().toString(36);
  const event = await createEvent(admin, { name: `Pledging session ${suffix}`, kind: 'CONFERENCE', city: 'Kigali', countryCode: 'RW' });
  const pledge = await createPublishedPledge(admin, { title: `Solar-powered school hubs ${suffix}` });
  return { admin, event, pledge };
}

async function openPledge(pledge: { id: string; title: string }) {
  await page.goto(`${api.url}/admin/#/pledges/${encodeURIComponent(pledge.id)}/show`);
  await page.getByText(pledge.title).first().waitFor();
}

/** Announces the pledge whose page is open at the event, through the dialog. */
async function announceAt(event: { name: string }) {
  await page.getByRole('button', { name: 'Announce at an event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Announce at an event' });
  await dialog.getByRole('combobox', { name: 'Event' }).fill(event.name);
  await page.getByRole('option', { name: new RegExp(event.name) }).click();
  await dialog.getByRole('button', { name: 'Announce', exact: true }).click();
}

describe('announcing pledges live from the console', () => {
  it('announces a published pledge at an event, whose live page then lists it', async () => {
    const { admin, event, pledge } = await eventAndPledge();

    await logIn();
    // The dashboard leads to the coalition-wide page.
    expect(await page.getByRole('link', { name: 'Open the live page' }).getAttribute('href')).toBe('/live');
    await openPledge(pledge);
    await announceAt(event);
    await page.getByText('Pledge announced', { exact: true }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Dates' }).click();
    await page.getByText('Announced live', { exact: true }).waitFor();
    const { pledge: announced } = await admin.data(ConsoleLivePledge, { id: pledge.id });
    expect(announced?.announcedAt).not.toBeNull();
    expect(announced?.event?.id).toBe(event.id);

    // Each row of the event list links to its live page.
    const livePath = `/live/${encodeURIComponent(event.id)}`;
    await page.goto(`${api.url}/admin/#/events`);
    const row = page.locator('tbody tr').filter({ hasText: event.name });
    expect(await row.getByRole('link', { name: 'Open the live page' }).getAttribute('href')).toBe(livePath);

    // The event's page opens it in a new tab.
    await page.goto(`${api.url}/admin/#/events/${encodeURIComponent(event.id)}/show`);
    await page.getByText(event.name).first().waitFor();
    const link = page.getByRole('link', { name: 'Open the live page' });
    expect(await link.getAttribute('href')).toBe(livePath);
    expect(await link.getAttribute('target')).toBe('_blank');
    const [live] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await live.waitForURL(`${api.url}${livePath}`);
    await live.getByRole('heading', { name: event.name }).waitFor();
    await live.getByRole('list', { name: 'Latest pledges' }).getByRole('listitem', { name: pledge.title }).waitFor();
  });

  it('shows the API’s refusal to an organizer who does not organize the event', async () => {
    const { admin, event, pledge } = await eventAndPledge();
    const organizer = await api.as('ORGANIZER');

    await logIn(organizer.email, PASSWORD);
    await openPledge(pledge);
    await announceAt(event);
    await page.getByText("Only staff and the event's organizers announce pledges there").waitFor();
    // The dialog stays open, with the event chosen, for another try.
    await page.getByRole('dialog', { name: 'Announce at an event' }).waitFor();
    expect((await admin.data(ConsoleLivePledge, { id: pledge.id })).pledge).toMatchObject({ announcedAt: null, event: null });
  });

  it('explains a version conflict', async () => {
    const { admin, event, pledge } = await eventAndPledge();

    await logIn();
    await openPledge(pledge);
    // Someone else changes the pledge while it is open.
    const { updatePledge } = await admin.data(ConsoleLiveRetitle, { id: pledge.id, title: `${pledge.title} (revised)` });
    await announceAt(event);
    await page.getByText(`This record was changed by someone else (now version ${updatePledge.version}): reload it and try again.`).waitFor();
    expect((await admin.data(ConsoleLivePledge, { id: pledge.id })).pledge?.announcedAt).toBeNull();
  });
});
