import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/free-port.js';
import pg from 'pg';
import { createInterface } from 'node:readline';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/db/embedded.js';

/**
 * The API as a process of its own on a PostgreSQL of its own, so that both can be stopped, killed and
 * restarted without touching the other test files' database.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ADMIN = { email: 'faults@test.example.org', password: 'a-long-enough-password' };

let dataDir: string;
let pgPort: number;
let database: EmbeddedDatabase;
let apiPort: number;
let api: ChildProcess | undefined;
let cookie = '';

const url = () => `http://127.0.0.1:${apiPort}`;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const status = (path: string) => fetch(`${url()}${path}`).then((r) => r.status);

async function startApi(logLevel = 'warn', onLine?: (line: string) => void): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      DEMO_DATA: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: logLevel,
      RATE_LIMIT_ANONYMOUS: '0',
      RATE_LIMIT_AUTHENTICATED: '0',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', onLine ? 'pipe' : 'ignore', 'inherit'],
  });
  if (onLine) createInterface({ input: child.stdout! }).on('line', onLine);
  await waitFor('the API to be ready', async () => ((await status('/readyz')) === 200 ? true : undefined));
  return child;
}

async function graphql(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

async function logIn(): Promise<void> {
  const response = await fetch(`${url()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation ($input: LoginInput!) { login(input: $input) { expiresAt } }', variables: { input: ADMIN } }),
  });
  cookie = response.headers.get('set-cookie')!.split(';')[0]!;
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** A connection holding a row lock until released: what makes a request wait at a known point. */
async function lockRow(table: string, id: number) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`SELECT id FROM "${table}" WHERE id = $1 FOR UPDATE`, [id]);
  return async () => {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end().catch(() => undefined);
  };
}

