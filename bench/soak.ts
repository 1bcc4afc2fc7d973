/**
 * `npm run soak`: 100 concurrent clients against the production build for 5 minutes, mixed reads
 * and writes, on an embedded PostgreSQL with the demo data. Reports errors (target 0), latency
 * percentiles and the API process's memory over time (target: flat). See README.md, "Soak test".
 *
 *   npm run soak [-- --clients 100 --duration 300 --no-build]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADMIN = { email: 'soak@example.org', password: 'soak-test-admin-password' };

interface Options {
  clients: number;
  durationS: number;
  build: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { clients: 100, durationS: 300, build: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--no-build') options.build = false;
    else if (flag === '--clients') options.clients = Number(argv[++i]);
    else if (flag === '--duration') options.durationS = Number(argv[++i]);
    else throw new Error(`unknown option ${flag}`);
  }
  if (!(options.clients > 0 && options.durationS > 0)) throw new Error('--clients and --duration must be positive');
  return options;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const run = (command: string, args: string[]) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });

/** Resident memory of a process in MB, from /proc. */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.split(/\s+/)[1] ?? 0) / 1024);
}

const percentile = (sorted: readonly number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);

interface Stats {
  ok: number;
  errors: Map<string, number>;
  latencies: number[];
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.build) await run('npm', ['run', 'build:server']);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'p2c-soak-'));
  const port = await freePort();
  let api: ChildProcess | undefined;
  const stop = async () => {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((resolve) => api!.once('exit', resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void stop().finally(() => process.exit(130)));

  try {
    // The API starts its own embedded PostgreSQL in DATA_DIR and loads the demo data, as `npm start` does.
    api = spawn(process.execPath, ['build/server/src/main.js'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(await freePort()),
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        // One load generator is one client address: the rate limits would only measure 429s.
        RATE_LIMIT_ANONYMOUS: '0',
        RATE_LIMIT_AUTHENTICATED: '0',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}`;
    const startedAt = Date.now();
    while ((await fetch(`${url}/readyz`).then((r) => r.status, () => 0)) !== 200) {
      if (Date.now() - startedAt > 180_000) throw new Error('the API did not become ready');
      await sleep(500);
    }
    const login = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation ($input: LoginInput!) { login(input: $input) { expiresAt } }', variables: { input: ADMIN } }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

    const post = async (query: string, variables: Record<string, unknown> = {}, authenticated = false) => {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(authenticated ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] };
      return { status: response.status, body };
    };
    const sample = await post('{ pledges(first: 100) { nodes { id } } members(first: 50) { nodes { id } } }');
    const pledgeIds = (sample.body.data!.pledges.nodes as { id: string }[]).map((n) => n.id);
    const memberIds = (sample.body.data!.members.nodes as { id: string }[]).map((n) => n.id);
    const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;

    /** The mix: what the public pages, the console and the curators do, in rough proportion. */
    const operations: { name: string; weight: number; run: () => Promise<{ status: number; body: { errors?: { extensions?: { code?: string } }[] } }> }[] = [
      { name: 'list pledges', weight: 30, run: () => post('{ pledges(first: 20) { totalCount nodes { id title usdValue leadMember { name } focusAreas { code } countries { code } } } }') },
      { name: 'search pledges', weight: 10, run: () => post('query ($s: String) { pledges(first: 20, search: $s) { totalCount nodes { id title } } }', { s: pick(['digital', 'rural', 'school', 'women', 'broadband']) }) },
      { name: 'group pledges', weight: 10, run: () => post('{ pledgeGroups(groupBy: [FOCUS_AREA, TYPE]) { groups { count sumUsd } } pledgeStats { count sumUsd } }') },
      { name: 'one pledge', weight: 15, run: () => post('query ($id: ID!) { pledge(id: $id) { id title description progress { reportingHealth } partners { name } } }', { id: pick(pledgeIds) }) },
      { name: 'console queue', weight: 10, run: () => post('{ pledges(first: 25, filter: { status: { eq: SUBMITTED } }) { totalCount nodes { id title possibleDuplicates { titleSimilarity } } } }', {}, true) },
      { name: 'audit trail', weight: 5, run: () => post('{ auditEntries(first: 20) { totalCount nodes { action at } } }', {}, true) },
      {
        name: 'create member',
        weight: 5,
        run: () => post('mutation ($name: String!) { createMember(input: { name: $name, sector: ACADEMIA, countryCode: "KE" }) { id } }', { name: `Soak University ${Math.random().toString(36).slice(2)}` }, true),
      },
      {
        name: 'retitle member',
        weight: 10,
        run: async () => {
          const id = pick(memberIds);
          const member = await post('query ($id: ID!) { member(id: $id) { version } }', { id }, true);
          const version = member.body.data?.member?.version as number;
          const answer = await post('mutation ($id: ID!, $v: Int, $n: String!) { updateMember(id: $id, input: { expectedVersion: $v, name: $n }) { id } }', { id, v: version, n: `Member ${Math.random().toString(36).slice(2, 8)}` }, true);
          // Two clients editing the same member at once: one CONFLICT is the expected answer, not an error.
          return answer.body.errors?.every((e) => e.extensions?.code === 'CONFLICT') ? { status: 200, body: {} } : answer;
        },
      },
      {
        name: 'report on a pledge',
        weight: 5,
        run: () => post('query ($id: ID!) { pledge(id: $id) { reports { year status } } reportingCycles { year stats { rate } } }', { id: pick(pledgeIds) }, true),
      },
    ];
    const total = operations.reduce((s, o) => s + o.weight, 0);
    const choose = () => {
      let r = Math.random() * total;
      for (const o of operations) if ((r -= o.weight) < 0) return o;
      return operations[0]!;
    };

    const stats = new Map(operations.map((o) => [o.name, { ok: 0, errors: new Map(), latencies: [] } as Stats]));
    const memory: { atS: number; rssMb: number }[] = [{ atS: 0, rssMb: rssMb(api.pid!) }];
    const deadline = Date.now() + options.durationS * 1000;
    const began = Date.now();
    console.log(`soak: ${options.clients} clients for ${options.durationS} s against ${url} (API pid ${api.pid}, RSS ${memory[0]!.rssMb} MB)`);
    const sampler = setInterval(() => {
      const atS = Math.round((Date.now() - began) / 1000);
      memory.push({ atS, rssMb: rssMb(api!.pid!) });
      const done = [...stats.values()].reduce((s, x) => s + x.ok, 0);
      const failed = [...stats.values()].reduce((s, x) => s + [...x.errors.values()].reduce((a, b) => a + b, 0), 0);
      console.log(`  ${String(atS).padStart(4)} s  ${done} ok, ${failed} errors, RSS ${memory.at(-1)!.rssMb} MB`);
    }, 15_000);

    await Promise.all(
      Array.from({ length: options.clients }, async () => {
        while (Date.now() < deadline) {
          const operation = choose();
          const stat = stats.get(operation.name)!;
          const started = performance.now();
          try {
            const answer = await operation.run();
            stat.latencies.push(performance.now() - started);
            const code = answer.status !== 200 ? `HTTP ${answer.status}` : answer.body.errors?.[0]?.extensions?.code;
            if (code) stat.errors.set(code, (stat.errors.get(code) ?? 0) + 1);
            else stat.ok += 1;
          } catch (error) {
            stat.errors.set(String((error as Error).message), (stat.errors.get(String((error as Error).message)) ?? 0) + 1);
          }
        }
      }),
    );
    clearInterval(sampler);
    memory.push({ atS: options.durationS, rssMb: rssMb(api.pid!) });

    const rows = [...stats].map(([name, s]) => {
      const sorted = [...s.latencies].sort((a, b) => a - b);
      const errors = [...s.errors.values()].reduce((a, b) => a + b, 0);
      return { name, requests: s.latencies.length, errors, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), kinds: [...s.errors].map(([k, n]) => `${k} ×${n}`).join(', ') };
    });
    const all = rows.flatMap((r) => stats.get(r.name)!.latencies).sort((a, b) => a - b);
    const errorCount = rows.reduce((s, r) => s + r.errors, 0);
    // Memory "flat": the second half's mean against the first half's (the first minute warms the heap and caches).
    const half = Math.floor(memory.length / 2);
    const mean = (xs: { rssMb: number }[]) => xs.reduce((s, x) => s + x.rssMb, 0) / Math.max(1, xs.length);
    const growth = mean(memory.slice(half)) - mean(memory.slice(1, half));
    const ms = (n: number) => n.toFixed(0);
    const table = [
      '| operation | requests | errors | p50 ms | p95 ms | p99 ms | error kinds |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows.map((r) => `| ${r.name} | ${r.requests} | ${r.errors} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.kinds} |`),
      `| **all** | ${all.length} | ${errorCount} | ${ms(percentile(all, 50))} | ${ms(percentile(all, 95))} | ${ms(percentile(all, 99))} | |`,
    ].join('\n');
    const markdown = `# Soak test results

Latest \`npm run soak\` run, ${new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}: ${options.clients} clients for ${options.durationS} s, ${(all.length / options.durationS).toFixed(0)} requests/s, on ${os.cpus().length} CPUs (load generator, API and PostgreSQL on the same machine).

${table}

- Errors: **${errorCount}** (target 0; a CONFLICT between two clients editing the same member is expected and not counted).
- API memory (RSS, MB) every 15 s: ${memory.map((m) => `${m.rssMb}`).join(' → ')}; second half against first half: ${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB (target: flat, within ±50 MB).
`;
    console.log(`\n${markdown}`);
    writeFileSync(path.join(ROOT, 'bench/soak-results.md'), markdown);
    if (errorCount > 0 || growth > 50) process.exitCode = 1;
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(`soak failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
