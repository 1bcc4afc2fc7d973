import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/client.js';
import { createMember } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const MemberCount = graphql(`
  query MemberCount {
    members {
      totalCount
    }
  }
`);

const Login = graphql(`
  mutation EmbeddedLogin($input: LoginInput!) {
    login(input: $input) {
      account {
        email
      }
    }
  }
`);

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'p2c-embedded-'));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs the server as `npm start` does, without DATABASE_URL, until it says it listens. */
async function startProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'server/src/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', DATABASE_URL: '', DEMO_DATA: 'false', DATA_DIR: dataDir, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    child.stdout!.on('data', () => {
      if (output.includes('P2C API at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

const pgPort = await freePort();
const env = { EMBEDDED_PG_PORT: String(pgPort), ADMIN_EMAIL: 'first-admin@example.org', ADMIN_PASSWORD: 'first-admin-password' };

afterAll(async () => {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 'SIGINT');
  } catch {
    // already stopped
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function adminClient(url: string, email = env.ADMIN_EMAIL, password = env.ADMIN_PASSWORD) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { expiresAt } }', variables: { input: { email, password } } }),
  });
  return new GraphQLClient(url, { cookie: response.headers.get('set-cookie')!.split(';')[0]! });
}

describe('the embedded PostgreSQL', () => {
  it('keeps its data across restarts, and recovers from a killed run', { timeout: 180_000 }, async () => {
    const first = await startProcess(env);
    const admin = await adminClient(first.url);
    await createMember(admin, { name: 'Survives restarts' });
    await stopProcess(first.child, 'SIGTERM');

    const second = await startProcess(env);
    expect((await new GraphQLClient(second.url).data(MemberCount)).members.totalCount).toBe(1);
    await createMember(await adminClient(second.url), { name: 'Written before a crash' });
    await stopProcess(second.child, 'SIGKILL');

    const third = await startProcess(env);
    expect(third.output()).toContain('stopping a PostgreSQL left running by an earlier run');
    expect((await new GraphQLClient(third.url).data(MemberCount)).members.totalCount).toBe(2);
    const health = await fetch(`${third.url}/readyz`);
    expect(health.status).toBe(200);
    await stopProcess(third.child, 'SIGTERM');
  });

  it('creates the first admin with generated credentials printed once when none are given', { timeout: 120_000 }, async () => {
    const otherDir = mkdtempSync(path.join(os.tmpdir(), 'p2c-embedded-'));
    try {
      const run = await startProcess({ EMBEDDED_PG_PORT: String(await freePort()), DATA_DIR: otherDir, ADMIN_EMAIL: '', ADMIN_PASSWORD: '' });
      const printed = /e-mail:\s+(\S+)\s+password:\s+(\S+)/.exec(run.output());
      expect(printed).not.toBeNull();
      const client = new GraphQLClient(run.url);
      expect((await client.request(Login, { input: { email: printed![1]!, password: printed![2]! } })).errors).toBeUndefined();
      await stopProcess(run.child, 'SIGTERM');
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });
});
