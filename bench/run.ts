/**
 * `npm run bench`: the API against a hand-written SQL baseline, on 100,000
 * pledges by 20,000 members, with autocannon. See bench/README.md.
 *
 *   1. builds the server (unless --no-build);
 *   2. starts an embedded PostgreSQL in BENCH_DATA_DIR (.data-bench/), loads
 *      the benchmark data set into it the first time, reuses it afterwards;
 *   3. starts the API as in production (node build/server/src/main.js,
 *      NODE_ENV=production, query-result cache on) on that database, the
 *      same API with its cache off ("API cold", QUERY_CACHE_ENTRIES=0), and
 *      the baseline (baseline.ts);
 *   4. checks that all three answer each query with the same data, then
 *      measures each with autocannon and prints the figures next to the
 *      targets (judged on the API with its cache, the cold figures beside);
 *   5. measures matchmaking on the API (matchmaking.ts): suggestions over the
 *      100,000 pledges, the allocation of 1,000 needs;
 *   6. writes them to bench/results.md and stops everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { BASELINE_SQL, GRAPHQL, QUERY_NAMES, type QueryName } from './queries.js';
import { explainQueries, startInProcessApi, type Statement } from './explain.js';
import { benchMatchmaking, type MatchmakingReport } from './matchmaking.js';
import { benchExport, type ExportReport } from './export.js';
import { benchImport, type ImportReport } from './import.js';
import { figure, log, markdownTable, seconds, sqlCell, textTable, verdictTable, wrap, type Verdict } from './report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The server modules imported below create their logger when loaded.
process.env.LOG_LEVEL ??= 'warn';

const USAGE = `Benchmarks the API against a hand-written SQL baseline (100,000 pledges, 20,000 members).

  npm run bench [-- options]

  --no-build         do not run \`npm run build:server\` first
  --duration N       seconds measured per query and target (default 10)
  --warmup N         seconds of warm-up before each measurement (default 3)
  --connections N    concurrent connections (default 10)
  --only Q1,Q3       run only these queries (results.md is then not written)
  --explain          instead of measuring: print the SQL the API runs for each query, with EXPLAIN ANALYZE
  --matchmaking      only the matchmaking step: suggestions and allocation (results.md is then not written)
  --export           only the open data step: the CSV of every published pledge (results.md is then not written)
  --import           only the CSV import step: a dry run and a commit of 1,000 exported pledges (results.md is then not written)

  env: BENCH_DATA_DIR (default .data-bench), BENCH_PG_PORT (default 54339), BENCH_SEARCH (default "digital")`;

interface Options {
  build: boolean;
  duration: number;
  warmup: number;
  connections: number;
  only: readonly QueryName[];
  explain: boolean;
  /** The matchmaking step alone. */
  matchmaking: boolean;
  /** The open data export step alone. */
  openData: boolean;
  /** The CSV import step alone. */
  pledgeImport: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { build: true, duration: 10, warmup: 3, connections: 10, only: QUERY_NAMES, explain: false, matchmaking: false, openData: false, pledgeImport: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = (): string => {
      const raw = inline ?? argv[++i];
      if (raw === undefined) throw new Error(`${flag} needs a value`);
      return raw;
    };
    const positive = (): number => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer`);
      return n;
    };
    switch (flag) {
      case '--no-build':
        options.build = false;
        break;
      case '--duration':
        options.duration = positive();
        break;
      case '--warmup':
        options.warmup = Number(value());
        if (!Number.isInteger(options.warmup) || options.warmup < 0) throw new Error('--warmup needs a non-negative integer');
        break;
      case '--connections':
        options.connections = positive();
        break;
      case '--only': {
        const names = value().toUpperCase().split(',').filter(Boolean);
        for (const name of names) if (!QUERY_NAMES.includes(name as QueryName)) throw new Error(`unknown query ${name}`);
        options.only = QUERY_NAMES.filter((q) => names.includes(q));
        break;
      }
      case '--explain':
        options.explain = true;
        break;
      case '--matchmaking':
        options.matchmaking = true;
        break;
      case '--export':
        options.openData = true;
        break;
      case '--import':
        options.pledgeImport = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${flag}\n\n${USAGE}`);
    }
  }
  if (options.matchmaking && (options.explain || options.only !== QUERY_NAMES)) throw new Error(`--matchmaking runs alone, without --explain or --only\n\n${USAGE}`);
  if (options.openData && (options.matchmaking || options.explain || options.only !== QUERY_NAMES)) throw new Error(`--export runs alone, without --matchmaking, --explain or --only\n\n${USAGE}`);
  if (options.pledgeImport && (options.openData || options.matchmaking || options.explain || options.only !== QUERY_NAMES)) {
    throw new Error(`--import runs alone, without --export, --matchmaking, --explain or --only\n\n${USAGE}`);
  }
  return options;
}

// ---------------------------------------------------------------- clean-up

const cleanups: { name: string; run: () => Promise<void> }[] = [];
let cleaning: Promise<void> | undefined;
let aborted = false;
let cannon: autocannon.Instance | undefined;

/** Runs the registered clean-ups once, newest first. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const { name, run } of cleanups.reverse()) {
      try {
        await run();
      } catch (error) {
        console.error(`could not stop ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return cleaning;
}

/** Set when a child process the run depends on exits by itself. */
let unexpectedExit: string | undefined;

function checkAborted(): void {
  if (aborted) throw new Error('interrupted');
  if (unexpectedExit) throw new Error(unexpectedExit);
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    if (aborted) return;
    aborted = true;
    console.error(`\n${signal}: stopping`);
    cannon?.stop();
    void cleanup().finally(() => process.exit(code));
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the child has exited. */
async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!stopped) {
    console.error(`pid ${child.pid} did not stop within ${graceMs / 1000} s: killing it`);
    child.kill('SIGKILL');
    await exited;
  }
}

// ---------------------------------------------------------------- steps

function run(command: string, args: readonly string[]): Promise<void> {
  checkAborted();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))));
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Dataset {
  url: string;
  pledges: number;
  published: number;
  members: number;
  postgres: string;
  /** How the database was prepared, for the report. */
  prepared: string;
}

