/**
 * Loads the demonstration data into a database whose reference data is
 * already there: reads the reference rows, runs the pure generator, and writes
 * members, people, pledges, reporting cycles and progress reports with bulk
 * `INSERT ... SELECT FROM unnest(...)` statements (one array per column,
 * thousands of rows per statement), then each pledge's progress from its
 * reports in one statement, then the matchmaking roundtables' countries,
 * needs and matches, in one transaction on one connection. 850
 * pledges take well under a second; 100,000 pledges by 20,000 members about
 * 15 s on two cores, a third of it generating.
 */
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { Decimal } from 'decimal.js';
import {
  generateDemoData,
  type DemoData,
  type DemoReference,
  type RefCountry,
  type RefCountryGroup,
  type RefCurrency,
} from './generator.js';

export const DEMO_DEFAULTS = { seed: 2021, members: 400, pledges: 850 } as const;
export const BENCH_SCALE = { seed: 2021, members: 20000, pledges: 100000 } as const;

export interface DemoDataOptions {
  seed?: number;
  members?: number;
  pledges?: number;
  /** Called after each step with the time it took, for progress reports and benchmarks. */
  onStep?: (step: string, ms: number) => void;
}

export interface DemoDataSummary {
  members: number;
  people: number;
  pledges: number;
  reportingCycles: number;
  progressReports: number;
  needs: number;
  matches: number;
  /** Sum of the USD values of the pledges written, exact, two decimals. */
  totalUsd: string;
  /** Time taken, reading and generating included. */
  ms: number;
}