/** Waits until a request of the API is blocked on a lock, so that the fault lands mid-transaction. */
const blockedOnLock = () =>
  waitFor('a request to wait on the lock', async () => {
    const [row] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = 'p2c'`);
    return row!.n > 0 ? true : undefined;
  });

const CREATE_PLEDGE = `mutation ($member: ID!, $title: String!) {
  createPledge(input: { leadMemberId: $member, title: $title, description: "Broadband for the schools of three rural districts.", type: PROGRAMMATIC, focusAreaCodes: ["ACCESS"], countryCodes: ["KE"] }) { id }
}`;

async function submittedPledges(count: number): Promise<string[]> {
  const member = await graphql('mutation { createMember(input: { name: "Fault Tolerance Ltd", sector: PRIVATE_SECTOR, countryCode: "KE" }) { id } }');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const created = await graphql(CREATE_PLEDGE, { member: member.body.data!.createMember.id, title: `Rural schools, district ${i + 1}` });
    const id = created.body.data!.createPledge.id as string;
    await graphql('mutation ($id: ID!) { submitPledge(id: $id) { id } }', { id });
    ids.push(id);
  }
  return ids;
}

const rowId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'p2c-faults-'));
  pgPort = await freePort();
  apiPort = await freePort();
  database = await startEmbeddedPostgres({ dataDir, port: pgPort });
  api = await startApi();
  await logIn();
}, 180_000);

afterAll(async () => {
  if (api && api.exitCode === null) {
    api.kill('SIGKILL');
    await exited(api);
  }
  await database?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('faults', () => {
  it('PostgreSQL restarted under load: the API says it is not ready, then recovers without a restart of its own', async () => {
    const pid = api!.pid;
    let running = true;
    const outcomes: number[] = [];
    const load = (async () => {
      while (running) {
        outcomes.push(await graphql('{ pledges(first: 5) { totalCount } }').then((r) => (r.body.data?.pledges ? 200 : 503), () => 0));
        await sleep(20);
      }
    })();
    await sleep(300);
    await database.stop();
    await waitFor('/readyz to say unavailable', async () => ((await status('/readyz')) === 503 ? true : undefined));
    expect(await status('/healthz')).toBe(200);
    database = await startEmbeddedPostgres({ dataDir, port: pgPort });
    await waitFor('/readyz to say ready again', async () => ((await status('/readyz')) === 200 ? true : undefined));
    await waitFor('queries to succeed again', async () => ((await graphql('{ pledges(first: 5) { totalCount } }')).body.data?.pledges ? true : undefined), 30_000);
    running = false;
    await load;
    expect(api!.pid).toBe(pid);
    expect(api!.exitCode).toBeNull();
    expect(outcomes.filter((o) => o === 200).length).toBeGreaterThan(0);
    // Writes work again too, session and all.
    expect((await graphql('mutation { createMember(input: { name: "After the restart", sector: ACADEMIA, countryCode: "KE" }) { id } }')).body.data?.createMember.id).toBeTruthy();
  }, 180_000);

  it('SIGTERM lets a request in flight finish, then the process exits', async () => {
    const [pledge] = await submittedPledges(1);
    const release = await lockRow('pledge', rowId(pledge!));
    const inFlight = graphql('mutation ($id: ID!) { approvePledge(id: $id) { status } }', { id: pledge });
    await blockedOnLock();
    api!.kill('SIGTERM');
    await sleep(300);
    // Still serving the request it had; new connections are no longer taken.
    expect(api!.exitCode).toBeNull();
    await release();
    const answer = await inFlight;
    expect(answer.body.data).toEqual({ approvePledge: { status: 'PUBLISHED' } });
    expect(await exited(api!)).toBe(0);
    await expect(fetch(`${url()}/healthz`)).rejects.toThrow();
    api = await startApi();
    await logIn();
  }, 120_000);

  it('logs each request as a JSON line with the request id the client got', async () => {
    api!.kill('SIGTERM');
    await exited(api!);
    const lines: string[] = [];
    api = await startApi('info', (line) => lines.push(line));
    const response = await fetch(`${url()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-42' }, body: JSON.stringify({ query: '{ viewer { id } }', operationName: null }) });
    expect(response.headers.get('x-request-id')).toBe('trace-me-42');
    const line = await waitFor('the request\'s log line', async () => lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.requestId === 'trace-me-42'));
    expect(line).toMatchObject({ level: 30, service: 'p2c-api', msg: 'request', method: 'POST', path: '/graphql', status: 200, ms: expect.any(Number) });
    api.kill('SIGTERM');
    await exited(api);
    api = await startApi();
    await logIn();
  }, 120_000);

  it('the process killed during a bulk decision or an allocation: nothing partial afterwards', async () => {
    const ids = await submittedPledges(4);
    const auditBefore = (await sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry'))[0]!.n;
    // The last pledge is locked: the first three are approved in the transaction when the process dies.
    let release = await lockRow('pledge', rowId(ids[3]!));
    void graphql('mutation ($items: [PledgeDecisionItem!]!) { approvePledges(items: $items) { id } }', { items: ids.map((id) => ({ id })) }).catch(() => undefined);
    await blockedOnLock();
    api!.kill('SIGKILL');
    await exited(api!);
    await release();
    const statuses = await sql<{ status: string }>(`SELECT status FROM pledge WHERE id = ANY($1)`, [ids.map(rowId)]);
    expect(statuses.map((s) => s.status)).toEqual(['SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED']);
    expect((await sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_entry'))[0]!.n).toBe(auditBefore);
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM pledge WHERE reference IS NOT NULL AND id = ANY($1)`, [ids.map(rowId)]))[0]!.n).toBe(0);

    // An allocation: its old suggestions deleted and new ones being written when the process dies.
    api = await startApi();
    await logIn();
    await graphql('mutation ($items: [PledgeDecisionItem!]!) { approvePledges(items: $items) { id } }', { items: ids.map((id) => ({ id })) });
    const event = await graphql('mutation { createEvent(input: { code: "RT-FAULT", name: "Fault roundtable", kind: MATCHMAKING_ROUNDTABLE, startDate: "2026-03-01", endDate: "2026-03-02", countryCode: "KE" }) { id } }');
    const roundtable = event.body.data!.createEvent.id as string;
    await graphql('mutation ($id: ID!) { configureRoundtable(id: $id, input: { countryCodes: ["KE"] }) { id } }', { id: roundtable });
    const need = await graphql(
      'mutation { createCountryNeed(input: { title: "Connect rural schools", description: "Broadband for the rural schools listed in the national diagnostic.", countryCode: "KE", focusAreaCode: "ACCESS", modality: PROGRAMMATIC }) { id } }',
    );
    const needId = need.body.data!.createCountryNeed.id as string;
    await graphql('mutation ($id: ID!) { submitCountryNeed(id: $id) { id } }', { id: needId });
    await graphql('mutation ($id: ID!) { approveCountryNeed(id: $id) { id } }', { id: needId });
    const first = await graphql('mutation ($id: ID!) { runAllocation(roundtableId: $id) { matches { id } } }', { id: roundtable });
    const suggested = first.body.data!.runAllocation.matches.length as number;
    expect(suggested).toBeGreaterThan(0);
    const before = await sql<{ id: number }>(`SELECT id FROM match WHERE status = 'SUGGESTED' ORDER BY id`);

    // New matches reference the need: locking it makes the run wait after it has deleted the old ones.
    release = await lockRow('country_need', rowId(needId));
    void graphql('mutation ($id: ID!) { runAllocation(roundtableId: $id) { matches { id } } }', { id: roundtable }).catch(() => undefined);
    await blockedOnLock();
    api!.kill('SIGKILL');
    await exited(api!);
    await release();
    expect(await sql<{ id: number }>(`SELECT id FROM match WHERE status = 'SUGGESTED' ORDER BY id`)).toEqual(before);
    api = await startApi();
  }, 180_000);
});