/** Starts the benchmark's PostgreSQL, loads the data set into it unless already there. */
interface Marker {
  loadedAt?: string;
  loadMs?: number;
  /** When the loaded database was vacuumed and analyzed. */
  settled?: string;
}

function readMarker(file: string): Marker {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Marker;
  } catch {
    return {};
  }
}

async function prepareDatabase(dataDir: string, port: number): Promise<Dataset> {
  const markerFile = path.join(dataDir, 'bench-data.json');
  await import('reflect-metadata');
  const { startEmbeddedPostgres } = await import('../server/src/db/embedded.js');
  const { loadConfig } = await import('../server/src/config.js');
  const { openDatabase } = await import('../server/src/db/database.js');
  const { ENTITIES } = await import('../server/src/entities.js');
  const { loadReferenceData } = await import('../server/src/reference/reference-data.js');
  const { loadDemoData, BENCH_SCALE } = await import('../server/src/demo/load-demo-data.js');

  checkAborted();
  let started = performance.now();
  const embedded = await startEmbeddedPostgres({ dataDir, port, database: 'p2c' });
  cleanups.push({
    name: 'PostgreSQL',
    run: async () => {
      const stopped = await Promise.race([embedded.stop().then(() => true), sleep(20_000).then(() => false)]);
      const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
      if (!stopped && pid > 0 && isRunning(pid)) {
        console.error('PostgreSQL did not stop in time: killing it');
        process.kill(pid, 'SIGKILL');
      }
    },
  });
  log(`PostgreSQL on port ${port}, data in ${path.relative(ROOT, dataDir) || dataDir} (${seconds(performance.now() - started)})`);

  checkAborted();
  // Loading 100,000 pledges runs statements longer than a request's limit.
  const db = await openDatabase(loadConfig({ ...process.env, DATABASE_URL: embedded.url, STATEMENT_TIMEOUT_MS: '0' }), ENTITIES);
  let prepared: string;
  try {
    await loadReferenceData(db.orm.em.fork());
    const connection = db.orm.em.getConnection();
    const [{ n }] = (await connection.execute('select count(*)::int as n from pledge')) as [{ n: number }];
    if (n === 0) {
      rmSync(markerFile, { force: true });
      log(`loading ${BENCH_SCALE.pledges.toLocaleString('en-US')} pledges by ${BENCH_SCALE.members.toLocaleString('en-US')} members...`);
      started = performance.now();
      const summary = await loadDemoData(db.orm.em.fork(), { ...BENCH_SCALE, onStep: (step, ms) => console.log(`    ${step}: ${ms} ms`) });
      const ms = performance.now() - started;
      prepared = `loaded by this run in ${seconds(ms)}`;
      log(`loaded ${summary.pledges} pledges, ${summary.members} members, ${summary.people} people in ${seconds(ms)}`);
      writeFileSync(markerFile, JSON.stringify({ loadedAt: new Date().toISOString(), loadMs: Math.round(ms) }, null, 2));
    } else if (n !== BENCH_SCALE.pledges) {
      throw new Error(`the benchmark database in ${dataDir} holds ${n} pledges, not ${BENCH_SCALE.pledges}: delete the folder and run again`);
    } else {
      const marker = readMarker(markerFile);
      prepared = marker.loadedAt ? `reused (loaded ${marker.loadedAt.slice(0, 10)} in ${seconds(marker.loadMs ?? NaN)})` : 'reused';
      log(`reusing the database (${n.toLocaleString('en-US')} pledges already loaded${marker.loadMs ? ` in ${seconds(marker.loadMs)} on ${marker.loadedAt}` : ''})`);
    }
  } finally {
    await db.close();
  }

  // The loader writes the search documents with one UPDATE after the INSERTs,
  // which leaves every pledge row twice in the table, and analyzes only the
  // tables it writes. Pledges entered one by one would not leave the table
  // half dead, and autovacuum would eventually set the visibility map and the
  // reference tables' statistics: do it now, once, so that every run measures
  // the same, settled database.
  if (!readMarker(markerFile).settled) {
    checkAborted();
    started = performance.now();
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    try {
      await client.query('vacuum (full, analyze) pledge');
      await client.query('vacuum (analyze)');
    } finally {
      await client.end();
    }
    writeFileSync(markerFile, JSON.stringify({ ...readMarker(markerFile), settled: new Date().toISOString() }, null, 2));
    log(`VACUUM (FULL, ANALYZE) pledge, then VACUUM (ANALYZE) of the database, in ${seconds(performance.now() - started)}`);
  }

  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pledges: number; published: number; members: number; version: string }>(
      `select (select count(*)::int from pledge) as pledges,
              (select count(*)::int from pledge where status = 'PUBLISHED' and archived_at is null) as published,
              (select count(*)::int from member) as members,
              current_setting('server_version') as version`,
    );
    const r = rows[0]!;
    return { url: embedded.url, pledges: r.pledges, published: r.published, members: r.members, postgres: r.version, prepared };
  } finally {
    await client.end();
  }
}

function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

type ApiLabel = 'API' | 'API cold';

interface ApiProcess {
  label: ApiLabel;
  url: string;
  pid: number;
  /** Whether its query-result cache is on (QUERY_CACHE_ENTRIES unset, as in production). */
  cached: boolean;
}

/**
 * The API as in production, as a child process, on the benchmark database, with `env` added to its
 * environment and its output in `logFile`; resolves when /readyz answers.
 */
