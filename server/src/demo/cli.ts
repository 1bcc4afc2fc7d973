import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { ENTITIES } from '../entities.js';
import { loadReferenceData } from '../reference/reference-data.js';
import { DEMO_TODAY } from './generator.js';
import { BENCH_SCALE, DEMO_DEFAULTS, loadDemoData, type DemoDataOptions } from './load-demo-data.js';

const USAGE = `Loads demonstration data into an empty database (DATABASE_URL, or the embedded PostgreSQL in DATA_DIR).

  node --import @swc-node/register/esm-register server/src/demo/cli.ts [--scale] [--seed N] [--members N] [--pledges N] [--verbose]

  --scale        benchmark scale: ${BENCH_SCALE.pledges} pledges by ${BENCH_SCALE.members} members
  default        ${DEMO_DEFAULTS.pledges} pledges by ${DEMO_DEFAULTS.members} members, seed ${DEMO_DEFAULTS.seed}`;

function parseArgs(argv: readonly string[]): DemoDataOptions {
  const options: { seed?: number; members?: number; pledges?: number } = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = (): number => {
      const raw = inline ?? argv[++i];
      const n = Number(raw);
      if (raw === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a non-negative integer`);
      return n;
    };
    switch (flag) {
      case '--scale':
        Object.assign(options, BENCH_SCALE);
        break;
      case '--seed':
        options.seed = value();
        break;
      case '--members':
        options.members = value();
        break;
      case '--pledges':
        options.pledges = value();
        break;
      case '--verbose':
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
  return options;
}

/** Figures of the published pledges, computed in SQL from what was written. */
async function figures(db: Awaited<ReturnType<typeof openDatabase>>): Promise<Record<string, unknown>> {
  const rows = await db.orm.em.getConnection().execute(`
    with p as (select * from pledge where status = 'PUBLISHED')
    select
      (select count(*)::int from p) as published,
      (select coalesce(sum(usd_value), 0)::text from p) as published_usd,
      (select count(*)::int from p where usd_value > 1000000000) as over_one_billion,
      (select round(avg((usd_value is null)::int), 3)::float from p) as no_value_share,
      (select round(avg((exists (
          select 1 from pledge_country pc
          join country_group_membership g on g.country_id = pc.country_id and g."group" = 'LDC'
          where pc.pledge_id = p.id
            and (g.since is null or g.since <= p.announced_on)
            and (g.until is null or p.announced_on < g.until)))::int), 3)::float from p) as ldc_share,
      (select round(avg((exists (
          select 1 from pledge_beneficiary_group pb join beneficiary_group b on b.id = pb.beneficiary_group_id
          where pb.pledge_id = p.id and b.code = 'WOMEN_AND_GIRLS'))::int), 3)::float from p) as women_share,
      (select count(distinct m.country_id)::int from p join member m on m.id = p.lead_member_id) as lead_countries,
      (select count(distinct p.lead_member_id)::int from p) as lead_members,
      (select string_agg(n::text, ', ') from (
          select s.number as n from p join pledge_sdg ps on ps.pledge_id = p.id join sdg s on s.id = ps.sdg_id
          group by s.number order by count(*) desc, s.number limit 3) t) as top_sdgs
  `);
  return rows[0] as Record<string, unknown>;
}

/** Reporting figures: reports by status, each cycle's reporting rate, the reporting health of published pledges. */
async function reportingFigures(db: Awaited<ReturnType<typeof openDatabase>>): Promise<Record<string, unknown>> {
  const health = (today: string) => `(select json_object_agg(h, n) from (
      select p2c_reporting_health(p.status::text, p.published_at, pp.last_reported_at, pp.implementation_status::text, ${today}) as h, count(*)::int as n
        from pledge p left join pledge_progress pp on pp.id = p.id where p.status = 'PUBLISHED' group by 1) x)`;
  const rows = await db.orm.em.getConnection().execute(
    `select
      (select json_object_agg(status, n) from (select status, count(*)::int as n from progress_report group by 1) x) as reports,
      (select json_agg(json_build_object('year', year, 'open', open, 'owed', owed, 'reported', reported) order by year) from (
         select c.year, c.closed_at is null as open, count(*)::int as owed, count(r.id)::int as reported
           from reporting_cycle c join pledge p on p.status = 'PUBLISHED' and p.published_at <= c.opened_at
           left join progress_report r on r.pledge_id = p.id and r.year = c.year and r.status in ('SUBMITTED', 'ACCEPTED') and r.archived_at is null
          group by c.year, c.closed_at) x) as cycles,
      (select json_object_agg(coalesce(s, 'none'), n) from (select implementation_status::text as s, count(*)::int as n from pledge_progress group by 1) x) as accepted_status,
      ${health('?::date')} as health_on_demo_today,
      ${health('current_date')} as health_today`,
    [DEMO_TODAY],
  );
  return rows[0] as Record<string, unknown>;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  // A bulk load runs statements (indexes over 100,000 pledges) longer than any request's limit.
  const config = { ...loadConfig(), statementTimeoutMs: 0 };
  const started = performance.now();
  const db = await openDatabase(config, ENTITIES);
  try {
    const loaded = await loadReferenceData(db.orm.em.fork());
    const opened = Math.round(performance.now() - started);
    console.log(`database ready in ${opened} ms${loaded ? ' (reference data loaded)' : ''}`);
    const verbose = process.argv.includes('--verbose');
    const summary = await loadDemoData(db.orm.em.fork(), { ...options, onStep: verbose ? (step, ms) => console.log(`  ${step}: ${ms} ms`) : undefined });
    console.log(
      `loaded ${summary.pledges} pledges (USD ${Number(summary.totalUsd).toLocaleString('en-US', { maximumFractionDigits: 0 })}), ` +
        `${summary.members} members, ${summary.people} people, ${summary.progressReports} progress reports, ` +
        `${summary.needs} country needs and ${summary.matches} matches in ${summary.ms} ms`,
    );
    console.log(JSON.stringify({ summary, figures: await figures(db), reporting: await reportingFigures(db) }, null, 2));
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
