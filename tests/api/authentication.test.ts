import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { PASSWORD, startTestApi, type TestApi } from '../support/harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());
beforeEach(async () => {
  await api.reset();
  await api.sql('delete from login_failure');
});

type Answer = { status: number; cookie?: string; body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] } };

async function call(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, cookie: response.headers.get('set-cookie')?.split(';')[0], body: (await response.json()) as Answer['body'] };
}

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { expiresAt } }';
const login = (email: string, password: string, headers: Record<string, string> = {}) => call(LOGIN, { input: { email, password } }, headers);
const viewerOf = async (cookie: string) => ((await call('{ viewer { email } }', {}, { cookie })).body.data!.viewer as { email: string } | null)?.email ?? null;
const code = (answer: Answer) => answer.body.errors?.[0]?.extensions.code;

describe('authentication', () => {
  it('throttles failed logins per e-mail: beyond five in 15 minutes even the right password waits', async () => {
    const { email } = await api.as('CURATOR');
    const address = { 'x-forwarded-for': '198.51.100.1' };
    for (let i = 0; i < 5; i++) expect(code(await login(email, 'not-the-password', address))).toBe('UNAUTHENTICATED');
    const refused = await login(email, PASSWORD, address);
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(refused.cookie).toBeUndefined();
    // Another account from the same address is not held up by this one's failures.
    const other = await api.as('CURATOR');
    expect((await login(other.email, PASSWORD, address)).cookie).toMatch(/^p2c_session=/);
    // Once the failures are older than the window, the right password works and clears them.
    await api.sql(`update login_failure set at = at - interval '16 minutes'`);
    expect((await login(email, PASSWORD, address)).cookie).toMatch(/^p2c_session=/);
  });

  it('throttles failed logins per network address, over any e-mail', async () => {
    const address = { 'x-forwarded-for': '198.51.100.2' };
    for (let i = 0; i < 30; i++) await login(`nobody-${i}@example.org`, 'guess', address);
    const { email } = await api.as('CURATOR');
    expect(code(await login(email, PASSWORD, address))).toBe('RATE_LIMITED');
    expect((await login(email, PASSWORD, { 'x-forwarded-for': '198.51.100.3' })).cookie).toMatch(/^p2c_session=/);
  });

  it('rotates a session\'s secret once a day, the old one lapsing a minute later, and ends sessions at their expiry', async () => {
    const { email } = await api.as('CURATOR');
    const first = (await login(email, PASSWORD)).cookie!;
    expect(await viewerOf(first)).toBe(email);
    await api.sql(`update session set created_at = now() - interval '25 hours'`);
    const answer = await call('{ viewer { email } }', {}, { cookie: first });
    const second = answer.cookie!;
    expect(second).toMatch(/^p2c_session=/);
    expect(second).not.toBe(first);
    expect(await viewerOf(second)).toBe(email);
    // The old secret still answers for the requests already on their way, then stops.
    expect(await viewerOf(first)).toBe(email);
    await api.sql(`update session set expires_at = now() - interval '1 second' where created_at < now() - interval '1 hour'`);
    expect(await viewerOf(first)).toBeNull();
    await api.sql(`update session set expires_at = now() - interval '1 second'`);
    expect(await viewerOf(second)).toBeNull();
  });

  it('ends the session on logout: the cookie no longer works', async () => {
    const { email } = await api.as('CURATOR');
    const cookie = (await login(email, PASSWORD)).cookie!;
    expect((await call('mutation { logout }', {}, { cookie })).body.data).toEqual({ logout: true });
    expect(await viewerOf(cookie)).toBeNull();
  });

  it('resets a password with a single-use code valid an hour, ending every session, and tells no one who has an account', async () => {
    const { email } = await api.as('CURATOR');
    const session = (await login(email, PASSWORD)).cookie!;
    const REQUEST = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
    expect((await call(REQUEST, { email: `nobody-${randomUUID()}@example.org` })).body.data).toEqual({ requestPasswordReset: true });
    expect((await call(REQUEST, { email })).body.data).toEqual({ requestPasswordReset: true });
    const [message] = await api.sql<{ body: string; recipient_email: string }>(`select body, recipient_email from notification where topic = 'account.passwordReset'`);
    expect(message!.recipient_email).toBe(email);
    const token = /(p2c_reset_\S+)/.exec(message!.body)![1]!;

    const RESET = 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }';
    expect((await call(RESET, { input: { token, password: 'short' } })).body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect((await call(RESET, { input: { token, password: 'a-brand-new-password' } })).body.data).toEqual({ resetPassword: true });
    expect(await viewerOf(session)).toBeNull();
    expect(code(await login(email, PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await login(email, 'a-brand-new-password')).cookie).toMatch(/^p2c_session=/);
    expect((await call(RESET, { input: { token, password: 'yet-another-password' } })).body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    // Expired codes do not work; more than three requests an hour send nothing more.
    await call(REQUEST, { email });
    await api.sql(`update password_reset set expires_at = now() - interval '1 second' where used_at is null`);
    const [expired] = await api.sql<{ body: string }>(`select body from notification where topic = 'account.passwordReset' order by id desc limit 1`);
    expect(code(await call(RESET, { input: { token: /(p2c_reset_\S+)/.exec(expired!.body)![1]!, password: 'a-brand-new-password' } }))).toBe('BAD_USER_INPUT');
    for (let i = 0; i < 3; i++) await call(REQUEST, { email });
    expect((await api.sql<{ n: number }>(`select count(*)::int as n from password_reset`))[0]!.n).toBe(3);
  });
});