async function startApi(label: ApiLabel, databaseUrl: string, logFile: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const main = path.join(ROOT, 'build/server/src/main.js');
  if (!existsSync(main)) throw new Error(`${path.relative(ROOT, main)} is missing: run without --no-build`);
  checkAborted();
  const port = await freePort();
  const out = openSync(logFile, 'w');
  const started = performance.now();
  const inherited = { ...process.env };
  // Whatever the shell says, the production API runs with its default cache: only `env` may set it.
  delete inherited.QUERY_CACHE_ENTRIES;
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    // One load generator is one client: the per-client rate limits would measure the 429s instead.
    env: { ...inherited, NODE_ENV: 'production', LOG_LEVEL: 'warn', DEMO_DATA: 'false', DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', RATE_LIMIT_ANONYMOUS: '0', RATE_LIMIT_AUTHENTICATED: '0', ...env },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  let stopping = false;
  cleanups.push({
    name: `the ${label}`,
    run: () => {
      stopping = true;
      return stopChild(child);
    },
  });
  child.once('exit', (code, signal) => {
    if (stopping) return;
    unexpectedExit ??= `the ${label} (pid ${child.pid}) exited during the run (${signal ? `signal ${signal}` : `exit code ${code}`}); ${logFile}:\n${tail(logFile)}`;
    cannon?.stop();
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    checkAborted();
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the ${label} exited (${child.signalCode ?? `exit ${child.exitCode}`}) before it was ready; ${logFile}:\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 120_000) throw new Error(`the ${label} was not ready within 120 s; ${logFile}:\n${tail(logFile)}`);
    await sleep(200);
  }
  const settings = ['NODE_ENV=production', ...Object.entries(env).map(([k, v]) => `${k}=${v}`)].join(', ');
  log(`${label} (node ${path.relative(ROOT, main)}, ${settings}, pid ${child.pid}) ready at ${url} in ${seconds(performance.now() - started)}; its log: ${path.relative(ROOT, logFile)}`);
  return { label, url, pid: child.pid!, cached: env.QUERY_CACHE_ENTRIES !== '0' };
}

/** The baseline (baseline.ts) as a child process; resolves with its URL. */
async function startBaseline(databaseUrl: string): Promise<{ url: string; pid: number }> {
  checkAborted();
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', path.join(ROOT, 'bench/baseline.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let stopping = false;
  cleanups.push({
    name: 'the baseline',
    run: () => {
      stopping = true;
      return stopChild(child, 5_000);
    },
  });
  child.once('exit', (code, signal) => {
    if (stopping) return;
    unexpectedExit ??= `the baseline (pid ${child.pid}) exited during the run (${signal ? `signal ${signal}` : `exit code ${code}`})`;
    cannon?.stop();
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port?: number }) => (message.port ? resolve(message.port) : reject(new Error('the baseline sent no port'))));
    child.once('exit', (code, signal) => reject(new Error(`the baseline exited (${signal ?? `exit ${code}`}) before it was ready`)));
  });
  const url = `http://127.0.0.1:${port}`;
  log(`baseline (bare node:http + pg, one SQL statement per request, pid ${child.pid}) at ${url}`);
  return { url, pid: child.pid! };
}

// ---------------------------------------------------------------- requests

interface GraphQLAnswer<T> {
  data: T;
  /** SQL statements the request executed (`x-sql-statements`). */
  sql: number;
  /** Statement results it took from the query cache instead (`x-sql-cache-hits`; 0 when the header is absent). */
  cacheHits: number;
  /** Whether the answer carried an `x-sql-cache-hits` header at all. */
  cacheHeader: boolean;
}