/** The part of a node-postgres client the loader uses. */
interface SqlClient {
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

const ROWS_PER_STATEMENT = 5000;
/** From this many pledges, foreign keys and secondary indexes are dropped during the load and rebuilt after it. */
const DEFER_CONSTRAINTS_FROM = 5000;
const PAIRS_PER_STATEMENT = 50000;

/** Reads the reference rows the generator needs, sorted by code so that ids do not change the output. */
export async function readDemoReference(db: SqlClient): Promise<DemoReference> {
  const countries = await db.query<{
    id: number;
    code: string;
    name: string;
    official_name: string;
    independent: boolean;
    itu_region_id: number | null;
    currency_id: number | null;
  }>('select id, code, name, official_name, independent, itu_region_id, currency_id from country order by code');
  const memberships = await db.query<{ country_id: number; grp: string; since: string | null; until: string | null }>(
    `select country_id, "group"::text as grp, to_char(since, 'YYYY-MM-DD') as since, to_char(until, 'YYYY-MM-DD') as until
       from country_group_membership order by country_id, "group", since nulls first`,
  );
  const groupsByCountry = new Map<number, RefCountryGroup[]>();
  for (const m of memberships.rows) {
    const list = groupsByCountry.get(m.country_id) ?? [];
    list.push({ group: m.grp, since: m.since, until: m.until });
    groupsByCountry.set(m.country_id, list);
  }
  const regions = await db.query<{ id: number; code: string; name: string }>(`select id, code, name from region where kind = 'ITU_D' order by code`);
  const focusAreas = await db.query<{ id: number; code: string; name: string }>('select id, code, name from focus_area order by code');
  const pillars = await db.query<{ id: number; focus_area_id: number; slug: string; name: string; published: boolean }>(
    'select id, focus_area_id, slug, name, published from pillar where archived_at is null order by focus_area_id, slug',
  );
  const groups = await db.query<{ id: number; code: string; name: string }>('select id, code, name from beneficiary_group order by code');
  const sdgs = await db.query<{ id: number; number: number; title: string }>('select id, number, title from sdg order by number');
  const events = await db.query<{ id: number; code: string; name: string; kind: string; region_id: number | null; start_date: string; end_date: string }>(
    `select id, code, name, kind::text as kind, region_id, to_char(start_date, 'YYYY-MM-DD') as start_date, to_char(end_date, 'YYYY-MM-DD') as end_date
       from event where archived_at is null order by code`,
  );
  const currencies = await db.query<{ id: number; code: string }>('select id, code from currency order by code');
  const targets = await db.query<{ code: string }>('select code from connectivity_target order by code');
  const rates = await db.query<{ currency_id: number; valid_from: string; usd_per_unit: string }>(
    `select currency_id, to_char(valid_from, 'YYYY-MM-DD') as valid_from, usd_per_unit::text as usd_per_unit
       from exchange_rate order by currency_id, valid_from`,
  );
  const ratesByCurrency = new Map<number, { validFrom: string; usdPerUnit: string }[]>();
  for (const r of rates.rows) {
    const list = ratesByCurrency.get(r.currency_id) ?? [];
    list.push({ validFrom: r.valid_from, usdPerUnit: r.usd_per_unit });
    ratesByCurrency.set(r.currency_id, list);
  }
  return {
    countries: countries.rows.map(
      (c): RefCountry => ({
        id: c.id,
        code: c.code,
        name: c.name,
        officialName: c.official_name,
        independent: c.independent,
        ituRegionId: c.itu_region_id,
        currencyId: c.currency_id,
        groups: groupsByCountry.get(c.id) ?? [],
      }),
    ),
    ituRegions: regions.rows,
    focusAreas: focusAreas.rows,
    pillars: pillars.rows.map((p) => ({ id: p.id, focusAreaId: p.focus_area_id, slug: p.slug, name: p.name, published: p.published })),
    beneficiaryGroups: groups.rows,
    sdgs: sdgs.rows,
    events: events.rows.map((e) => ({ id: e.id, code: e.code, name: e.name, kind: e.kind, regionId: e.region_id, startDate: e.start_date, endDate: e.end_date })),
    currencies: currencies.rows.map((c): RefCurrency => ({ id: c.id, code: c.code, rates: ratesByCurrency.get(c.id) ?? [] })),
    connectivityTargets: targets.rows.map((t) => t.code),
  };
}

interface Column {
  readonly name: string;
  /** PostgreSQL type of one element, e.g. int, text, timestamptz, pledge_status. */
  readonly type: string;
  readonly values: readonly unknown[];
  /** The column's type when the values are sent as text: unnest would flatten an array of arrays. */
  readonly cast?: string;
}

/** The columns every record has; members and people are at their first version. */
function recordColumns(rows: readonly { createdAt: string; updatedAt: string; version?: number }[]): Column[] {
  return [
    { name: 'created_at', type: 'timestamptz', values: rows.map((r) => r.createdAt) },
    { name: 'updated_at', type: 'timestamptz', values: rows.map((r) => r.updatedAt) },
    { name: 'version', type: 'int', values: rows.map((r) => r.version ?? 1) },
  ];
}

/** INSERT ... SELECT FROM unnest($1::t1[], $2::t2[], ...), in batches; `onConflict` ends the statement. */
async function insertColumns(db: SqlClient, table: string, columns: readonly Column[], batch: number, onConflict = ''): Promise<void> {
  const rows = columns[0]?.values.length ?? 0;
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const values = columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(', ');
  const sql = `insert into "${table}" (${names}) select ${values} from unnest(${arrays}) as u(${columns.map((_, i) => `c${i}`).join(', ')}) ${onConflict}`;
  for (let from = 0; from < rows; from += batch) {
    const to = Math.min(rows, from + batch);
    await db.query(sql, columns.map((c) => c.values.slice(from, to)));
  }
}

async function insertPairs(db: SqlClient, table: string, left: string, right: string, pairs: { a: number[]; b: number[] }): Promise<void> {
  await insertColumns(
    db,
    table,
    [
      { name: left, type: 'int', values: pairs.a },
      { name: right, type: 'int', values: pairs.b },
    ],
    PAIRS_PER_STATEMENT,
  );
}

/**
 * `count` consecutive new ids from the table's serial sequence. The caller
 * holds an EXCLUSIVE lock on the table, so no INSERT can draw from the
 * sequence between the two statements.
 */
async function reserveIds(db: SqlClient, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const { rows } = await db.query<{ first: string }>(`select nextval(pg_get_serial_sequence($1, 'id'))::text as first`, [table]);
  const first = Number(rows[0]!.first);
  if (count > 1) await db.query(`select setval(pg_get_serial_sequence($1, 'id'), $2::bigint)`, [table, first + count - 1]);
  return Array.from({ length: count }, (_, i) => first + i);
}

async function writeDemoData(db: SqlClient, data: DemoData, step: (name: string) => void): Promise<void> {
  const memberIds = await reserveIds(db, 'member', data.members.length);
  const personIds = await reserveIds(db, 'person', data.people.length);
  const pledgeIds = await reserveIds(db, 'pledge', data.pledges.length);

  step('reserve ids');
  const m = data.members;
  await insertColumns(
    db,
    'member',
    [
      { name: 'id', type: 'int', values: memberIds },
      ...recordColumns(m),
      { name: 'name', type: 'text', values: m.map((r) => r.name) },
      { name: 'acronym', type: 'text', values: m.map((r) => r.acronym) },
      { name: 'sector', type: 'sector', values: m.map((r) => r.sector) },
      { name: 'country_id', type: 'int', values: m.map((r) => r.countryId) },
      { name: 'champion', type: 'boolean', values: m.map((r) => r.champion) },
      { name: 'website', type: 'text', values: m.map((r) => r.website) },
      { name: 'description', type: 'text', values: m.map((r) => r.description) },
    ],
    ROWS_PER_STATEMENT,
  );

  step('insert members');
  const p = data.people;
  await insertColumns(
    db,
    'person',
    [
      { name: 'id', type: 'int', values: personIds },
      ...recordColumns(p),
      { name: 'name', type: 'text', values: p.map((r) => r.name) },
      { name: 'email', type: 'text', values: p.map((r) => r.email) },
      { name: 'phone', type: 'text', values: p.map((r) => r.phone) },
      { name: 'job_title', type: 'text', values: p.map((r) => r.jobTitle) },
      { name: 'member_id', type: 'int', values: p.map((r) => memberIds[r.memberIndex]!) },
    ],
    ROWS_PER_STATEMENT,
  );

  step('insert people');
  const searchTriggers = await suspendSearchTriggers(db);
  const g = data.pledges;
  await insertColumns(
    db,
    'pledge',
    [
      { name: 'id', type: 'int', values: pledgeIds },
      ...recordColumns(g),
      { name: 'reference', type: 'int', values: g.map((r) => r.reference) },
      { name: 'title', type: 'text', values: g.map((r) => r.title) },
      { name: 'description', type: 'text', values: g.map((r) => r.description) },
      { name: 'type', type: 'pledge_type', values: g.map((r) => r.type) },
      { name: 'status', type: 'pledge_status', values: g.map((r) => r.status) },
      { name: 'status_reason', type: 'text', values: g.map((r) => r.statusReason) },
      { name: 'lead_member_id', type: 'int', values: g.map((r) => memberIds[r.leadMemberIndex]!) },
      { name: 'amount', type: 'numeric', values: g.map((r) => r.amount) },
      { name: 'currency_id', type: 'int', values: g.map((r) => r.currencyId) },
      { name: 'usd_value', type: 'numeric', values: g.map((r) => r.usdValue) },
      { name: 'rate_date', type: 'date', values: g.map((r) => r.rateDate) },
      { name: 'is_global', type: 'boolean', values: g.map((r) => r.isGlobal) },
      { name: 'start_date', type: 'date', values: g.map((r) => r.startDate) },
      { name: 'end_date', type: 'date', values: g.map((r) => r.endDate) },
      { name: 'target_beneficiaries', type: 'int', values: g.map((r) => r.targetBeneficiaries) },
      { name: 'announced_on', type: 'date', values: g.map((r) => r.announcedOn) },
      { name: 'event_id', type: 'int', values: g.map((r) => r.eventId) },
      { name: 'submitted_at', type: 'timestamptz', values: g.map((r) => r.submittedAt) },
      { name: 'published_at', type: 'timestamptz', values: g.map((r) => r.publishedAt) },
      { name: 'announced_at', type: 'timestamptz', values: g.map((r) => (r.eventId === null ? null : r.publishedAt)) },
    ],
    ROWS_PER_STATEMENT,
  );

  step('insert pledges');
  const pairs = (ids: (r: (typeof g)[number]) => readonly number[], map?: (id: number) => number) => {
    const a: number[] = [];
    const b: number[] = [];
    g.forEach((r, i) => {
      for (const id of ids(r)) {
        a.push(pledgeIds[i]!);
        b.push(map ? map(id) : id);
      }
    });
    return { a, b };
  };
  await insertPairs(db, 'pledge_partner', 'pledge_id', 'member_id', pairs((r) => r.partnerMemberIndexes, (i) => memberIds[i]!));
  step('insert pledge_partner');
  await insertPairs(db, 'pledge_country', 'pledge_id', 'country_id', pairs((r) => r.countryIds));
  step('insert pledge_country');
  await insertPairs(db, 'pledge_region', 'pledge_id', 'region_id', pairs((r) => r.regionIds));
  step('insert pledge_region');
  await insertPairs(db, 'pledge_focus_area', 'pledge_id', 'focus_area_id', pairs((r) => r.focusAreaIds));
  step('insert pledge_focus_area');
  await insertPairs(db, 'pledge_pillar', 'pledge_id', 'pillar_id', pairs((r) => r.pillarIds));
  step('insert pledge_pillar');
  await insertPairs(db, 'pledge_beneficiary_group', 'pledge_id', 'beneficiary_group_id', pairs((r) => r.beneficiaryGroupIds));
  step('insert pledge_beneficiary_group');
  await insertPairs(db, 'pledge_sdg', 'pledge_id', 'sdg_id', pairs((r) => r.sdgIds));
  step('insert pledge_sdg');
  if (searchTriggers) {
    await indexForSearch(db);
    step('index for search');
  }

  // New pledges published through the API continue after the demo references.
  await db.query(`select setval('pledge_reference_seq', m) from (select max(reference) as m from pledge) x where m is not null`);
  step('set reference sequence');

  const c = data.reportingCycles;
  // A cycle a curator already opened stays as it is.
  await insertColumns(
    db,
    'reporting_cycle',
    [
      ...recordColumns(c),
      { name: 'year', type: 'int', values: c.map((r) => r.year) },
      { name: 'due_on', type: 'date', values: c.map((r) => r.dueOn) },
      { name: 'opened_at', type: 'timestamptz', values: c.map((r) => r.openedAt) },
      { name: 'closed_at', type: 'timestamptz', values: c.map((r) => r.closedAt) },
    ],
    ROWS_PER_STATEMENT,
    'on conflict (year) do nothing',
  );
  step('insert reporting_cycle');
  const r = data.progressReports;
  await insertColumns(
    db,
    'progress_report',
    [
      ...recordColumns(r),
      { name: 'pledge_id', type: 'int', values: r.map((x) => pledgeIds[x.pledgeIndex]!) },
      { name: 'year', type: 'int', values: r.map((x) => x.year) },
      { name: 'status', type: 'progress_report_status', values: r.map((x) => x.status) },
      { name: 'status_reason', type: 'text', values: r.map((x) => x.statusReason) },
      { name: 'implementation_status', type: 'implementation_status', values: r.map((x) => x.implementationStatus) },
      { name: 'amount_disbursed', type: 'numeric', values: r.map((x) => x.amountDisbursed) },
      { name: 'currency_id', type: 'int', values: r.map((x) => x.currencyId) },
      { name: 'disbursed_usd', type: 'numeric', values: r.map((x) => x.disbursedUsd) },
      { name: 'rate_date', type: 'date', values: r.map((x) => x.rateDate) },
      { name: 'people_reached', type: 'int', values: r.map((x) => x.peopleReached) },
      { name: 'women_reached', type: 'int', values: r.map((x) => x.womenReached) },
      { name: 'reach_by_group', type: 'jsonb', values: r.map((x) => JSON.stringify(x.reachByGroup)) },
      { name: 'steps_taken', type: 'text', values: r.map((x) => x.stepsTaken) },
      { name: 'outcomes', type: 'text', values: r.map((x) => x.outcomes) },
      { name: 'challenges', type: 'text', values: r.map((x) => x.challenges) },
      { name: 'target_codes', type: 'text', values: r.map((x) => arrayLiteral(x.targetCodes)), cast: 'text[]' },
      { name: 'evidence_links', type: 'text', values: r.map((x) => arrayLiteral(x.evidenceLinks)), cast: 'text[]' },
      { name: 'submitted_at', type: 'timestamptz', values: r.map((x) => x.submittedAt) },
      { name: 'decided_at', type: 'timestamptz', values: r.map((x) => x.decidedAt) },
    ],
    ROWS_PER_STATEMENT,
  );
  step('insert progress_report');
  await fillPledgeProgress(db);
  step('fill pledge_progress');
  await writeMatchmaking(db, data, memberIds, pledgeIds, step);
}

/** The roundtables' countries, the country needs, and the matches, which the capacity trigger checks as they go in. */
async function writeMatchmaking(db: SqlClient, data: DemoData, memberIds: readonly number[], pledgeIds: readonly number[], step: (name: string) => void): Promise<void> {
  const t = data.roundtables;
  // Countries a curator already set for a roundtable stay.
  await insertColumns(
    db,
    'event_country',
    [
      { name: 'event_id', type: 'int', values: t.flatMap((r) => r.countryIds.map(() => r.eventId)) },
      { name: 'country_id', type: 'int', values: t.flatMap((r) => r.countryIds) },
    ],
    PAIRS_PER_STATEMENT,
    'on conflict do nothing',
  );
  step('insert event_country');
  const n = data.needs;
  const needIds = await reserveIds(db, 'country_need', n.length);
  await insertColumns(
    db,
    'country_need',
    [
      { name: 'id', type: 'int', values: needIds },
      ...recordColumns(n),
      { name: 'title', type: 'text', values: n.map((r) => r.title) },
      { name: 'description', type: 'text', values: n.map((r) => r.description) },
      { name: 'country_id', type: 'int', values: n.map((r) => r.countryId) },
      { name: 'region_id', type: 'int', values: n.map((r) => r.regionId) },
      { name: 'focus_area_id', type: 'int', values: n.map((r) => r.focusAreaId) },
      { name: 'pillar_id', type: 'int', values: n.map((r) => r.pillarId) },
      { name: 'modality', type: 'pledge_type', values: n.map((r) => r.modality) },
      { name: 'amount', type: 'numeric', values: n.map((r) => r.amount) },
      { name: 'currency_id', type: 'int', values: n.map((r) => r.currencyId) },
      { name: 'gap_usd', type: 'numeric', values: n.map((r) => r.gapUsd) },
      { name: 'rate_date', type: 'date', values: n.map((r) => r.rateDate) },
      { name: 'priority', type: 'need_priority', values: n.map((r) => r.priority) },
      { name: 'start_date', type: 'date', values: n.map((r) => r.startDate) },
      { name: 'end_date', type: 'date', values: n.map((r) => r.endDate) },
      { name: 'source', type: 'text', values: n.map((r) => r.source) },
      { name: 'status', type: 'country_need_status', values: n.map((r) => r.status) },
      { name: 'submitted_at', type: 'timestamptz', values: n.map((r) => r.submittedAt) },
      { name: 'published_at', type: 'timestamptz', values: n.map((r) => r.publishedAt) },
      { name: 'member_id', type: 'int', values: n.map((r) => (r.memberIndex === null ? null : memberIds[r.memberIndex]!)) },
    ],
    ROWS_PER_STATEMENT,
  );
  await insertPairs(db, 'country_need_beneficiary_group', 'country_need_id', 'beneficiary_group_id', {
    a: n.flatMap((r, i) => r.beneficiaryGroupIds.map(() => needIds[i]!)),
    b: n.flatMap((r) => r.beneficiaryGroupIds),
  });
  step('insert country_need');
  const m = data.matches;
  await insertColumns(
    db,
    'match',
    [
      ...recordColumns(m),
      { name: 'need_id', type: 'int', values: m.map((r) => needIds[r.needIndex]!) },
      { name: 'pledge_id', type: 'int', values: m.map((r) => pledgeIds[r.pledgeIndex]!) },
      { name: 'event_id', type: 'int', values: m.map((r) => r.eventId) },
      { name: 'status', type: 'match_status', values: m.map((r) => r.status) },
      { name: 'amount_usd', type: 'numeric', values: m.map((r) => r.amountUsd) },
      { name: 'score', type: 'float8', values: m.map((r) => r.score) },
      { name: 'components', type: 'jsonb', values: m.map((r) => JSON.stringify(r.components)) },
      { name: 'status_reason', type: 'text', values: m.map((r) => r.statusReason) },
      { name: 'pledger_confirmed_at', type: 'timestamptz', values: m.map((r) => r.pledgerConfirmedAt) },
      { name: 'country_confirmed_at', type: 'timestamptz', values: m.map((r) => r.countryConfirmedAt) },
    ],
    ROWS_PER_STATEMENT,
  );
  step('insert match');
}

/** A PostgreSQL array literal of strings. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/**
 * What refreshPledgeProgress computes for one pledge, for every pledge with reports at once: figures from the
 * latest ACCEPTED report (highest year), totals over the ACCEPTED ones, last report from SUBMITTED and ACCEPTED ones.
 */
async function fillPledgeProgress(db: SqlClient): Promise<void> {
  await db.query(`
    with r as (select * from progress_report where archived_at is null),
    latest as (
      select distinct on (pledge_id) pledge_id, year, implementation_status, people_reached, women_reached
        from r where status = 'ACCEPTED' order by pledge_id, year desc, submitted_at desc nulls last)
    insert into pledge_progress (id, latest_report_year, implementation_status, last_reported_at, disbursed_usd, people_reached, women_reached, accepted_reports)
    select r.pledge_id, l.year, l.implementation_status,
      max(r.submitted_at) filter (where r.status in ('SUBMITTED', 'ACCEPTED')),
      coalesce(sum(r.disbursed_usd) filter (where r.status = 'ACCEPTED'), 0),
      l.people_reached, l.women_reached, count(*) filter (where r.status = 'ACCEPTED')
    from r left join latest l on l.pledge_id = r.pledge_id
    group by r.pledge_id, l.year, l.implementation_status, l.people_reached, l.women_reached`);
}

const SEARCH_TRIGGERS = [
  ['pledge', 'pledge_search_vector'],
  ['pledge_partner', 'pledge_partner_added'],
] as const;

/**
 * Row by row, the search triggers would cost more than the whole load;
 * they are suspended (in this transaction only) and the search documents
 * written in one statement afterwards. Without the right to do so, the
 * triggers simply run.
 */
async function suspendSearchTriggers(db: SqlClient): Promise<boolean> {
  await db.query('savepoint p2c_demo_triggers');
  try {
    for (const [table, trigger] of SEARCH_TRIGGERS) await db.query(`alter table ${table} disable trigger ${trigger}`);
    await db.query('release savepoint p2c_demo_triggers');
    return true;
  } catch {
    await db.query('rollback to savepoint p2c_demo_triggers');
    return false;
  }
}

/** The same document as the search migration's pledge_search_document(), for all new pledges at once. */
async function indexForSearch(db: SqlClient): Promise<void> {
  await db.query(`
    update pledge p set search_vector =
         setweight(to_tsvector('english', coalesce(p.title, '')), 'A')
      || setweight(to_tsvector('english', coalesce(lm.name || ' ' || coalesce(lm.acronym, ''), '')), 'B')
      || setweight(to_tsvector('english', coalesce(pn.names, '')), 'B')
      || setweight(to_tsvector('english', coalesce(p.description, '')), 'C')
    from member lm, pledge p2
    left join (select pp.pledge_id, string_agg(m.name || ' ' || coalesce(m.acronym, ''), ' ') as names
                 from pledge_partner pp join member m on m.id = pp.member_id group by pp.pledge_id) pn on pn.pledge_id = p2.id
    where p.search_vector is null and lm.id = p.lead_member_id and p2.id = p.id`);
  for (const [table, trigger] of SEARCH_TRIGGERS) await db.query(`alter table ${table} enable trigger ${trigger}`);
}

const WRITTEN_TABLES = [
  'member', 'person', 'pledge', 'pledge_partner', 'pledge_country', 'pledge_region', 'pledge_focus_area', 'pledge_pillar',
  'pledge_beneficiary_group', 'pledge_sdg', 'reporting_cycle', 'progress_report', 'pledge_progress',
];

/**
 * Runs `body` with the foreign keys and the secondary indexes of the written
 * tables dropped, then puts them back: checking a million foreign keys row by
 * row and growing indexes one row at a time cost several times more than one
 * validating join and one sorted index build. All of it is in the caller's
 * transaction, so nobody sees the tables without them; the price is that
 * dropping a foreign key locks its referenced table (countries, currencies,
 * events, ...) until the commit, which is why only large loads do it. When the
 * database user may not alter the tables, the load simply keeps them.
 */
async function withDeferredConstraints(db: SqlClient, tables: readonly string[], body: () => Promise<void>, step: (name: string) => void): Promise<void> {
  const { rows: foreignKeys } = await db.query<{ tbl: string; name: string; def: string }>(
    `select c.conrelid::regclass::text as tbl, c.conname as name, pg_get_constraintdef(c.oid) as def
       from pg_constraint c
      where c.contype = 'f' and c.conrelid = any($1::text[]::regclass[])
      order by c.conrelid::regclass::text, c.conname`,
    [tables],
  );
  const { rows: indexes } = await db.query<{ name: string; def: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i
      where i.indrelid = any($1::text[]::regclass[])
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid and c.conrelid = i.indrelid)
      order by 1`,
    [tables],
  );
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  let deferred = true;
  await db.query('savepoint p2c_demo_deferred');
  try {
    for (const fk of foreignKeys) await db.query(`alter table ${fk.tbl} drop constraint ${quote(fk.name)}`);
    for (const index of indexes) await db.query(`drop index ${index.name}`);
    await db.query('release savepoint p2c_demo_deferred');
  } catch {
    await db.query('rollback to savepoint p2c_demo_deferred');
    deferred = false;
  }
  step(deferred ? 'drop foreign keys and indexes' : 'keep foreign keys and indexes');
  await body();
  if (!deferred) return;
  for (const index of indexes) await db.query(index.def);
  step('rebuild indexes');
  for (const fk of foreignKeys) await db.query(`alter table ${fk.tbl} add constraint ${quote(fk.name)} ${fk.def}`);
  step('check foreign keys');
}

/**
 * Generates and writes the demonstration data. Refuses (throws) when the
 * pledge table is not empty. Runs in the EntityManager's transaction when it
 * has one (inside a savepoint), else in its own transaction.
 */
export async function loadDemoData(em: EntityManager, options: DemoDataOptions = {}): Promise<DemoDataSummary> {
  const started = performance.now();
  let lap = started;
  const step = (name: string) => {
    const now = performance.now();
    options.onStep?.(name, Math.round(now - lap));
    lap = now;
  };
  const settings = {
    seed: options.seed ?? DEMO_DEFAULTS.seed,
    members: options.members ?? DEMO_DEFAULTS.members,
    pledges: options.pledges ?? DEMO_DEFAULTS.pledges,
  };
  if (!Number.isInteger(settings.members) || settings.members < 1) throw new Error(`members must be a positive integer, not ${settings.members}`);
  if (!Number.isInteger(settings.pledges) || settings.pledges < 0) throw new Error(`pledges must be a non-negative integer, not ${settings.pledges}`);

  const transaction = em.getTransactionContext<Knex.Transaction>();
  const client = (transaction ?? em.getKnex()).client;
  const db = (await client.acquireConnection()) as SqlClient;
  let data: DemoData;
  try {
    const refuseUnlessEmpty = async () => {
      const { rows } = await db.query<{ taken: boolean }>('select exists (select 1 from pledge) as taken');
      if (rows[0]?.taken) throw new Error('refusing to load demo data: the pledge table is not empty');
    };
    // Read and generate before taking any lock; check again once the tables are locked.
    await refuseUnlessEmpty();
    const reference = await readDemoReference(db);
    if (reference.countries.length === 0) throw new Error('refusing to load demo data: load the reference data first');
    step('read reference data');
    data = generateDemoData(reference, settings);
    step('generate');
    await db.query(transaction ? 'savepoint p2c_demo_data' : 'begin');
    try {
      // Readers go on; writers of these tables wait for the load.
      await db.query('lock table pledge, member, person, country_need in exclusive mode');
      await refuseUnlessEmpty();
      const write = () => writeDemoData(db, data, step);
      if (settings.pledges >= DEFER_CONSTRAINTS_FROM) await withDeferredConstraints(db, WRITTEN_TABLES, write, step);
      else await write();
      await db.query(transaction ? 'release savepoint p2c_demo_data' : 'commit');
      step('commit');
    } catch (error) {
      await db.query(transaction ? 'rollback to savepoint p2c_demo_data' : 'rollback').catch(() => undefined);
      throw error;
    }
    // Fresh statistics for the planner; ANALYZE may run in a transaction, VACUUM may not.
    if (!transaction) {
      await db.query(`analyze ${WRITTEN_TABLES.map((t) => `"${t}"`).join(', ')}`);
      step('analyze');
    }
  } finally {
    if (!transaction) await client.releaseConnection(db);
  }

  let total = new Decimal(0);
  for (const p of data.pledges) if (p.usdValue) total = total.add(p.usdValue);
  return {
    members: data.members.length,
    people: data.people.length,
    pledges: data.pledges.length,
    reportingCycles: data.reportingCycles.length,
    progressReports: data.progressReports.length,
    needs: data.needs.length,
    matches: data.matches.length,
    totalUsd: total.toFixed(2),
    ms: Math.round(performance.now() - started),
  };
}
