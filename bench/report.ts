/** How the benchmark's steps print their progress and figures, on the console and in results.md. */

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const log = (message: string) => console.log(`» ${message}`);

export const figure = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

/** The SQL/req cell: statements executed, and those answered from the cache if any, e.g. `0 (+1 cached)`. */
export const sqlCell = (a: { sql: number; cacheHits: number }) => (a.cacheHits > 0 ? `${a.sql} (+${a.cacheHits} cached)` : String(a.sql));

/** The first `leftColumns` columns are left-aligned, the others (figures) right-aligned. */
export function textTable(header: readonly string[], rows: readonly string[][], minWidths: Partial<Record<string, number>> = {}, leftColumns = 2): string {
  const widths = header.map((h, i) => Math.max(h.length, minWidths[h] ?? 0, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i < leftColumns ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function markdownTable(header: readonly string[], rows: readonly string[][], rightFrom = 2): string {
  const align = header.map((_, i) => (i < rightFrom ? '---' : '---:'));
  return [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export interface Verdict {
  target: string;
  figure: string;
  pass: boolean;
}

/** The targets with their figures and PASS or MISS, for the console or (`markdown`) for results.md. */
export function verdictTable(verdicts: readonly Verdict[], markdown = false): string {
  const header = ['target', 'figure', 'result'];
  if (markdown) return markdownTable(header, verdicts.map((v) => [v.target, v.figure, v.pass ? 'PASS' : '**MISS**']), 3);
  return textTable(header, verdicts.map((v) => [v.target, v.figure, v.pass ? 'PASS' : 'MISS']));
}

/** Text wrapped at `width` columns, for the console. */
export function wrap(text: string, width = 100): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
