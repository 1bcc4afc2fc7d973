/**
 * `npm run bench -- --explain`: the SQL the API runs for each benchmark query,
 * captured from the server's own knex instance (the API runs in the bench
 * process for this, from the sources, with its query-result cache off:
 * QUERY_CACHE_ENTRIES=0), each statement with its EXPLAIN (ANALYZE, BUFFERS)
 * plan, next to the baseline's statement and plan.
 */
import pg from 'pg';

export interface Statement {
  sql: string;
  bindings: readonly unknown[];
}

export interface InProcessApi {
  url: string;
  /** The statements the API issued while `body` ran. */
  capture(body: () => Promise<unknown>): Promise<Statement[]>;
  close(): Promise<void>;
}

/** The API in this process on the given database, with every SQL statement it issues observable. */
export async function startInProcessApi(databaseUrl: string): Promise<InProcessApi> {
  await import('reflect-metadata');
  const { loadConfig } = await import('../server/src/config.js');
  const { startServer } = await import('../server/src/server.js');
  // loadConfig reads its integers (PORT) from process.env whatever env it is given.
  process.env.PORT = '0';
  // The query-result cache off: a request repeated to capture its statements would otherwise run none.
  process.env.QUERY_CACHE_ENTRIES = '0';
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO_DATA: 'false',
    NODE_ENV: 'production',
    QUERY_CACHE_ENTRIES: '0',
  });
  const server = await startServer(config);
  let sink: Statement[] | undefined;
  const knex = server.database.orm.em.getConnection().getKnex();
  knex.on('query', (query: { sql: string; bindings?: unknown[] }) => sink?.push({ sql: query.sql, bindings: query.bindings ?? [] }));
  return {
    url: `http://127.0.0.1:${server.port}`,
    async capture(body) {
      sink = [];
      try {
        await body();
        return sink;
      } finally {
        sink = undefined;
      }
    },
    close: () => server.close(),
  };
}

/** knex's `?` placeholders (outside quotes) as PostgreSQL's `$n`. */
function numbered(sql: string): string {
  if (/\$\d/.test(sql)) return sql;
  let n = 0;
  let quoted: string | undefined;
  let out = '';
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i]!;
    if (quoted) {
      if (ch === quoted) quoted = undefined;
    } else if (ch === "'" || ch === '"') quoted = ch;
    else if (ch === '?' && sql[i + 1] === '?') {
      out += '?';
      i++;
      continue;
    } else if (ch === '?') {
      out += `$${++n}`;
      continue;
    }
    out += ch;
  }
  return out;
}

const indent = (text: string, by = '    ') => text.split('\n').map((l) => by + l).join('\n');

export async function explainStatement(client: pg.Client, statement: Statement): Promise<{ plan: string; ms: number }> {
  // Once to warm the caches, then the plan that is shown.
  const text = `EXPLAIN (ANALYZE, BUFFERS) ${numbered(statement.sql)}`;
  await client.query(text, statement.bindings as unknown[]);
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(text, statement.bindings as unknown[]);
  const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
  const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
  return { plan, ms };
}

export interface ExplainTarget {
  name: string;
  /** The API request (POST /graphql body). */
  body: string;
  baseline: Statement;
}

export async function explainQueries(api: InProcessApi, databaseUrl: string, targets: readonly ExplainTarget[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const target of targets) {
      const post = () => fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: target.body }).then((r) => r.text());
      await post();
      const statements = await api.capture(post);
      console.log(`\n${'='.repeat(100)}\n${target.name}: the API issued ${statements.length} SQL statements\n${'='.repeat(100)}`);
      let total = 0;
      for (const [i, statement] of statements.entries()) {
        const { plan, ms } = await explainStatement(client, statement);
        total += ms;
        console.log(`\n-- ${target.name} API statement ${i + 1} of ${statements.length}: ${ms.toFixed(2)} ms in PostgreSQL`);
        console.log(indent(statement.sql));
        console.log(`   bindings: ${JSON.stringify(statement.bindings)}`);
        console.log(indent(plan));
      }
      const base = await explainStatement(client, target.baseline);
      console.log(`\n-- ${target.name} baseline statement: ${base.ms.toFixed(2)} ms in PostgreSQL`);
      console.log(indent(base.plan));
      console.log(`\n${target.name}: API statements ${total.toFixed(2)} ms in PostgreSQL (run one after the other), baseline ${base.ms.toFixed(2)} ms`);
    }
  } finally {
    await client.end();
  }
}
