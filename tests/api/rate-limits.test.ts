import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApi, type TestApi } from '../support/harness.js';
import { loadConfig } from '../../server/src/config.js';
import { startServer, type RunningServer } from '../../server/src/server.js';

const LIMITS = { anonymousPerMinute: 8, authenticatedPerMinute: 5 };
/** Longer than the limiter's 200 ms between shares of the counts. */
const SHARED = 450;

let api: TestApi;
let second: RunningServer;
beforeAll(async () => {
  api = await startTestApi({ rateLimits: LIMITS });
  // A second API process on the same database, as behind a load balancer.
  second = await startServer({ ...loadConfig(), port: 0, host: '127.0.0.1', databaseUrl: api.server.database.url, demoData: false, adminEmail: ADMIN_EMAIL, adminPassword: ADMIN_PASSWORD, rateLimits: LIMITS });
});
afterAll(async () => {
  await second?.close();
  await api?.close();
});

const ask = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: '{ viewer { id } }' }) });

/** A client of its own: the API trusts X-Forwarded-For from a proxy on the same machine, as the tests are. */
const CLIENT = { 'x-forwarded-for': '203.0.113.10' };

/** Counts are per minute: start far enough from the minute's end that the window does not turn mid-test. */
async function freshMinute() {
  const into = Date.now() % 60_000;
  if (into > 45_000) await sleep(60_000 - into + 200);
}

describe('rate limits', () => {
  it('count each session or token on its own, not its network address', async () => {
    await freshMinute();
    const login = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($input: LoginInput!) { login(input: $input) { expiresAt } }', variables: { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } } }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await ask(api.url, { cookie })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const answer = await ask(api.url, { cookie: 'p2c_session=another-session' });
    expect(answer.headers.get('ratelimit-limit')).toBe('5');
    expect(answer.headers.get('ratelimit-remaining')).toBe('4');
  });
  it('are shared by every API process, with the standard headers and a 429 beyond', async () => {
    await freshMinute();
    const first = await ask(api.url, CLIENT);
    expect(first.headers.get('ratelimit-limit')).toBe('8');
    expect(first.headers.get('ratelimit-remaining')).toBe('7');
    expect(first.headers.get('ratelimit-policy')).toBe('8;w=60');
    expect(Number(first.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) expect((await ask(api.url, CLIENT)).status).toBe(200);
    await sleep(SHARED);
    // The other process learns the first one's five when it shares its own first count: until then
    // it decides on what it knows, which is how far the processes together may overshoot.
    expect((await ask(second.url, CLIENT)).headers.get('ratelimit-remaining')).toBe('7');
    await sleep(SHARED);
    expect((await ask(second.url, CLIENT)).headers.get('ratelimit-remaining')).toBe('1');
    expect((await ask(second.url, CLIENT)).status).toBe(200);
    const refused = await ask(second.url, CLIENT);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    await sleep(SHARED);
    await ask(api.url, CLIENT);
    await sleep(SHARED);
    expect((await ask(api.url, CLIENT)).status).toBe(429);
  });

});
