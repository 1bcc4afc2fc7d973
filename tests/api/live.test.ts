import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/free-port.js';
import WebSocket from 'ws';
import type { Client } from 'graphql-ws';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApi, type TestApi } from '../support/harness.js';
import { configureRoundtable, createEvent, createMember, createPledge, createPublishedNeed, createPublishedPledge } from '../support/factories.js';
import { connect, subscribe } from '../support/subscriptions.js';
import { graphql } from '../gql/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const Announced = graphql(`
  subscription LiveAnnounced($eventId: ID) {
    pledgeAnnounced(eventId: $eventId) {
      kind
      at
      pledge {
        id
        title
        reference
        announcedAt
        leadMember {
          name
        }
      }
    }
  }
`);

const Totals = graphql(`
  subscription LiveTotals($eventId: ID) {
    pledgeTotals(eventId: $eventId) {
      at
      event {
        id
        name
      }
      stats {
        count
        sumUsd
        pledgingEntities
      }
      latest {
        id
        title
      }
    }
  }
`);

const MatchChanges = graphql(`
  subscription LiveMatchChanges($roundtableId: ID) {
    matchStatusChanged(roundtableId: $roundtableId) {
      previousStatus
      status
      match {
        id
        status
      }
    }
  }
`);

const Submit = graphql(`
  mutation LiveSubmit($id: ID!) {
    submitPledge(id: $id) {
      id
    }
  }
`);

const Approve = graphql(`
  mutation LiveApprove($id: ID!) {
    approvePledge(id: $id) {
      id
      reference
      announcedAt
    }
  }
`);

const Announce = graphql(`
  mutation LiveAnnounce($id: ID!, $eventId: ID!) {
    announcePledge(id: $id, eventId: $eventId) {
      id
      announcedAt
      announcedOn
      event {
        id
      }
    }
  }
`);

const Propose = graphql(`
  mutation LivePropose($input: ProposeMatchInput!) {
    proposeMatch(input: $input) {
      id
      status
    }
  }
`);

const Decline = graphql(`
  mutation LiveDecline($id: ID!, $input: MatchDecisionInput!) {
    declineMatch(id: $id, input: $input) {
      id
      status
    }
  }
`);

let api: TestApi;
let other: ChildProcess;
let otherUrl: string;
const clients: Client[] = [];
const open = (url: string, options?: Parameters<typeof connect>[1]) => {
  const client = connect(url, options);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  api = await startTestApi();
  // A second API process of its own on the same database, as behind a load balancer.
  const port = await freePort();
  otherUrl = `http://127.0.0.1:${port}`;
  other = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: api.server.database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      ADMIN_EMAIL,
      ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ANONYMOUS: '0',
      RATE_LIMIT_AUTHENTICATED: '0',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const until = Date.now() + 60_000;
  while ((await fetch(`${otherUrl}/readyz`).then((r) => r.status).catch(() => 0)) !== 200) {
    if (Date.now() > until) throw new Error('the second API process did not start');
    await sleep(100);
  }
}, 90_000);

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
  await api.reset();
});

afterAll(async () => {
  other?.kill('SIGTERM');
  await api?.close();
});

