/**
 * The CSV import step of `npm run bench -- --import`: 1,000 published pledges of the bench database, as the
 * open data export writes them (`GET /open-data/pledges.csv`, the lowest references), their titles marked,
 * imported through the production API by an admin's API token: a dry run and a commit, as SUBMITTED (the
 * default) and as PUBLISHED. Everything it creates is deleted between runs and at its end. See bench/README.md.
 */
import os from 'node:os';
import pg from 'pg';
import { parse } from 'csv-parse/sync';
import { log, markdownTable, seconds, textTable } from './report.js';

export interface ImportBenchOptions {
  /** The production API, as a base URL. */
  api: string;
  databaseUrl: string;
  checkAborted(): void;
  /** Runs `run` when the bench exits, also on an error or Ctrl-C, while PostgreSQL still runs. */
  atExit(name: string, run: () => Promise<void>): void;
}

export interface ImportReport {
  text: string;
  markdown: string;
  /** A run reported errors or did not commit. */
  failed: boolean;
}

/** What the step creates carries these marks, by which it is deleted, at its end or by the next run after a crash. */
const MARK = { title: 'Bench import ', email: 'bench-import@bench.invalid' } as const;
const ROWS = 1000;
const MAX_TITLE = 300;

const IMPORT = `mutation BenchImport($input: ImportPledgesInput!) {
  importPledges(input: $input) { committed errorCount rowCount rows { line errors { field message } } }
}`;

interface Run {
  label: string;
  ms: number;
  sql: number;
  committed: boolean;
  errors: string[];
}

async function removeInserted(db: pg.Client, account: boolean): Promise<void> {
  const mine = `select id from pledge where title like '${MARK.title}%'`;
  await db.query('begin');
  try {
    await db.query(`delete from notification where entity_type = 'Pledge' and entity_id in (${mine})`);
    await db.query(`delete from audit_entry where entity_type = 'Pledge' and entity_id in (${mine})`);
    await db.query(`delete from pledge where id in (${mine})`);
    if (account) {
      const accountOf = 'select id from account where email = $1';
      await db.query(`delete from audit_entry where actor_id in (${accountOf})`, [MARK.email]);
      await db.query(`delete from api_token where account_id in (${accountOf})`, [MARK.email]);
      await db.query('delete from account where email = $1', [MARK.email]);
    }
    await db.query('commit');
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
}

/** An admin reached through an API token; '!' is no argon2 hash, so nobody can log in with it. */
async function apiToken(db: pg.Client): Promise<string> {
  await import('reflect-metadata');
  const { newSecret } = await import('../server/src/accounts/secrets.js');
  const { secret, hash } = newSecret('p2c_');
  const { rows } = await db.query<{ id: number }>(
    `insert into account (created_at, updated_at, email, display_name, role, password_hash) values (now(), now(), $1, 'Import benchmark', 'ADMIN', '!') returning id`,
    [MARK.email],
  );
  await db.query(`insert into api_token (account_id, name, token_hash, prefix, created_at) values ($1, 'bench', $2, $3, now())`, [rows[0]!.id, hash, secret.slice(0, 10)]);
  return secret;
}

/** The export of the ROWS published pledges with the lowest references (some are withdrawn), each title marked (formula protection undone first, redone by the export's writer). */
async function exportedCsv(api: string): Promise<string> {
  const { CSV } = await import('../server/src/pledges/pledge-export.js');
  const { unprotect } = await import('../server/src/pledges/pledge-import.js');
  const filter = encodeURIComponent(JSON.stringify({ reference: { lte: ROWS * 1.1 } }));
  const response = await fetch(`${api}/open-data/pledges.csv?filter=${filter}`);
  if (!response.ok) throw new Error(`the export answered ${response.status}: ${await response.text()}`);
  const [header, ...exported] = parse(await response.text(), { bom: true }) as string[][];
  const title = header!.indexOf('title');
  const records = exported.slice(0, ROWS);
  if (records.length !== ROWS) throw new Error(`the export of references 1 to ${ROWS * 1.1} has ${records.length} rows`);
  // Numbered: the demo data has a lead member with two pledges of one title, which an import refuses as a repeated row.
  const cut = (cell: string, i: number, n: number) => (i === title ? `${MARK.title}${n} ${cell}`.slice(0, MAX_TITLE) : cell);
  const marked = records.map((r, n) => r.map((cell, i) => cut(unprotect(cell), i, n + 1)));
  const writer = CSV.writer();
  return writer.start + writer.rows(marked) + writer.end;
}

async function run(o: ImportBenchOptions, token: string, csv: string, status: string, dryRun: boolean): Promise<Run> {
  o.checkAborted();
  const started = performance.now();
  const response = await fetch(`${o.api}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: IMPORT, variables: { input: { csv, status, dryRun } } }),
  });
  const body = (await response.json()) as {
    data?: { importPledges: { committed: boolean; errorCount: number; rows: { line: number; errors: { field: string | null; message: string }[] }[] } };
    errors?: { message: string }[];
  };
  const ms = performance.now() - started;
  const result = body.data?.importPledges;
  const errors = body.errors?.map((e) => e.message) ?? result!.rows.flatMap((r) => r.errors.map((e) => `line ${r.line}, ${e.field ?? 'row'}: ${e.message}`));
  const label = `${dryRun ? 'dry run' : 'commit'}, ${status}`;
  log(`import: ${label}: ${seconds(ms)}${errors.length ? `, ${errors.length} errors` : ''}`);
  return { label, ms, sql: Number(response.headers.get('x-sql-statements') ?? NaN), committed: result?.committed ?? false, errors };
}

export async function benchImport(o: ImportBenchOptions): Promise<ImportReport> {
  const db = new pg.Client({ connectionString: o.databaseUrl });
  await db.connect();
  o.atExit("the import benchmark's pledges", async () => {
    try {
      await removeInserted(db, true);
    } finally {
      await db.end();
    }
  });
  await removeInserted(db, true);
  const token = await apiToken(db);
  const csv = await exportedCsv(o.api);
  const loadAtStart = os.loadavg()[0]!;

  const runs: Run[] = [];
  for (const status of ['SUBMITTED', 'PUBLISHED']) {
    runs.push(await run(o, token, csv, status, true));
    runs.push(await run(o, token, csv, status, false));
    await removeInserted(db, false);
  }
  await removeInserted(db, true);
  log('import: everything the step created is deleted');

  const failed = runs.some((r) => r.errors.length || r.committed === r.label.startsWith('dry'));
  const header = ['run', `${ROWS.toLocaleString('en-US')} rows`, 'per row', 'SQL statements', 'errors'];
  const rows = runs.map((r) => [r.label, seconds(r.ms), `${(r.ms / ROWS).toFixed(1)} ms`, r.sql.toLocaleString('en-US'), String(r.errors.length)]);
  const note =
    `The CSV: the open data export of the bench database's ${ROWS.toLocaleString('en-US')} published pledges with the lowest references (${(csv.length / 1024).toFixed(0)} KiB), ` +
    `titles prefixed "${MARK.title}<row number>", sent by an admin's API token as one importPledges request per run. ` +
    `Load average ${loadAtStart.toFixed(2)} at the start, ${os.loadavg()[0]!.toFixed(2)} at the end, on ${os.availableParallelism()} CPUs.`;
  const firstErrors = runs.flatMap((r) => r.errors.slice(0, 5).map((e) => `${r.label}: ${e}`));
  const text = [textTable(header, rows), note, ...firstErrors].join('\n\n');
  return { text, markdown: `${markdownTable(header, rows)}\n\n${note}`, failed };
}