/** One GraphQL request; throws on any error in the answer. */
async function graphql<T>(api: string, name: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer<T>> {
  const response = await fetch(`${api}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  let body: { data?: T; errors?: unknown[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`${name}: the API answered HTTP ${response.status} with no JSON: ${text.slice(0, 500)}`);
  }
  if (!response.ok || body.errors?.length || !body.data) {
    throw new Error(`${name}: the API answered HTTP ${response.status} with errors: ${JSON.stringify(body.errors ?? body, null, 2)}`);
  }
  const sqlHeader = response.headers.get('x-sql-statements');
  const sql = Number(sqlHeader);
  if (sqlHeader === null || !Number.isInteger(sql) || sql < 0) throw new Error(`${name}: no valid x-sql-statements header in the API's answer (${sqlHeader})`);
  const hitsHeader = response.headers.get('x-sql-cache-hits');
  const cacheHits = hitsHeader === null ? 0 : Number(hitsHeader);
  if (!Number.isInteger(cacheHits) || cacheHits < 0) throw new Error(`${name}: invalid x-sql-cache-hits header in the API's answer (${hitsHeader})`);
  if (sql + cacheHits < 1) throw new Error(`${name}: the API reports no SQL statement, executed or cached`);
  return { data: body.data, sql, cacheHits, cacheHeader: hitsHeader !== null };
}

async function baselineGet<T>(url: string, name: string): Promise<T> {
  const response = await fetch(url);
  const text = await response.text();
  if (!response.ok) throw new Error(`${name}: the baseline answered HTTP ${response.status}: ${text.slice(0, 500)}`);
  return (JSON.parse(text) as { data: T }).data;
}

interface PledgeNode {
  id: string;
  reference: number | null;
  title: string;
  usdValue: string | null;
  leadMember: { id: string; name: string };
  partners: { id: string; name: string }[];
  focusAreas: { code: string; name: string }[];
  countries: { code: string; name: string }[];
}
type PledgePage = { pledges: { nodes: PledgeNode[] } };
type Groups = { pledgeGroups: { totalCount: number; groups: { key: { region: { code: string }; focusArea: { code: string } }; count: number; sumUsd: string }[] } };

/** A node with its lists in a fixed order: the API does not promise an order within them. */
function normalise(node: PledgeNode): PledgeNode {
  const by = <T>(key: (t: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b));
  return {
    ...node,
    partners: [...node.partners].sort(by((m) => m.id)),
    focusAreas: [...node.focusAreas].sort(by((f) => f.code)),
    countries: [...node.countries].sort(by((c) => c.code)),
  };
}

function samePages(name: string, api: PledgeNode[], baseline: PledgeNode[], expected?: number): void {
  if (expected !== undefined && api.length !== expected) throw new Error(`${name}: the API returned ${api.length} nodes, not ${expected}`);
  if (api.length !== baseline.length) throw new Error(`${name}: the API returned ${api.length} nodes, the baseline ${baseline.length}`);
  api.forEach((node, i) => {
    const a = JSON.stringify(normalise(node));
    const b = JSON.stringify(normalise(baseline[i]!));
    if (a !== b) throw new Error(`${name}: node ${i} differs\n  API:      ${a}\n  baseline: ${b}`);
  });
}

// ---------------------------------------------------------------- measurement

type TargetLabel = ApiLabel | 'baseline';

interface Target {
  label: TargetLabel;
  request: autocannon.Options;
  /** The SQL/req cell. */
  sql: string;
}

interface Prepared {
  name: QueryName;
  description: string;
  /** One per API process, in the order given to prepareQueries. */
  apis: Target[];
  baseline: Target;
  /** The baseline's statement, for --explain. */
  statement: Statement;
}

interface Row {
  query: string;
  target: TargetLabel;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  sql: string;
  /** CPU time per request of the target's node process, and of PostgreSQL, in ms. */
  nodeCpu: number;
  postgresCpu: number;
  requests: number;
  errors: number;
  non2xx: number;
}

const fromGlobalId = (id: string) => Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);

/**
 * Checks each query on every API process and on the baseline (the same data), and returns the requests
 * to measure. Each API is asked twice: both answers are checked, and the second one's headers give the
 * SQL/req cell: for a cached API, what a repeated request costs once the first has filled the cache; an
 * API without cache must report no cache hit at all.
 */
async function prepareQueries(
  apis: readonly Pick<ApiProcess, 'label' | 'url' | 'cached'>[],
  baseline: string,
  only: readonly QueryName[],
): Promise<{ queries: Prepared[]; notes: string[]; cacheSeen: boolean }> {
  if (apis.length === 0) throw new Error('no API to check');
  const notes: string[] = [];
  let cacheSeen = false;
  const post = (api: string, query: string, variables: Record<string, unknown> = {}): autocannon.Options => ({
    url: `${api}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const get = (p: string): autocannon.Options => ({ url: `${baseline}${p}`, method: 'GET' });
  const queries: Prepared[] = [];
  const first = apis[0]!;

  /** Asks every API twice, checks each answer with `check`, returns the targets and a summary for the log. */
  async function checkApis<T>(
    name: QueryName,
    query: string,
    variables: Record<string, unknown>,
    check: (label: string, data: T) => void,
  ): Promise<{ targets: Target[]; summary: string; data: T }> {
    const targets: Target[] = [];
    const parts: string[] = [];
    let data: T | undefined;
    for (const api of apis) {
      const once = await graphql<T>(api.url, `${name} (${api.label})`, query, variables);
      check(`${name} (${api.label}, 1st request)`, once.data);
      const again = await graphql<T>(api.url, `${name} (${api.label}, 2nd request)`, query, variables);
      check(`${name} (${api.label}, 2nd request)`, again.data);
      if (!api.cached && (once.cacheHits > 0 || again.cacheHits > 0)) {
        throw new Error(`${name}: the ${api.label} answered from its cache (x-sql-cache-hits ${once.cacheHits}, then ${again.cacheHits}) although started with QUERY_CACHE_ENTRIES=0`);
      }
      if (api.cached && (once.cacheHeader || again.cacheHeader)) cacheSeen = true;
      data ??= once.data;
      targets.push({ label: api.label, request: post(api.url, query, variables), sql: sqlCell(again) });
      parts.push(api.cached ? `${api.label}: ${sqlCell(once)} the first time, then ${sqlCell(again)}` : `${api.label}: ${sqlCell(again)}`);
    }
    return { targets, summary: `SQL statements per request: ${parts.join('; ')}`, data: data! };
  }

  if (only.includes('Q1')) {
    const base = await baselineGet<PledgePage>(`${baseline}/q1`, 'Q1');
    const { targets, summary } = await checkApis<PledgePage>('Q1', GRAPHQL.Q1, {}, (label, data) => samePages(label, data.pledges.nodes, base.pledges.nodes, 50));
    queries.push({
      name: 'Q1',
      description: 'first page of 50 pledges with lead member, partners, focus areas and countries',
      apis: targets,
      baseline: { label: 'baseline', request: get('/q1'), sql: '1' },
      statement: { sql: BASELINE_SQL.Q1, bindings: [] },
    });
    log(`Q1 checked: 50 nodes, the same as the baseline's (${summary})`);
  }

  if (only.includes('Q2')) {
    const search = process.env.BENCH_SEARCH ?? 'digital';
    const { data: regions } = await graphql<{ regions: { id: string; code: string }[] }>(first.url, 'regions', GRAPHQL.REGIONS);
    const africa = regions.regions.find((r) => r.code === 'AFRICA');
    if (!africa) throw new Error('no ITU-D region AFRICA');
    const variables = { region: africa.id, search };
    const { data: counts } = await graphql<{ filtered: { totalCount: number }; searched: { totalCount: number }; all: { totalCount: number } }>(
      first.url,
      'Q2 count',
      GRAPHQL.Q2_COUNT,
      variables,
    );
    if (counts.filtered.totalCount < 50) throw new Error(`Q2 matches only ${counts.filtered.totalCount} pledges: pick another BENCH_SEARCH`);
    const tsquery = search.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((t) => `${t}:*`).join(' & ');
    const baselinePath = `/q2?region=${fromGlobalId(africa.id)}&tsquery=${encodeURIComponent(tsquery)}`;
    const base = await baselineGet<PledgePage>(`${baseline}${baselinePath}`, 'Q2');
    const { targets, summary, data } = await checkApis<PledgePage>('Q2', GRAPHQL.Q2, variables, (label, page) =>
      samePages(label, page.pledges.nodes, base.pledges.nodes, Math.min(50, counts.filtered.totalCount)),
    );
    const note =
      `Q2 searches "${search}" (matches ${counts.searched.totalCount.toLocaleString('en-US')} of ${counts.all.totalCount.toLocaleString('en-US')} published pledges), ` +
      `in ITU-D region AFRICA, targeting an LDC, naming women and girls: ${counts.filtered.totalCount.toLocaleString('en-US')} pledges match, ordered by relevance.`;
    notes.push(note);
    queries.push({
      name: 'Q2',
      description: 'Q1 filtered by region, LDC targeting and beneficiary group, with a search term',
      apis: targets,
      baseline: { label: 'baseline', request: get(baselinePath), sql: '1' },
      statement: { sql: BASELINE_SQL.Q2, bindings: [fromGlobalId(africa.id), tsquery] },
    });
    log(`Q2 checked: ${data.pledges.nodes.length} nodes, the same as the baseline's (${summary}). ${note}`);
  }

  if (only.includes('Q3')) {
    const base = await baselineGet<Groups>(`${baseline}/q3`, 'Q3');
    const b = JSON.stringify(base.pledgeGroups);
    const { targets, summary, data } = await checkApis<Groups>('Q3', GRAPHQL.Q3, {}, (label, groups) => {
      const a = JSON.stringify(groups.pledgeGroups);
      if (a !== b) throw new Error(`${label}: the API and the baseline differ\n  API:      ${a}\n  baseline: ${b}`);
      if (groups.pledgeGroups.groups.length === 0) throw new Error(`${label}: no groups`);
    });
    queries.push({
      name: 'Q3',
      description: 'pledgeGroups by implementation region x focus area over all pledges',
      apis: targets,
      baseline: { label: 'baseline', request: get('/q3'), sql: '1' },
      statement: { sql: BASELINE_SQL.Q3, bindings: [] },
    });
    log(`Q3 checked: ${data.pledgeGroups.groups.length} groups over ${data.pledgeGroups.totalCount} pledges, the same as the baseline's (${summary})`);
  }

  if (only.includes('Q4')) {
    // The cursor is reached once, on the first API; both APIs read the same data, so it is valid on both.
    const started = performance.now();
    let after: string | null = null;
    let last: number | null = null;
    const walk = { sql: 0, cacheHits: 0 };
    for (let i = 0; i < 100; i++) {
      const page: GraphQLAnswer<{ pledges: { nodes: { reference: number }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }> = await graphql(
        first.url,
        'Q4 walk',
        GRAPHQL.WALK,
        { after },
      );
      walk.sql += page.sql;
      walk.cacheHits += page.cacheHits;
      const { nodes, pageInfo } = page.data.pledges;
      if (nodes.length !== 100 || !pageInfo.hasNextPage || !pageInfo.endCursor) {
        throw new Error(`Q4: page ${i + 1} of the walk has ${nodes.length} nodes (hasNextPage ${pageInfo.hasNextPage})`);
      }
      after = pageInfo.endCursor;
      last = nodes.at(-1)!.reference;
    }
    const walkMs = performance.now() - started;
    const base = await baselineGet<PledgePage>(`${baseline}/q4?after=${last}`, 'Q4');
    const { targets, summary } = await checkApis<PledgePage>('Q4', GRAPHQL.Q4, { after }, (label, data) => samePages(label, data.pledges.nodes, base.pledges.nodes, 50));
    const note = `Q4 starts after row 10,000 (reference ${last}), reached by walking 100 pages of 100 by cursor in ${seconds(walkMs)} (${sqlCell(walk)} SQL statements).`;
    notes.push(note);
    queries.push({
      name: 'Q4',
      description: 'a page of 50, 10,000 rows deep, by cursor',
      apis: targets,
      baseline: { label: 'baseline', request: get(`/q4?after=${last}`), sql: '1' },
      statement: { sql: BASELINE_SQL.Q4, bindings: [last] },
    });
    log(`Q4 checked: 50 nodes, the same as the baseline's (${summary}). ${note}`);
  }
  return { queries, notes, cacheSeen };
}

function fire(options: autocannon.Options): Promise<autocannon.Result> {
  checkAborted();
  return new Promise((resolve, reject) => {
    cannon = autocannon({ timeout: 30, ...options }, (error, result) => {
      cannon = undefined;
      if (error) reject(error);
      else resolve(result);
    });
  });
}

/**
 * Waits until PostgreSQL runs no statement for the benchmark database: the
 * requests a run leaves in flight when it stops still run to their end, and
 * must not slow the next run down.
 */
async function drain(monitor: pg.Client, timeoutMs = 300_000): Promise<void> {
  const started = performance.now();
  let quiet = 0;
  let warned = false;
  while (quiet < 2) {
    checkAborted();
    const { rows } = await monitor.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and backend_type = 'client backend' and state <> 'idle' and pid <> pg_backend_pid()`,
    );
    quiet = rows[0]!.n === 0 ? quiet + 1 : 0;
    if (!warned && performance.now() - started > 5_000) {
      warned = true;
      console.log(`    (waiting for ${rows[0]!.n} statements left running by the previous run)`);
    }
    if (performance.now() - started > timeoutMs) throw new Error(`statements still running after ${timeoutMs / 1000} s`);
    await sleep(quiet ? 200 : 100);
  }
}

// ---------------------------------------------------------------- CPU time

/** Linux's USER_HZ: /proc reports CPU times in 1/100 s. */
const TICK_MS = 10;

/** Fields of /proc/<pid>/stat after the command name, which may hold spaces. */
function statFields(pid: number | string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) of a process, in ms; with `reaped`, also that of its children that have exited. */
function processCpuMs(pid: number | string, reaped = false): number | undefined {
  const f = statFields(pid);
  if (!f) return undefined;
  // After the name: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14).
  const ticks = Number(f[11]) + Number(f[12]) + (reaped ? Number(f[13]) + Number(f[14]) : 0);
  return ticks * TICK_MS;
}

/** The live children of a process: pid → CPU ms, and whether any has exited without being reaped yet. */
function childrenCpuMs(parent: number): { cpu: Map<string, number>; zombies: boolean } {
  const cpu = new Map<string, number>();
  let zombies = false;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const f = statFields(entry);
    if (!f || Number(f[1]) !== parent) continue;
    if (f[0] === 'Z') zombies = true;
    cpu.set(entry, (Number(f[11]) + Number(f[12])) * TICK_MS);
  }
  return { cpu, zombies };
}

/**
 * CPU time of PostgreSQL: the postmaster with the children it has reaped, and
 * its live children (backends, parallel workers). A child reaped while the
 * sample is taken would be counted in neither: the children are listed
 * before and after reading the postmaster, and the sample taken again until
 * both lists agree.
 */
async function postgresCpuMs(postmaster: number): Promise<number | undefined> {
  for (let attempt = 0; ; attempt++) {
    const before = childrenCpuMs(postmaster);
    const own = processCpuMs(postmaster, true);
    if (own === undefined) return undefined;
    const after = childrenCpuMs(postmaster);
    const stable = !before.zombies && !after.zombies && before.cpu.size === after.cpu.size && [...before.cpu.keys()].every((pid) => after.cpu.has(pid));
    if (stable || attempt >= 50) return own + [...after.cpu.values()].reduce((a, b) => a + b, 0);
    await sleep(20);
  }
}

interface CpuSample {
  node?: number;
  postgres?: number;
}

const cpuSample = async (pids: { node: number; postgres: number }): Promise<CpuSample> => ({ node: processCpuMs(pids.node), postgres: await postgresCpuMs(pids.postgres) });

const perRequest = (before: number | undefined, after: number | undefined, requests: number) =>
  before === undefined || after === undefined || requests === 0 ? NaN : (after - before) / requests;

async function measure(
  query: string,
  target: Target,
  connections: number,
  options: Options,
  monitor: pg.Client,
  pids: Record<TargetLabel, number> & { postgres: number },
): Promise<Row> {
  await drain(monitor);
  if (options.warmup > 0) {
    await fire({ ...target.request, connections, duration: options.warmup });
    await drain(monitor);
  }
  const processes = { node: pids[target.label], postgres: pids.postgres };
  const before = await cpuSample(processes);
  const r = await fire({ ...target.request, connections, duration: options.duration });
  // The requests in flight when autocannon stops still run to their end on the server: CPU time is
  // taken once they are done, and shared among all the requests sent, not only those answered in time.
  await drain(monitor);
  const after = await cpuSample(processes);
  checkAborted();
  const sampled = r.latency.totalCount > 0;
  return {
    query,
    target: target.label,
    connections,
    rps: r.requests.average,
    p50: sampled ? r.latency.p50 : NaN,
    p99: sampled ? r.latency.p99 : NaN,
    mean: sampled ? r.latency.average : NaN,
    sql: target.sql,
    nodeCpu: perRequest(before.node, after.node, r.requests.sent),
    postgresCpu: perRequest(before.postgres, after.postgres, r.requests.sent),
    requests: r.requests.total,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  };
}

// ---------------------------------------------------------------- report

const COLUMNS = ['query', 'target', 'conn', 'req/s', 'p50 ms', 'p99 ms', 'mean ms', 'SQL/req', 'node CPU ms/req', 'PG CPU ms/req', 'requests', 'errors / non-2xx'] as const;

function cells(row: Row): string[] {
  return [
    row.query,
    row.target,
    String(row.connections),
    figure(row.rps),
    figure(row.p50),
    figure(row.p99),
    figure(row.mean, 1),
    row.sql,
    figure(row.nodeCpu, 1),
    figure(row.postgresCpu, 1),
    String(row.requests),
    `${row.errors} / ${row.non2xx}`,
  ];
}

/** Column widths for the rows printed one by one as they are measured, so that they line up. */
const STREAM_WIDTHS: Partial<Record<(typeof COLUMNS)[number], number>> = { target: 'API cold'.length, 'SQL/req': '1 (+4 cached)'.length, requests: 8 };

/**
 * The targets, judged on the production API (cache on); each figure also shows the cold API's (QUERY_CACHE_ENTRIES=0)
 * next to it.
 */
function verdicts(rows: readonly Row[], connections: number): Verdict[] {
  const find = (query: string, target: TargetLabel, conn = connections) => rows.find((r) => r.query === query && r.target === target && r.connections === conn);
  const ms = (n: number | undefined) => (Number.isFinite(n) ? `${figure(n!)} ms` : '—');
  const cost = (r: Row | undefined) => (r ? r.nodeCpu + r.postgresCpu : NaN);
  const out: Verdict[] = [];
  const q1 = find('Q1', 'API');
  const q1Cold = find('Q1', 'API cold');
  const q1Base = find('Q1', 'baseline');
  if (q1 && q1Base) {
    const ratio = q1.rps / q1Base.rps;
    const coldRatio = q1Cold ? q1Cold.rps / q1Base.rps : NaN;
    out.push({
      target: 'Q1 throughput ≥ 50% of the baseline',
      figure:
        `${figure(ratio * 100)}% (cold: ${figure(coldRatio * 100)}%); ` +
        `req/s ${figure(q1.rps)} (cold: ${figure(q1Cold?.rps ?? NaN)}) vs ${figure(q1Base.rps)}; ` +
        `CPU ${figure(cost(q1), 1)} (cold: ${figure(cost(q1Cold), 1)}) vs ${figure(cost(q1Base), 1)} ms/req`,
      pass: ratio >= 0.5,
    });
  }
  for (const name of ['Q1', 'Q2']) {
    const row = find(name, 'API');
    if (row) out.push({ target: `${name} p99 < 50 ms at ${connections} connections`, figure: `${ms(row.p99)} (cold: ${ms(find(name, 'API cold')?.p99)})`, pass: row.p99 < 50 });
  }
  const q3 = find('Q3', 'API');
  const q3Cold = find('Q3', 'API cold');
  if (q3) {
    out.push({ target: `Q3 p50 < 100 ms at ${connections} connections`, figure: `${ms(q3.p50)} (cold: ${ms(q3Cold?.p50)})`, pass: q3.p50 < 100 });
    out.push({ target: `Q3 p99 < 100 ms at ${connections} connections`, figure: `${ms(q3.p99)} (cold: ${ms(q3Cold?.p99)})`, pass: q3.p99 < 100 });
  }
  const q3Single = find('Q3', 'API', 1);
  const q3SingleCold = find('Q3', 'API cold', 1);
  if (q3Single && connections !== 1) {
    out.push({
      target: 'Q3 p99 < 100 ms at 1 connection (no queueing)',
      figure: `${ms(q3Single.p99)} (cold: ${ms(q3SingleCold?.p99)}); p50 ${ms(q3Single.p50)} (cold: ${ms(q3SingleCold?.p50)})`,
      pass: q3Single.p99 < 100,
    });
  }
  const q4 = find('Q4', 'API');
  const q4Cold = find('Q4', 'API cold');
  if (q4 && q1) {
    // What a keyset cursor promises is that a deep page costs what the first one does: compared in CPU time per
    // request (API and PostgreSQL), which other processes on the machine do not skew as they skew req/s.
    const ratio = cost(q4) / cost(q1);
    const coldRatio = cost(q4Cold) / cost(q1Cold);
    const pair = (a: Row | undefined, b: Row | undefined, f: (r: Row) => number, digits = 0) => `${figure(a ? f(a) : NaN, digits)} vs ${figure(b ? f(b) : NaN, digits)}`;
    out.push({
      target: 'Q4 as fast as Q1 (CPU per request ≤ 1.1 × Q1)',
      figure:
        `${ratio.toFixed(2)} (cold: ${figure(coldRatio, 2)}); ` +
        `CPU ${pair(q4, q1, cost, 1)} ms (cold: ${pair(q4Cold, q1Cold, cost, 1)}); ` +
        `req/s ${pair(q4, q1, (r) => r.rps)} (cold: ${pair(q4Cold, q1Cold, (r) => r.rps)}); ` +
        `p50 ${pair(q4, q1, (r) => r.p50)} ms (cold: ${pair(q4Cold, q1Cold, (r) => r.p50)})`,
      pass: ratio <= 1.1,
    });
  }
  return out;
}

/** What the two API targets measure, for the console and results.md. */
const API_TARGETS_NOTE =
  'Two API targets: "API" runs as in production, with its query-result cache on. It answers repeated identical reads ' +
  '(list pages, counts, aggregates) from a cache shared by the requests of one process and invalidated on every committed ' +
  'change (PostgreSQL LISTEN/NOTIFY), so a query repeated by the benchmark measures the GraphQL layer plus the cache; ' +
  'its SQL/req reads like "0 (+1 cached)": statements executed, and (+n cached) statement results taken from the cache. ' +
  '"API cold" is the same build with QUERY_CACHE_ENTRIES=0: it runs every statement, which is what a query seen for the ' +
  'first time since the last data change costs. The targets are judged on "API"; the cold figure is shown next to each.';

function cpuModel(): string {
  const model = os.cpus()[0]?.model?.trim();
  return model ? ` (${model})` : '';
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const dataDir = path.resolve(ROOT, process.env.BENCH_DATA_DIR ?? '.data-bench');
  const pgPort = Number(process.env.BENCH_PG_PORT ?? 54339);
  const loadAtStart = os.loadavg()[0]!;
  const began = performance.now();
  if (loadAtStart > os.availableParallelism() / 2) {
    console.warn(`» warning: load average ${loadAtStart.toFixed(2)} on ${os.availableParallelism()} CPUs: other processes compete for the CPU and will lower the figures`);
  }

  if (options.build) {
    log('npm run build:server');
    await run('npm', ['run', 'build:server']);
  }
  const dataset = await prepareDatabase(dataDir, pgPort);

  if (options.explain) {
    checkAborted();
    const api = await startInProcessApi(dataset.url);
    cleanups.push({ name: 'the API', run: () => api.close() });
    log(`API in this process (from the sources) at ${api.url}, its SQL captured`);
    const baseline = await startBaseline(dataset.url);
    // The in-process API runs with its query cache off (see startInProcessApi): every statement is captured.
    const { queries } = await prepareQueries([{ label: 'API cold', url: api.url, cached: false }], baseline.url, options.only);
    await explainQueries(
      api,
      dataset.url,
      queries.map((q) => ({ name: q.name, body: q.apis[0]!.request.body!, baseline: q.statement })),
    );
    return;
  }

  const api = await startApi('API', dataset.url, path.join(dataDir, 'server.log'));
  if (options.pledgeImport) {
    await pledgeImport(api, dataset.url);
    log(`--import given: bench/results.md left as it was; done in ${seconds(performance.now() - began)}`);
    return;
  }
  if (options.openData) {
    await openData(api, dataset);
    log(`--export given: bench/results.md left as it was; done in ${seconds(performance.now() - began)}`);
    return;
  }
  if (options.matchmaking) {
    await matchmaking(api, dataset.url, options);
    log(`--matchmaking given: bench/results.md left as it was; done in ${seconds(performance.now() - began)}`);
    return;
  }
  const apiCold = await startApi('API cold', dataset.url, path.join(dataDir, 'server-cold.log'), { QUERY_CACHE_ENTRIES: '0' });
  const baseline = await startBaseline(dataset.url);
  const { queries, notes, cacheSeen } = await prepareQueries([api, apiCold], baseline.url, options.only);
  if (!cacheSeen) {
    notes.push('The API sent no x-sql-cache-hits header: this build has no query-result cache, so "API" and "API cold" measure the same thing.');
    console.warn(`» warning: ${notes.at(-1)}`);
  }
  const postmaster = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const pids = { API: api.pid, 'API cold': apiCold.pid, baseline: baseline.pid, postgres: postmaster };

  const perQuery = queries[0] ? queries[0].apis.length + 1 : 0;
  const total = queries.length * perQuery + (queries.some((q) => q.name === 'Q3') && options.connections !== 1 ? perQuery : 0);
  log(`measuring: ${total} runs of ${options.warmup} s warm-up + ${options.duration} s, about ${Math.ceil((total * (options.warmup + options.duration)) / 60)} min`);
  const monitor = new pg.Client({ connectionString: dataset.url });
  await monitor.connect();
  cleanups.push({ name: 'the monitoring connection', run: () => monitor.end() });
  const rows: Row[] = [];
  console.log(`\n${textTable(COLUMNS, [], STREAM_WIDTHS)}`);
  const record = (row: Row) => {
    rows.push(row);
    console.log(textTable(COLUMNS, [cells(row)], STREAM_WIDTHS).split('\n')[2]);
  };
  // Q4 is judged against Q1: measured right after it, so that both meet the same process and cache state
  // (a process that has just served Q2 and Q3 for a minute has a larger heap and costlier collections).
  const measureOrder: readonly QueryName[] = ['Q1', 'Q4', 'Q2', 'Q3'];
  const ordered = [...queries].sort((a, b) => measureOrder.indexOf(a.name) - measureOrder.indexOf(b.name));
  for (const q of ordered) {
    for (const target of [...q.apis, q.baseline]) record(await measure(q.name, target, options.connections, options, monitor, pids));
    // Q3's target is a latency: also measured without queueing behind other requests.
    if (q.name === 'Q3' && options.connections !== 1) for (const target of [...q.apis, q.baseline]) record(await measure(q.name, target, 1, options, monitor, pids));
  }

  const results = verdicts(rows, options.connections);
  console.log(`\n${verdictTable(results)}`);
  console.log(`\n${wrap(API_TARGETS_NOTE)}`);
  for (const note of notes) console.log(`\n${note}`);

  const machine = `${os.cpus().length} CPUs${cpuModel()} (nproc ${os.availableParallelism()}), ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}`;
  const failures = rows.filter((r) => r.errors > 0 || r.non2xx > 0);
  if (failures.length) console.error(`\nerrors or non-2xx answers during: ${failures.map((r) => `${r.query} ${r.target}`).join(', ')}`);

  if (options.only.length !== QUERY_NAMES.length) {
    log('--only given: no matchmaking step, and bench/results.md left as it was');
  } else {
    await drain(monitor);
    const { markdown: exportSection } = await openData(api, dataset);
    await drain(monitor);
    const { markdown: matchmakingSection } = await matchmaking(api, dataset.url, options);
    const date = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
    const markdown = `# Benchmark results

Latest \`npm run bench\` run, ${date}. Regenerated by every full run; see [README.md](README.md) for what is measured and how.

- Machine: ${machine}; load average ${loadAtStart.toFixed(2)} at the start of the run, ${os.loadavg()[0]!.toFixed(2)} at its end (the run itself adds about 2).
  The load generator (autocannon, in the bench process), the two API processes, the baseline and PostgreSQL all share these CPUs (the API process not being measured sits idle).
- Node ${process.version}, PostgreSQL ${dataset.postgres}.
- Data: ${dataset.pledges.toLocaleString('en-US')} pledges (${dataset.published.toLocaleString('en-US')} published, which the anonymous queries see), ${dataset.members.toLocaleString('en-US')} members; database ${dataset.prepared}.
- Each figure: ${options.warmup} s warm-up, then ${options.duration} s at the given number of connections. Latencies in ms at autocannon's 1 ms resolution; req/s is the mean of per-second samples.
- API: \`node build/server/src/main.js\`, NODE_ENV=production, LOG_LEVEL=warn, POST /graphql; API cold: the same with QUERY_CACHE_ENTRIES=0. Baseline: bare \`node:http\` + \`pg\`, one hand-written SQL statement per request building the JSON (bench/queries.ts).
- *SQL/req*: statements a request executes, from the API's \`x-sql-statements\` header, and \`(+n cached)\` statement results it took from the query cache instead (\`x-sql-cache-hits\`), read from a second identical request after the first has filled the cache.
- *node CPU ms/req*: CPU time of the measured API's (or the baseline's) process per request; *PG CPU ms/req*: of all PostgreSQL processes. Read from /proc, 10 ms resolution; less sensitive than req/s to whatever else runs on the machine.

${API_TARGETS_NOTE}

${markdownTable(COLUMNS, rows.map(cells))}

## Targets

${verdictTable(results, true)}

## Queries

${notes.map((n) => `- ${n}`).join('\n')}

${exportSection}
${matchmakingSection}`;
    writeFileSync(path.join(ROOT, 'bench/results.md'), markdown);
    log('wrote bench/results.md');
  }
  log(`done in ${seconds(performance.now() - began)}`);
  if (failures.length) process.exitCode = 1;
}

/** The open data step (export.ts) on the production API, its figures printed. */
async function openData(api: ApiProcess, dataset: Dataset): Promise<ExportReport> {
  checkAborted();
  log('open data: the CSV of every published pledge, streamed');
  const report = await benchExport({ api: api.url, pid: api.pid, published: dataset.published, checkAborted });
  console.log(`\n${report.text}`);
  if (report.failed) {
    console.error('\nthe export did not hold every published pledge');
    process.exitCode = 1;
  }
  return report;
}

/** The CSV import step (import.ts) on the production API, its figures printed. */
async function pledgeImport(api: ApiProcess, databaseUrl: string): Promise<ImportReport> {
  checkAborted();
  log('import: 1,000 exported pledges, a dry run and a commit as SUBMITTED, then as PUBLISHED');
  const report = await benchImport({ api: api.url, databaseUrl, checkAborted, atExit: (name, run) => cleanups.push({ name, run }) });
  console.log(`\n${report.text}`);
  if (report.failed) {
    console.error('\nan import run reported errors or did not do what it was asked');
    process.exitCode = 1;
  }
  return report;
}

/** The matchmaking step (matchmaking.ts) on the production API, its figures printed. */
async function matchmaking(api: ApiProcess, databaseUrl: string, options: Options): Promise<MatchmakingReport> {
  checkAborted();
  log('matchmaking: suggestions over the published pledges, then the allocation of 1,000 needs');
  const report = await benchMatchmaking({
    api: api.url,
    databaseUrl,
    connections: options.connections,
    duration: options.duration,
    fire,
    checkAborted,
    atExit: (name, run) => cleanups.push({ name, run }),
  });
  console.log(`\n${report.text}`);
  if (report.failed) {
    console.error('\nerrors or non-2xx answers during the suggestions under load');
    process.exitCode = 1;
  }
  return report;
}

process.on('unhandledRejection', (error) => {
  console.error(error);
  aborted = true;
  void cleanup().finally(() => process.exit(1));
});

main().then(
  async () => {
    await cleanup();
    process.exit(process.exitCode ?? 0);
  },
  async (error: unknown) => {
    if (aborted) return; // the signal handler cleans up and exits
    console.error(`\nbench failed: ${error instanceof Error ? error.message : String(error)}`);
    await cleanup();
    process.exit(1);
  },
);
