/**
 * The open data step of `npm run bench` (alone: `npm run bench -- --export`): the CSV of every published
 * pledge of the bench database (about 97,000), streamed by `GET /open-data/pledges.csv` from the API
 * process as in production, read as fast as this process can. It prints rows per second and the API
 * process's resident memory while it streams: the export holds one batch of rows at a time, so its peak
 * should not grow with the number of pledges. See bench/README.md.
 */
import { readFileSync } from 'node:fs';
import { figure, markdownTable, seconds, textTable } from './report.js';

export interface ExportBenchOptions {
  /** The production API, as a base URL. */
  api: string;
  /** Its process, whose memory is sampled. */
  pid: number;
  /** Published pledges of the bench database: the rows the file must hold. */
  published: number;
  checkAborted(): void;
}

export interface ExportReport {
  text: string;
  markdown: string;
  /** The file did not hold every published pledge. */
  failed: boolean;
}

const RUNS = 2;
const SAMPLE_MS = 50;
const MB = 2 ** 20;

/** Resident memory of a process, in bytes, from /proc. */
function rssOf(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

/** Counts CSV records, the CRLFs outside quoted cells (cells may hold line breaks), across the chunks of a stream. */
function recordCounter() {
  let quoted = false;
  let previous = '';
  let records = 0;
  return {
    add(text: string) {
      for (const match of text.matchAll(/["\n]/g)) {
        if (match[0] === '"') quoted = !quoted;
        else if (!quoted && (match.index > 0 ? text[match.index - 1] : previous) === '\r') records += 1;
      }
      previous = text.at(-1) ?? previous;
    },
    total: () => records,
  };
}

interface Run {
  rows: number;
  bytes: number;
  firstByteMs: number;
  ms: number;
  rssBefore: number;
  rssPeak: number;
}

async function downloadOnce(options: ExportBenchOptions): Promise<Run> {
  options.checkAborted();
  const rssBefore = rssOf(options.pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssOf(options.pid))), SAMPLE_MS);
  const started = performance.now();
  try {
    const response = await fetch(`${options.api}/open-data/pledges.csv`);
    if (!response.ok || !response.body) throw new Error(`the export answered HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`);
    const firstByteMs = performance.now() - started;
    const records = recordCounter();
    let bytes = 0;
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      records.add(decoder.decode(value, { stream: true }));
    }
    const ms = performance.now() - started;
    // The header row is not a pledge.
    return { rows: records.total() - 1, bytes, firstByteMs, ms, rssBefore, rssPeak: Math.max(rssPeak, rssOf(options.pid)) };
  } finally {
    clearInterval(sampler);
  }
}

const HEADER = ['run', 'rows', 'MB', 'first byte', 'time', 'rows/s', 'MB/s', 'API RSS before', 'API RSS peak'] as const;

const cells = (run: Run, i: number) => [
  String(i + 1),
  run.rows.toLocaleString('en-US'),
  figure(run.bytes / MB, 1),
  `${figure(run.firstByteMs)} ms`,
  seconds(run.ms),
  figure(run.rows / (run.ms / 1000)),
  figure(run.bytes / MB / (run.ms / 1000), 1),
  `${figure(run.rssBefore / MB)} MB`,
  `${figure(run.rssPeak / MB)} MB`,
];

export async function benchExport(options: ExportBenchOptions): Promise<ExportReport> {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await downloadOnce(options));
  const failed = runs.some((r) => r.rows !== options.published);
  const note =
    `GET /open-data/pledges.csv, every published pledge (${options.published.toLocaleString('en-US')}) with its 31 columns, ` +
    'read by this process as fast as it can (one client; the API, PostgreSQL and this reader share the CPUs). ' +
    'RSS of the API process sampled every 50 ms during the download.' +
    (failed ? ` MISMATCH: the file did not hold ${options.published} rows.` : '');
  return {
    failed,
    text: `${textTable(HEADER, runs.map(cells), {}, 1)}\n\n${note}`,
    markdown: `## Open data export\n\n${note}\n\n${markdownTable(HEADER, runs.map(cells), 1)}\n`,
  };
}