describe('subscriptions', () => {
  it('deliver a pledge published through one API process to a subscriber of another within a second', async () => {
    const admin = await api.admin();
    const event = await createEvent(admin, { name: 'Live pledging session' });
    const draft = await createPledge(admin, { eventId: event.id, title: 'Satellite backhaul for island schools' });
    await admin.data(Submit, { id: draft.id });

    const client = open(otherUrl);
    const announced = subscribe(client, Announced, { eventId: event.id });
    const totals = subscribe(client, Totals, { eventId: event.id });
    const before = (await totals.next()).data!.pledgeTotals;
    expect(before).toMatchObject({ event: { id: event.id, name: 'Live pledging session' }, stats: { count: 0, sumUsd: '0' }, latest: [] });

    const started = performance.now();
    const { approvePledge } = await admin.data(Approve, { id: draft.id });
    const result = await announced.next(1000);
    const latency = performance.now() - started;
    expect(result.errors).toBeUndefined();
    expect(result.data!.pledgeAnnounced).toMatchObject({
      kind: 'PUBLISHED',
      at: approvePledge.announcedAt,
      pledge: { id: draft.id, title: 'Satellite backhaul for island schools', reference: approvePledge.reference, announcedAt: approvePledge.announcedAt },
    });
    expect(latency).toBeLessThan(1000);

    const after = (await totals.next(2000)).data!.pledgeTotals;
    expect(after.stats.count).toBe(1);
    expect(after.latest.map((p) => p.id)).toEqual([draft.id]);
  });

  it('tell of a published pledge announced at an event by its organizer, and keep others from announcing', async () => {
    const admin = await api.admin();
    const organizer = await api.as('ORGANIZER');
    const stranger = await api.as('ORGANIZER');
    const event = await createEvent(admin);
    await configureRoundtable(admin, event.id, { organizerIds: [organizer.accountId] });
    const pledge = await createPublishedPledge(admin, { title: 'Digital skills for 10,000 women' });
    const draft = await createPledge(admin);

    const announced = subscribe(open(api.url), Announced, { eventId: event.id });
    const everywhere = subscribe(open(otherUrl), Announced, {});
    expect(await stranger.error(Announce, { id: pledge.id, eventId: event.id })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await organizer.error(Announce, { id: draft.id, eventId: event.id })).toMatchObject({ code: 'INVALID_STATE' });
    expect(await (await api.as('PLEDGER')).error(Announce, { id: pledge.id, eventId: event.id })).toMatchObject({ code: 'FORBIDDEN' });

    const { announcePledge } = await organizer.data(Announce, { id: pledge.id, eventId: event.id });
    expect(announcePledge).toMatchObject({ event: { id: event.id }, announcedOn: announcePledge.announcedAt!.slice(0, 10) });
    for (const results of [announced, everywhere]) {
      expect((await results.next()).data!.pledgeAnnounced).toMatchObject({ kind: 'ANNOUNCED', at: announcePledge.announcedAt, pledge: { id: pledge.id } });
    }
    const audit = await api.sql<{ action: string }>(`select action from audit_entry where action = 'pledge.announce'`);
    expect(audit).toHaveLength(1);
  });

  it('show a match changing status only to those who may see it', async () => {
    const admin = await api.admin();
    const member = await createMember(admin);
    const pledge = await createPublishedPledge(admin, { leadMemberId: member.id, type: 'FINANCIAL', estimatedValue: { amount: '600000', currency: 'USD' } });
    const need = await createPublishedNeed(admin, { fundingGap: { amount: '500000', currency: 'USD' } });
    const roundtable = await createEvent(admin);
    await configureRoundtable(admin, roundtable.id, { countryCodes: ['KE'] });
    const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
    const otherPledger = await api.as('PLEDGER', { memberIds: [(await createMember(admin)).id] });

    const mine = subscribe(open(otherUrl, { cookie: pledger.headers.cookie }), MatchChanges, {});
    const theirs = subscribe(open(otherUrl, { cookie: otherPledger.headers.cookie }), MatchChanges, {});
    const publicView = subscribe(open(api.url), MatchChanges, {});
    await sleep(200);

    const { proposeMatch: match } = await admin.data(Propose, { input: { needId: need.id, pledgeId: pledge.id, amountUsd: '250000', roundtableId: roundtable.id } });
    expect((await mine.next()).data!.matchStatusChanged).toEqual({ previousStatus: null, status: 'PROPOSED', match: { id: match.id, status: 'PROPOSED' } });
    await admin.data(Decline, { id: match.id, input: { reason: 'The country found other funding' } });
    expect((await mine.next()).data!.matchStatusChanged).toEqual({ previousStatus: 'PROPOSED', status: 'DECLINED', match: { id: match.id, status: 'DECLINED' } });
    expect(await theirs.quiet(300)).toBe(true);
    expect(await publicView.quiet(0)).toBe(true);
  });

  it('refuse what they cannot serve, with a clear error, and let go of a subscription when the client does', async () => {
    const client = open(api.url);
    const missing = subscribe(client, Announced, { eventId: 'RXZlbnQ6OTk5OTk5' });
    // A subscription that cannot start answers once, with the error, and ends.
    expect((await missing.next()).errors).toMatchObject([{ extensions: { code: 'NOT_FOUND', field: 'eventId' } }]);
    await missing.ended;
    const query = subscribe(client, graphql(`query LiveOverSocket { viewer { id } }`));
    expect(await query.ended).toMatchObject([{ message: expect.stringContaining('Only subscriptions'), extensions: { code: 'BAD_USER_INPUT' } }]);
    const deep = subscribe(client, graphql(`subscription LiveDeep { pledgeAnnounced { pledge { leadMember { pledges { nodes { leadMember { pledges { nodes { leadMember { pledges { nodes { leadMember { id } } } } } } } } } } } } }`));
    expect(await deep.ended).toMatchObject([{ extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth' } }]);

    const baseline = api.server.live.subscriberCount;
    const many = Array.from({ length: 21 }, () => subscribe(client, Announced, {}));
    expect(await many[20]!.ended).toMatchObject([{ extensions: { code: 'RATE_LIMITED' } }]);
    await sleep(100);
    expect(api.server.live.subscriberCount).toBe(baseline + 20);
    for (const results of many) results.close();
    await sleep(200);
    expect(api.server.live.subscriberCount).toBe(baseline);
  });

  it("refuse a cross-site page riding on the console's session cookie, and a bad token", async () => {
    const admin = await api.admin();
    const cookie = admin.headers.cookie!;
    const status = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`${api.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers: { cookie, origin: 'https://evil.example' } });
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
    expect(status).toBe(403);
    const sameSite = subscribe(open(api.url, { cookie, origin: api.url }), Totals, {});
    expect((await sameSite.next()).data!.pledgeTotals.event).toBeNull();

    const forged = subscribe(open(api.url, { token: 'not-a-token' }), Totals, {});
    expect(await forged.ended).toMatchObject({ code: 4403 });
  });
});
