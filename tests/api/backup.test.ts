import 'reflect-metadata';
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../server/src/config.js';
import { startServer } from '../../server/src/server.js';

/** The backup and restore procedure of the README, step by step, on an embedded PostgreSQL of its own. */
const root = mkdtempSync(path.join(os.tmpdir(), 'p2c-backup-'));
// As root, PostgreSQL runs as a user of its own, which must be able to reach its folder.
chmodSync(root, 0o755);
const dataDir = path.join(root, 'data');
const backup = path.join(root, 'backup');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function withServer<T>(config: Config, work: (url: string, cookie: string) => Promise<T>): Promise<T> {
  const server = await startServer(config);
  try {
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($input: LoginInput!) { login(input: $input) { expiresAt } }', variables: { input: { email: config.adminEmail, password: config.adminPassword } } }),
    });
    return await work(server.url, login.headers.get('set-cookie')!.split(';')[0]!);
  } finally {
    await server.close();
  }
}

const call = async (url: string, cookie: string, query: string) =>
  ((await (await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query }) })).json()) as { data: Record<string, any> }).data;

const createMember = (name: string) => (url: string, cookie: string) => call(url, cookie, `mutation { createMember(input: { name: "${name}", sector: ACADEMIA, countryCode: "KE" }) { id } }`);
const memberNames = async (url: string, cookie: string) => ((await call(url, cookie, '{ members(first: 100) { nodes { name } } }')).members.nodes as { name: string }[]).map((m) => m.name).sort();

describe('backup and restore of the embedded database', () => {
  it('restores exactly what the backup held', async () => {
    const config: Config = {
      ...loadConfig(),
      port: 0,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir,
      embeddedPostgresPort: await freePort(),
      demoData: false,
      adminEmail: 'backup@test.example.org',
      adminPassword: 'a-long-enough-password',
    };
    await withServer(config, createMember('Kept University'));
    // 1. Back up with the API stopped (it stops its PostgreSQL): copy the cluster, owners and modes kept.
    execFileSync('cp', ['-a', path.join(dataDir, 'pg'), backup]);
    await withServer(config, createMember('Lost After The Backup'));
    // 2. Restore with the API stopped: put the copy back in place of the cluster.
    rmSync(path.join(dataDir, 'pg'), { recursive: true, force: true });
    execFileSync('cp', ['-a', backup, path.join(dataDir, 'pg')]);
    expect(await withServer(config, memberNames)).toEqual(['Kept University']);
  }, 180_000);
});
