import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApi, type TestApi } from '../support/harness.js';
import { createPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const PARTNER = 'https://partner.example.org';

const Retitle = graphql(`
  mutation SecurityRetitle($id: ID!, $title: String!) {
    updatePledge(id: $id, input: { title: $title }) {
      id
      title
    }
  }
`);

let api: TestApi;
let production: TestApi;
beforeAll(async () => {
  api = await startTestApi({ corsOrigins: [PARTNER], statementTimeoutMs: 500 });
  production = await startTestApi({ production: true });
});
afterAll(async () => {
  await api?.close();
  await production?.close();
});

async function post(target: TestApi, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${target.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

/** The admin's session cookie, as the console holds it. */
async function sessionCookie(target: TestApi): Promise<string> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($input: LoginInput!) { login(input: $input) { account { id } } }', variables: { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } } }),
  });
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

describe('HTTP security', () => {
  it('sends security headers with the API and the console', async () => {
    for (const path of ['/graphql', '/admin/']) {
      const response = await fetch(`${api.url}${path}`, { method: path === '/graphql' ? 'POST' : 'GET', headers: { 'content-type': 'application/json' }, body: path === '/graphql' ? '{"query":"{ viewer { id } }"}' : undefined });
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('lets allowed frontends call across origins with their cookies, and no one else', async () => {
    const preflight = (origin: string) =>
      fetch(`${api.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight(PARTNER);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect((await preflight('https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses requests riding on the session cookie from another site', async () => {
    const cookie = await sessionCookie(api);
    const viewer = { query: '{ viewer { email } }' };
    const foreign = await post(api, viewer, { cookie, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors![0]!.extensions.code).toBe('FORBIDDEN');
    expect((await post(api, viewer, { cookie, referer: 'https://evil.example/page' })).status).toBe(403);
    expect((await post(api, viewer, { cookie, origin: api.url })).body.data).toMatchObject({ viewer: { email: expect.any(String) } });
    expect((await post(api, viewer, { cookie, origin: PARTNER })).status).toBe(200);
    // Without the cookie, a foreign page gets what anyone gets.
    expect((await post(api, viewer, { origin: 'https://evil.example' })).body.data).toEqual({ viewer: null });
    // A form post (not JSON) cannot reach GraphQL at all.
    const form = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', cookie }, body: '{"query":"{ viewer { id } }"}' });
    expect(form.status).toBe(400);
  });

  it('answers bodies over 1 MB and bodies that are not JSON with GraphQL errors', async () => {
    const large = await post(api, { query: '{ viewer { id } }', padding: 'x'.repeat(1_100_000) });
    expect(large).toMatchObject({ status: 413, body: { errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] } });
    // Signed in, a CSV import of several megabytes fits; beyond 8 MB nothing does.
    const cookie = (await api.admin()).headers.cookie!;
    const signedIn = (padding: number) =>
      fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query: '{ viewer { id } }', padding: 'x'.repeat(padding) }) });
    expect((await signedIn(3_000_000)).status).toBe(200);
    expect((await signedIn(8_500_000)).status).toBe(413);
    expect(await post(api, '{"query": ')).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_REQUEST' } }] } });
  });

  it('stops a statement that runs longer than the statement timeout, writing nothing', async () => {
    const admin = await api.admin();
    const pledge = await createPledge(admin, { title: 'Title before the lock' });
    const id = Number(Buffer.from(pledge.id, 'base64url').toString().split(':')[1]);
    const locker = new pg.Client({ connectionString: api.server.database.url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('SELECT id FROM pledge WHERE id = $1 FOR UPDATE', [id]);
      const started = performance.now();
      const result = await admin.request(Retitle, { id: pledge.id, title: 'Title while locked' });
      expect(performance.now() - started).toBeLessThan(5000);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) });
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect((await api.sql<{ title: string }>('select title from pledge where id = $1', [id]))[0]!.title).toBe('Title before the lock');
  });
});

describe('in production', () => {
  it('keeps the schema from anonymous callers: no introspection, no field suggestions; logged-in accounts keep both', async () => {
    const introspection = { query: '{ __schema { queryType { name } } }' };
    expect(await post(production, introspection)).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
    const typo = { query: '{ pledgs { totalCount } }' };
    const anonymous = await post(production, typo);
    expect(anonymous.body.errors![0]!.message).toBe('Cannot query field "pledgs" on type "Query".');
    const cookie = await sessionCookie(production);
    expect((await post(production, introspection, { cookie })).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await post(production, typo, { cookie })).body.errors![0]!.message).toContain('Did you mean');
  });
});
