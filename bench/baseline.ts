/**
 * The benchmark's baseline: a bare node:http handler answering each query
 * with ONE hand-written SQL statement (bench/queries.ts) through `pg`, the
 * JSON built by PostgreSQL and passed through as text. Run as a child
 * process by run.ts, which it tells its port over IPC.
 *
 *   GET /q1
 *   GET /q2?region=<region id>&tsquery=<digital:*>
 *   GET /q3
 *   GET /q4?after=<reference>
 *
 * Env: DATABASE_URL; BASELINE_PORT (default 0, any free port); BASELINE_POOL (default 10, as the API's pool).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { BASELINE_SQL } from './queries.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.BASELINE_POOL ?? 10) });

/** One statement; the first column of its only row, as text. */
async function one(text: string, values: unknown[]): Promise<string> {
  const { rows } = await pool.query<Record<string, string>>(text, values);
  return Object.values(rows[0]!)[0]!;
}

const integer = (value: string | null, name: string): number => {
  const n = Number(value);
  if (!value || !Number.isInteger(n)) throw new RangeError(`${name} must be an integer`);
  return n;
};

async function answer(path: string, params: URLSearchParams): Promise<string | undefined> {
  switch (path) {
    case '/q1':
      return `{"data":{"pledges":{"nodes":${await one(BASELINE_SQL.Q1, [])}}}}`;
    case '/q2': {
      const tsquery = params.get('tsquery');
      if (!tsquery) throw new RangeError('tsquery is required');
      return `{"data":{"pledges":{"nodes":${await one(BASELINE_SQL.Q2, [integer(params.get('region'), 'region'), tsquery])}}}}`;
    }
    case '/q3':
      return `{"data":{"pledgeGroups":${await one(BASELINE_SQL.Q3, [])}}}`;
    case '/q4':
      return `{"data":{"pledges":{"nodes":${await one(BASELINE_SQL.Q4, [integer(params.get('after'), 'after')])}}}}`;
    default:
      return undefined;
  }
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const target = new URL(req.url ?? '/', 'http://baseline');
  answer(target.pathname, target.searchParams).then(
    (body) => {
      if (body === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-sql-statements': '1' }).end(body);
    },
    (error: unknown) => {
      const status = error instanceof RangeError ? 400 : 500;
      res.writeHead(status, { 'content-type': 'text/plain' }).end(error instanceof Error ? error.message : String(error));
    },
  );
}

const server = createServer(handle);
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.BASELINE_PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  if (process.send) process.send({ ready: true, port });
  else console.log(`baseline at http://127.0.0.1:${port}/q1`);
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close();
  server.closeAllConnections();
  // Statements still running (a slow query at the end of a run) are not waited for long.
  setTimeout(() => process.exit(0), 2_000).unref();
  pool.end().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
