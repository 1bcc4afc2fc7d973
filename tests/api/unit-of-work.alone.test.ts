import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { graphql } from '../gql/index.js';
import { configureRoundtable, createEvent, createMember, createPublishedNeed, createPublishedPledge } from '../support/factories.js';
import { PASSWORD, startTestApi, type TestApi } from '../support/harness.js';

const Login = graphql(`
  mutation UnitOfWorkLogin($input: LoginInput!) {
    login(input: $input) {
      account {
        email
      }
    }
  }
`);

const PublicMembers = graphql(`
  query UnitOfWorkMembers($first: Int) {
    members(first: $first) {
      totalCount
    }
  }
`);

const CreateMember = graphql(`
  mutation UnitOfWorkCreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      id
    }
  }
`);

const Allocate = graphql(`
  mutation UnitOfWorkAllocate($roundtableId: ID!) {
    runAllocation(roundtableId: $roundtableId) {
      matches {
        id
      }
    }
  }
`);

const codeOf = (response: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;

describe('one connection per request', () => {
  let api: TestApi;
  beforeAll(async () => {
    // No read cache: every public query goes to the database, as it would with a cold cache.
    api = await startTestApi({ queryCacheEntries: 0 });
  });
  afterAll(() => api?.close());

  // Password checks take turns (see secrets.ts): fifty of them take a while on a small machine.
  it('answers public queries within 2 s while 50 logins, right and wrong, run at once; no internal errors', async () => {
    const admin = await api.admin();
    for (let i = 0; i < 3; i++) await createMember(admin);
    const accounts = await Promise.all(Array.from({ length: 5 }, () => api.as('CURATOR')));
    // 25 right passwords over 5 accounts; 25 wrong ones over those accounts and unknown e-mail addresses, under the
    // per e-mail (5) and per address (30) throttles, so that every right password must get in.
    const attempts = Array.from({ length: 50 }, (_, i) => {
      if (i % 2 === 0) return { email: accounts[(i / 2) % 5]!.email, password: PASSWORD, right: true };
      const email = i % 4 === 1 ? accounts[((i - 1) / 4) % 5]!.email : `nobody-${i}@test.example.org`;
      return { email, password: 'not-the-password', right: false };
    });

    let loginsDone = false;
    const publicDurations: number[] = [];
    const publicCodes: unknown[] = [];
    const readers = Array.from({ length: 4 }, async (_, reader) => {
      for (let round = 0; !loginsDone || round < 3; round++) {
        const started = performance.now();
        const response = await api.anonymous.request(PublicMembers, { first: 1 + ((reader + round) % 20) });
        publicDurations.push(performance.now() - started);
        publicCodes.push(codeOf(response) ?? response.data?.members.totalCount);
      }
    });
    const logins = await Promise.all(attempts.map((a) => api.anonymous.request(Login, { input: { email: a.email, password: a.password } }))).finally(() => {
      loginsDone = true;
    });
    await Promise.all(readers);

    expect(logins.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    attempts.forEach((attempt, i) => {
      const response = logins[i]!;
      if (attempt.right) {
        expect(response.data?.login.account.email, `login ${i}: ${JSON.stringify(response.errors)}`).toBe(attempt.email);
        expect(response.headers.get('set-cookie'), `login ${i}`).toMatch(/^p2c_session=/);
      } else {
        expect(codeOf(response), `login ${i}`).toBe('UNAUTHENTICATED');
      }
    });
    expect(publicCodes.length).toBeGreaterThan(8);
    expect(new Set(publicCodes)).toEqual(new Set([3]));
    expect(Math.max(...publicDurations), `the slowest of ${publicDurations.length} public queries, in ms`).toBeLessThan(2000);
    // Each failure was recorded, though its login failed (those under an e-mail that later got in are cleared).
    const [{ failures }] = await api.sql<{ failures: number }>(`select count(*)::int as failures from login_failure where key like 'address:%'`);
    expect(failures).toBe(25);
  }, 120_000);
});

describe('an allocation run', () => {
  let api: TestApi;
  let blocker: pg.Client;
  beforeAll(async () => {
    api = await startTestApi();
    blocker = new pg.Client({ connectionString: api.server.database.url });
    await blocker.connect();
  });
  afterAll(async () => {
    await blocker?.end();
    await api?.close();
  });

  it('solves on what it read, then writes only if the roundtable is still as it read it: otherwise CONFLICT, and nothing written', async () => {
    const admin = await api.admin();
    const member = await createMember(admin);
    await createPublishedPledge(admin, { leadMemberId: member.id, type: 'FINANCIAL', countryCodes: ['KE'], estimatedValue: { amount: '600000', currency: 'USD' } });
    await createPublishedNeed(admin, { fundingGap: { amount: '500000', currency: 'USD' } });
    const roundtable = await createEvent(admin);
    await configureRoundtable(admin, roundtable.id, { countryCodes: ['KE'] });
    const [{ id }] = await api.sql<{ id: number }>('select max(id) as id from event');

    // A change of the roundtable, committed while the run is between its reads and its write.
    await blocker.query('BEGIN');
    await blocker.query('UPDATE event SET version = version + 1 WHERE id = $1', [id]);
    const run = admin.request(Allocate, { roundtableId: roundtable.id });
    await expect.poll(async () => (await api.sql<{ waiting: number }>(`select count(*)::int as waiting from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`))[0]!.waiting, { timeout: 10_000 }).toBe(1);
    await blocker.query('COMMIT');
    expect(codeOf(await run)).toBe('CONFLICT');
    expect(await api.sql('select id from match')).toEqual([]);

    expect((await admin.data(Allocate, { roundtableId: roundtable.id })).runAllocation.matches).toHaveLength(1);
  });
});

describe('an exhausted connection pool', () => {
  let api: TestApi;
  let blocker: pg.Client;
  beforeAll(async () => {
    api = await startTestApi({ databasePoolSize: 2, databaseAcquireTimeoutMs: 500, queryCacheEntries: 0 });
    blocker = new pg.Client({ connectionString: api.server.database.url });
    await blocker.connect();
  });
  afterAll(async () => {
    await blocker?.end();
    await api?.close();
  });

  it('turns callers away at once with SERVICE_UNAVAILABLE, 503 and Retry-After, and serves them again once connections free up', async () => {
    const admin = await api.admin();
    await createMember(admin);
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE member IN ACCESS EXCLUSIVE MODE');
    // Two queries wait on the lock, holding both of the pool's connections.
    const held = [1, 2].map((first) => api.anonymous.request(PublicMembers, { first }));
    await expect.poll(async () => (await api.sql<{ waiting: number }>(`select count(*)::int as waiting from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`))[0]!.waiting, { timeout: 5000 }).toBe(2);

    const started = performance.now();
    const [query, mutation, login, download] = await Promise.all([
      api.anonymous.request(PublicMembers, { first: 3 }),
      // A session is looked up before the request runs: the same answer comes from there.
      admin.request(CreateMember, { input: { name: 'Turned away', sector: 'PRIVATE_SECTOR', countryCode: 'KE' } }),
      api.anonymous.request(Login, { input: { email: 'nobody@test.example.org', password: 'whatever' } }),
      fetch(`${api.url}/open-data/pledges.csv`),
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(download.status).toBe(503);
    expect(download.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    expect(((await download.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');
    for (const response of [query, mutation, login]) {
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
      expect(codeOf(response)).toBe('SERVICE_UNAVAILABLE');
      expect(response.errors?.[0]?.extensions?.retryAfterSeconds).toBe(Number(response.headers.get('retry-after')));
    }

    await blocker.query('ROLLBACK');
    // Their other statements wanted a connection too, and may have been turned away the same way.
    for (const response of await Promise.all(held)) expect(response.data?.members.totalCount ?? codeOf(response)).toBeOneOf([1, 'SERVICE_UNAVAILABLE']);
    expect((await api.anonymous.request(PublicMembers, { first: 3 })).data?.members.totalCount).toBe(1);
    expect(await api.sql(`select 1 from member where name = 'Turned away'`)).toEqual([]);
  });

});
