/**
 * The matchmaking step of `npm run bench` (alone: `npm run bench -- --matchmaking`), at the scale of
 * issue 6: suggestions for one need over the bench database's 100,000 pledges, through the API; the
 * allocation of 1,000 needs × 10,000 pledges, in this process on synthetic facts, then through the API
 * over the bench database. Everything it inserts is deleted at its end. See bench/README.md.
 */
import http from 'node:http';
import os from 'node:os';
import type autocannon from 'autocannon';
import pg from 'pg';
import { Random } from '../server/src/demo/random.js';
import type { NeedEntry, PledgeEntry, PledgeIndex } from '../server/src/matchmaking/match-facts.js';
import type { Modality, NeedPriority } from '../server/src/matchmaking/scoring.js';
import type { ScoredPair } from '../server/src/matchmaking/suggestion.service.js';
import { figure, log, markdownTable, seconds, sqlCell, textTable, verdictTable, wrap, type Verdict } from './report.js';

export interface MatchmakingOptions {
  /** The production API (cache on), as a base URL. */
  api: string;
  databaseUrl: string;
  connections: number;
  /** Seconds of the autocannon measurement. */
  duration: number;
  fire(options: autocannon.Options): Promise<autocannon.Result>;
  checkAborted(): void;
  /** Runs `run` when the bench exits, also on an error or Ctrl-C, while PostgreSQL still runs. */
  atExit(name: string, run: () => Promise<void>): void;
}

export interface MatchmakingReport {
  text: string;
  markdown: string;
  /** Errors or non-2xx answers under load. */
  failed: boolean;
}

/** What the bench inserts carries these marks, by which it is deleted at the end, or by the next run after a crash. */
const MARK = { source: 'bench/matchmaking.ts', eventCode: 'BENCH-MATCHMAKING', email: 'bench-matchmaking@bench.invalid' } as const;
const SEED = 610;
const SUGGESTION_TARGET_MS = 100;
const ALLOCATION_TARGET_MS = 10_000;
const SEQUENTIAL_CALLS = 200;
const REBUILDS = 3;
const NEEDS = 1000;
const NEED_COUNTRIES = 50;
const SYNTHETIC_PLEDGES = 10_000;
const SYNTHETIC_RUNS = 3;
/** Needs of the bench database whose candidates are scored in this process, to tell what scoring costs there. */
const SCORED_SAMPLE = 20;
/** The change notification reaches the API a few milliseconds after the commit: this leaves it ample time. */
const NOTIFICATION_WAIT_MS = 1000;
/** Where the suggestion needs are: six countries, one per ITU-D region, and two whole regions. */
const SUGGESTION_COUNTRIES = ['KE', 'BD', 'HT', 'JO', 'KG', 'MD'];
const SUGGESTION_REGIONS = ['AFRICA', 'ASIA_PACIFIC'];

const SUGGEST = `query Suggest($needId: ID!) {
  suggestedPledges(needId: $needId, first: 20) {
    totalCount
    nodes { score remainingUsd pledge { id reference title leadMember { name } } components { component weight value contribution explanation } }
  }
}`;
const ALLOCATE = `mutation Allocate($roundtableId: ID!, $candidatesPerNeed: Int!) {
  runAllocation(roundtableId: $roundtableId, candidatesPerNeed: $candidatesPerNeed) { candidatePairs solveMs matches { id } }
}`;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const count = (n: number) => n.toLocaleString('en-US');
const ms = (n: number) => `${count(Math.round(n))} ms`;
/** Nearest-rank percentile of ascending values. */
const percentile = (sorted: readonly number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 50);

/** The server's matchmaking code, loaded once the bench has set LOG_LEVEL and reflect-metadata (its entities need both). */
async function serverModules() {
  await import('reflect-metadata');
  const [allocation, facts, suggestions, roundtable, scoring, globalId, secrets, config, database, entities, context, viewer, query] = await Promise.all([
    import('../server/src/matchmaking/allocation.js'),
    import('../server/src/matchmaking/match-facts.js'),
    import('../server/src/matchmaking/suggestion.service.js'),
    import('../server/src/matchmaking/roundtable.service.js'),
    import('../server/src/matchmaking/scoring.js'),
    import('../server/src/common/global-id.js'),
    import('../server/src/accounts/secrets.js'),
    import('../server/src/config.js'),
    import('../server/src/db/database.js'),
    import('../server/src/entities.js'),
    import('../server/src/common/context.js'),
    import('../server/src/common/viewer.js'),
    import('../server/src/common/query/sql.js'),
  ]);
  return {
    allocate: allocation.allocate,
    candidatesFor: facts.candidatesFor,
    pledgeIndex: facts.pledgeIndex,
    needFacts: facts.needFacts,
    bestPledges: suggestions.bestPledges,
    candidatesPerNeed: roundtable.CANDIDATES_PER_NEED,
    weights: scoring.DEFAULT_WEIGHTS,
    toGlobalId: globalId.toGlobalId,
    newSecret: secrets.newSecret,
    loadConfig: config.loadConfig,
    openDatabase: (settings: ReturnType<typeof config.loadConfig>) => database.openDatabase(settings, entities.ENTITIES),
    createContext: context.createContext,
    anonymous: viewer.ANONYMOUS,
    sql: query.sql,
  };
}
type Server = Awaited<ReturnType<typeof serverModules>>;

// ---------------------------------------------------------------- data

interface RefCountry {
  readonly id: number;
  readonly ituRegionId: number;
  /** Its ITU-D region, M49 region and sub-region. */
  readonly regionIds: readonly number[];
  /** An LDC, LLDC or SIDS. */
  readonly inPriorityGroup: boolean;
}

interface Reference {
  readonly countries: readonly RefCountry[];
  readonly focusAreas: readonly { readonly id: number; readonly pillarIds: readonly number[] }[];
  readonly beneficiaryGroupIds: readonly number[];
}

interface NeedSpec {
  readonly countryId: number | null;
  readonly regionId: number | null;
  readonly focusAreaId: number;
  readonly pillarId: number | null;
  readonly beneficiaryGroupIds: readonly number[];
  readonly modality: Modality;
  readonly gapUsd: number | null;
  readonly priority: NeedPriority;
  readonly startDate: string | null;
  readonly endDate: string | null;
}

type Place = { readonly countryId: number } | { readonly regionId: number };

/** A need as a government would submit it: a focus area, often a pillar and beneficiary groups, a time window; a gap when `financial`. */
function needSpec(random: Random, ref: Reference, place: Place, financial: boolean): NeedSpec {
  const area = random.pick(ref.focusAreas);
  const start = random.int(2025, 2026);
  const dated = random.chance(0.7);
  return {
    countryId: 'countryId' in place ? place.countryId : null,
    regionId: 'regionId' in place ? place.regionId : null,
    focusAreaId: area.id,
    pillarId: area.pillarIds.length > 0 && random.chance(0.5) ? random.pick(area.pillarIds) : null,
    beneficiaryGroupIds: random.sample(ref.beneficiaryGroupIds, random.int(0, 2)),
    modality: financial ? (random.chance(0.75) ? 'FINANCIAL' : 'PROGRAMMATIC') : random.pick<Modality>(['PROGRAMMATIC', 'POLICY', 'ADVOCACY']),
    gapUsd: financial ? Math.round(random.lognormal(500_000, 1.2)) : null,
    priority: random.pick<NeedPriority>(['HIGH', 'MEDIUM', 'LOW']),
    startDate: dated ? `${start}-01-01` : null,
    endDate: dated ? `${start + random.int(1, 3)}-12-31` : null,
  };
}

/** 1,000 needs over 50 countries, 80% of them with a funding gap. */
function allocationNeeds(random: Random, ref: Reference): NeedSpec[] {
  const countries = random.sample(ref.countries, NEED_COUNTRIES);
  return Array.from({ length: NEEDS }, () => needSpec(random, ref, { countryId: random.pick(countries).id }, random.chance(0.8)));
}

/** 190 countries in 6 ITU-D regions, 5 M49 regions and 17 sub-regions; 6 focus areas of 3 to 5 pillars; 10 beneficiary groups. */
function syntheticReference(random: Random): Reference {
  return {
    countries: Array.from({ length: 190 }, (_, i) => {
      const ituRegionId = random.int(1, 6);
      const subRegion = random.int(21, 37);
      return { id: 101 + i, ituRegionId, regionIds: [ituRegionId, 11 + ((subRegion - 21) % 5), subRegion], inPriorityGroup: random.chance(0.3) };
    }),
    focusAreas: Array.from({ length: 6 }, (_, i) => ({ id: i + 1, pillarIds: Array.from({ length: random.int(3, 5) }, (_, k) => 1000 + 10 * i + k) })),
    beneficiaryGroupIds: Array.from({ length: 10 }, (_, i) => 501 + i),
  };
}

const PLEDGE_TYPES: readonly (readonly [Modality, number])[] = [['PROGRAMMATIC', 0.5], ['FINANCIAL', 0.22], ['POLICY', 0.16], ['ADVOCACY', 0.12]];
const DAY_MS = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Pledges spread as in the bench data set: 10% global, the others in 1 to 3 countries (mostly of one
 * region; a few countries draw many pledges), 15% of them also naming their region; two thirds valued.
 */
function syntheticPledges(random: Random, ref: Reference): PledgeEntry[] {
  const weights = ref.countries.map((_, i) => 1 / (i + 10));
  const sameRegion = new Map<number, RefCountry[]>();
  for (const c of ref.countries) sameRegion.set(c.ituRegionId, [...(sameRegion.get(c.ituRegionId) ?? []), c]);
  return Array.from({ length: SYNTHETIC_PLEDGES }, (_, i) => {
    const isGlobal = random.chance(0.1);
    const countries: RefCountry[] = [];
    if (!isGlobal) {
      const first = random.weighted(ref.countries, weights);
      countries.push(first);
      for (let more: number = random.weightedEntry([[0, 60], [1, 25], [2, 15]]); more > 0; more--) {
        countries.push(random.chance(0.7) ? random.pick(sameRegion.get(first.ituRegionId)!) : random.weighted(ref.countries, weights));
      }
    }
    const areas = random.sample(ref.focusAreas, random.int(1, 2));
    const start = Date.UTC(2021, 5, 1) + random.int(0, 1790) * DAY_MS;
    const dated = random.chance(0.97);
    return {
      id: i + 1,
      position: i,
      facts: {
        published: true,
        isGlobal,
        countryIds: new Set(countries.map((c) => c.id)),
        regionIds: new Set(countries.length > 0 && random.chance(0.15) ? [countries[0]!.ituRegionId] : []),
        countryRegionIds: new Set(countries.flatMap((c) => c.regionIds)),
        focusAreaIds: new Set(areas.map((a) => a.id)),
        pillarIds: new Set(random.sample(areas.flatMap((a) => a.pillarIds), random.int(0, 2))),
        beneficiaryGroupIds: new Set(random.sample(ref.beneficiaryGroupIds, random.int(0, 3))),
        type: random.weightedEntry(PLEDGE_TYPES),
        remainingUsd: random.chance(0.65) ? Math.round(random.lognormal(250_000, 1.5)) : null,
        startDate: dated ? isoDay(start) : null,
        endDate: dated ? isoDay(start + random.int(365, 5 * 365) * DAY_MS) : null,
      },
    };
  });
}

/** The synthetic needs' facts, as `needFacts` reads them from the database. */
function syntheticNeeds(specs: readonly NeedSpec[], ref: Reference): NeedEntry[] {
  const countries = new Map(ref.countries.map((c) => [c.id, c]));
  return specs.map((spec, i) => {
    const country = spec.countryId === null ? undefined : countries.get(spec.countryId)!;
    return {
      id: i + 1,
      facts: {
        countryId: spec.countryId,
        regionIds: new Set(country ? country.regionIds : [spec.regionId!]),
        focusAreaId: spec.focusAreaId,
        pillarId: spec.pillarId,
        beneficiaryGroupIds: new Set(spec.beneficiaryGroupIds),
        modality: spec.modality,
        remainingGapUsd: spec.gapUsd,
        startDate: spec.startDate,
        endDate: spec.endDate,
        priority: spec.priority,
        inPriorityCountryGroup: country?.inPriorityGroup ?? false,
      },
    };
  });
}

/** The index the API builds from its SQL (match-facts.ts), built from facts at hand. */
function indexOf(pledges: readonly PledgeEntry[]): PledgeIndex {
  const by = (keys: (entry: PledgeEntry) => Iterable<number>) => {
    const map = new Map<number, PledgeEntry[]>();
    for (const entry of pledges) for (const key of keys(entry)) (map.get(key) ?? map.set(key, []).get(key)!).push(entry);
    return map;
  };
  return {
    byId: new Map(pledges.map((p) => [p.id, p])),
    byCountry: by((p) => p.facts.countryIds),
    byRegion: by((p) => p.facts.regionIds),
    byCountryRegion: by((p) => p.facts.countryRegionIds),
    global: pledges.filter((p) => p.facts.isGlobal),
    seen: new Uint32Array(pledges.length),
    searches: 0,
  };
}

// ---------------------------------------------------------------- the bench database

async function databaseReference(db: pg.Client): Promise<Reference> {
  const countries = await db.query<{ id: number; itu_region_id: number; regions: number[]; priority: boolean }>(
    `select c.id, c.itu_region_id, array_remove(array[c.itu_region_id, c.m49region_id, c.m49sub_region_id], null) as regions,
       exists (select 1 from country_group_membership gm where gm.country_id = c.id and gm."group" in ('LDC', 'LLDC', 'SIDS')
         and (gm.since is null or gm.since <= current_date) and (gm.until is null or gm.until > current_date)) as priority
     from country c where c.independent and c.itu_region_id is not null order by c.code`,
  );
  const areas = await db.query<{ id: number; pillars: number[] }>(
    `select f.id, coalesce(array_agg(p.id order by p.id) filter (where p.id is not null), '{}') as pillars
     from focus_area f left join pillar p on p.focus_area_id = f.id and p.published and p.archived_at is null group by f.id order by f.code`,
  );
  const groups = await db.query<{ id: number }>('select id from beneficiary_group order by code');
  return {
    countries: countries.rows.map((c) => ({ id: c.id, ituRegionId: c.itu_region_id, regionIds: c.regions, inPriorityGroup: c.priority })),
    focusAreas: areas.rows.map((a) => ({ id: a.id, pillarIds: a.pillars })),
    beneficiaryGroupIds: groups.rows.map((g) => g.id),
  };
}

const NEED_TITLE = 'Benchmark need ';

/** Inserts the needs, published; returns their IDs in the order of `specs`. */
async function insertNeeds(db: pg.Client, specs: readonly NeedSpec[]): Promise<number[]> {
  const column = <T>(f: (s: NeedSpec) => T) => specs.map(f);
  const { rows } = await db.query<{ id: number; title: string }>(
    `insert into country_need (created_at, updated_at, title, description, country_id, region_id, focus_area_id, pillar_id, modality, gap_usd,
       priority, start_date, end_date, source, status, published_at)
     select now(), now(), $11 || t.ord, 'Inserted by the matchmaking benchmark, deleted at its end.', t.country_id, t.region_id,
       t.focus_area_id, t.pillar_id, t.modality, t.gap_usd, t.priority, t.start_date, t.end_date, $10, 'PUBLISHED', now()
     from unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::pledge_type[], $6::numeric[], $7::need_priority[], $8::date[], $9::date[])
       with ordinality as t(country_id, region_id, focus_area_id, pillar_id, modality, gap_usd, priority, start_date, end_date, ord)
     returning id, title`,
    [
      column((s) => s.countryId),
      column((s) => s.regionId),
      column((s) => s.focusAreaId),
      column((s) => s.pillarId),
      column((s) => s.modality),
      column((s) => s.gapUsd),
      column((s) => s.priority),
      column((s) => s.startDate),
      column((s) => s.endDate),
      MARK.source,
      NEED_TITLE,
    ],
  );
  // The title carries each row's position in `specs`: RETURNING promises no order.
  const ids: number[] = [];
  for (const r of rows) ids[Number(r.title.slice(NEED_TITLE.length)) - 1] = r.id;
  const pairs = specs.flatMap((s, i) => s.beneficiaryGroupIds.map((g) => [ids[i]!, g] as const));
  await db.query('insert into country_need_beneficiary_group (country_need_id, beneficiary_group_id) select * from unnest($1::int[], $2::int[])', [
    pairs.map((p) => p[0]),
    pairs.map((p) => p[1]),
  ]);
  return ids;
}

/** Deletes what the bench inserted (all of it with `account`): matches, needs, the roundtable. */
async function removeInserted(db: pg.Client, account: boolean): Promise<void> {
  await db.query('begin');
  try {
    // Should an interrupted runAllocation still hold its locks, give up: the next run deletes what is left.
    await db.query(`set local lock_timeout = '5s'`);
    await db.query('delete from match where need_id in (select id from country_need where source = $1) or event_id in (select id from event where code = $2)', [
      MARK.source,
      MARK.eventCode,
    ]);
    await db.query('delete from country_need where source = $1', [MARK.source]);
    await db.query('delete from event where code = $1', [MARK.eventCode]);
    if (account) {
      const mine = 'select id from account where email = $1';
      await db.query(`delete from audit_entry where actor_id in (${mine})`, [MARK.email]);
      await db.query(`delete from api_token where account_id in (${mine})`, [MARK.email]);
      await db.query('delete from account where email = $1', [MARK.email]);
    }
    await db.query('commit');
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
}

/**
 * An admin account reached through an API token, as a script would call the API. It has no password
 * anyone could log in with: '!' is no argon2 hash, so every login fails.
 */
async function apiToken(db: pg.Client, server: Server): Promise<string> {
  const { secret, hash } = server.newSecret('p2c_');
  const { rows } = await db.query<{ id: number }>(
    `insert into account (created_at, updated_at, email, display_name, role, password_hash) values (now(), now(), $1, 'Matchmaking benchmark', 'ADMIN', '!') returning id`,
    [MARK.email],
  );
  await db.query(`insert into api_token (account_id, name, token_hash, prefix, created_at) values ($1, 'bench', $2, $3, now())`, [rows[0]!.id, hash, secret.slice(0, 10)]);
  return secret;
}

// ---------------------------------------------------------------- requests

interface Answer<T> {
  data: T;
  /** From the request's start to the end of the answer. */
  ms: number;
  sql: number;
  cacheHits: number;
}

/** One GraphQL request, without any time limit (runAllocation takes minutes); throws on any error in the answer. */
function post<T>(agent: http.Agent, api: string, token: string, query: string, variables: Record<string, unknown>): Promise<Answer<T>> {
  const body = JSON.stringify({ query, variables });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(`${api}/graphql`, { method: 'POST', agent, headers: { ...headers(token), 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const elapsed = performance.now() - started;
        const text = Buffer.concat(chunks).toString('utf8');
        let answer: { data?: T; errors?: unknown[] };
        try {
          answer = JSON.parse(text) as typeof answer;
        } catch {
          reject(new Error(`the API answered HTTP ${response.statusCode} with no JSON: ${text.slice(0, 500)}`));
          return;
        }
        if (response.statusCode !== 200 || answer.errors?.length || !answer.data) {
          reject(new Error(`the API answered HTTP ${response.statusCode} with errors: ${JSON.stringify(answer.errors ?? answer).slice(0, 2000)}`));
          return;
        }
        resolve({ data: answer.data, ms: elapsed, sql: Number(response.headers['x-sql-statements']), cacheHits: Number(response.headers['x-sql-cache-hits'] ?? 0) });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

const headers = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

/** The SQL/req cell most requests share. */
function typicalSql(answers: readonly { sql: number; cacheHits: number }[]): string {
  const tally = new Map<string, number>();
  for (const cell of answers.map(sqlCell)) tally.set(cell, (tally.get(cell) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '—';
}

// ---------------------------------------------------------------- 1. suggestions

interface LatencyRow {
  label: string;
  calls: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rps: number;
  sql: string;
}

function latencyRow(label: string, answers: readonly Answer<unknown>[], rps = NaN): LatencyRow {
  const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
  return { label, calls: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN, rps, sql: typicalSql(answers) };
}

interface Suggestions {
  rows: LatencyRow[];
  warm: LatencyRow;
  cold: number;
  rebuild: number;
  perNeed: string[];
  failed: boolean;
}

type SuggestPage = { suggestedPledges: { totalCount: number } };

async function suggestions(o: MatchmakingOptions, server: Server, db: pg.Client, token: string, ref: Reference): Promise<Suggestions> {
  const random = new Random(SEED);
  const countries = await db.query<{ id: number; code: string }>('select id, code from country where code = any($1)', [SUGGESTION_COUNTRIES]);
  const regions = await db.query<{ id: number; code: string }>(`select id, code from region where kind = 'ITU_D' and code = any($1)`, [SUGGESTION_REGIONS]);
  const places = [
    ...SUGGESTION_COUNTRIES.map((code) => ({ label: code, place: { countryId: countries.rows.find((c) => c.code === code)!.id } })),
    ...SUGGESTION_REGIONS.map((code) => ({ label: `region ${code}`, place: { regionId: regions.rows.find((r) => r.code === code)!.id } })),
  ];
  const specs = places.map((p, i) => needSpec(random, ref, p.place, i % 2 === 0));
  const ids = await insertNeeds(db, specs);
  const needs = ids.map((id, i) => ({ id: server.toGlobalId('CountryNeed', id), label: `${places[i]!.label}, ${specs[i]!.gapUsd === null ? specs[i]!.modality.toLowerCase() : 'financial'}` }));
  log(`suggestions: ${needs.length} published needs inserted (${needs.map((n) => n.label).join('; ')})`);
  await sleep(NOTIFICATION_WAIT_MS);

  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const suggest = (i: number) => post<SuggestPage>(agent, o.api, token, SUGGEST, { needId: needs[i % needs.length]!.id });
    const cold = await suggest(0);
    log(`suggestions: first call, building the index, ${ms(cold.ms)} (${sqlCell(cold)} SQL statements)`);
    const warm: Answer<SuggestPage>[] = [];
    for (let i = 0; i < SEQUENTIAL_CALLS; i++) {
      o.checkAborted();
      warm.push(await suggest(i));
    }
    const warmSql = median(warm.map((a) => a.sql));
    const rebuilds: Answer<SuggestPage>[] = [];
    for (let i = 0; i < REBUILDS; i++) {
      await db.query('update country_need set updated_at = now() where id = $1', [ids[0]]);
      await sleep(NOTIFICATION_WAIT_MS);
      const answer = await suggest(i);
      // A rebuild reads the pledges and the results the change dropped from the cache again; an answer
      // from the old index (the notification not yet in) would say nothing of the rebuild.
      if (answer.sql <= warmSql + 1) throw new Error(`suggestions: the call after a write ran ${answer.sql} SQL statements, as a warm one (${warmSql}): the index was not rebuilt`);
      rebuilds.push(answer);
    }
    log(`suggestions: ${SEQUENTIAL_CALLS} calls one at a time, then ${REBUILDS} after a write each; ${o.connections} connections for ${o.duration} s...`);

    const result = await o.fire({
      url: `${o.api}/graphql`,
      connections: o.connections,
      duration: o.duration,
      requests: needs.map((n) => ({ method: 'POST', path: '/graphql', headers: headers(token), body: JSON.stringify({ query: SUGGEST, variables: { needId: n.id } }) })),
    });
    // The requests in flight when autocannon stops still run; one more, answered after them, keeps them
    // from competing with the next measurement.
    await suggest(0);
    const loaded: LatencyRow = {
      label: `warm, ${o.connections} connections (autocannon, ${o.duration} s)`,
      calls: result.requests.total,
      p50: result.latency.totalCount > 0 ? result.latency.p50 : NaN,
      p95: NaN,
      p99: result.latency.totalCount > 0 ? result.latency.p99 : NaN,
      max: result.latency.totalCount > 0 ? result.latency.max : NaN,
      rps: result.requests.average,
      sql: typicalSql(warm),
    };
    const sequential = latencyRow('warm, one call at a time', warm, (1000 * warm.length) / warm.reduce((sum, a) => sum + a.ms, 0));
    const perNeed = needs.map((need, i) => {
      const mine = warm.filter((_, k) => k % needs.length === i);
      return `${need.label}: ${count(mine[0]!.data.suggestedPledges.totalCount)} eligible pledges, ${ms(median(mine.map((a) => a.ms)))} (median)`;
    });
    return {
      rows: [latencyRow('first call (builds the index)', [cold]), latencyRow('after a write (index rebuilt)', rebuilds), sequential, loaded],
      warm: sequential,
      cold: cold.ms,
      rebuild: median(rebuilds.map((a) => a.ms)),
      perNeed,
      failed: result.errors + result.timeouts + result.non2xx > 0,
    };
  } finally {
    agent.destroy();
  }
}

// ---------------------------------------------------------------- 2. allocation

interface Pipeline {
  phases: { index: number; candidates: number; scoring: number; top: number; lp: number };
  total: number;
  candidatePairs: number;
  eligiblePairs: number;
  lpPairs: number;
  matches: number;
}

/** What RoundtableService.allocate does once the facts are read, phase by phase. */
async function allocationPipeline(server: Server, needs: readonly NeedEntry[], pledges: readonly PledgeEntry[]): Promise<Pipeline> {
  const began = performance.now();
  let last = began;
  const lap = () => {
    const now = performance.now();
    const elapsed = now - last;
    last = now;
    return elapsed;
  };
  const index = indexOf(pledges);
  const phases = { index: lap(), candidates: 0, scoring: 0, top: 0, lp: 0 };
  let candidatePairs = 0;
  let eligiblePairs = 0;
  const pairs: ScoredPair[] = [];
  for (const need of needs) {
    const candidates = server.candidatesFor(index, need.facts);
    phases.candidates += lap();
    const { best, eligible } = server.bestPledges(need, candidates, server.weights, server.candidatesPerNeed);
    phases.scoring += lap();
    pairs.push(...best);
    phases.top += lap();
    candidatePairs += candidates.length;
    eligiblePairs += eligible;
  }
  const needPosition = new Map(needs.map((n, i) => [n.id, i]));
  const pledgeIds = [...new Set(pairs.map((p) => p.pledge.id))];
  const pledgePosition = new Map(pledgeIds.map((id, i) => [id, i]));
  const whole = (usd: number | null) => (usd === null ? null : Math.floor(usd));
  const allocation = await server.allocate({
    needs: needs.map((n) => ({ gap: whole(n.facts.remainingGapUsd) })),
    pledges: pledgeIds.map((id) => ({ capacity: whole(index.byId.get(id)!.facts.remainingUsd) })),
    pairs: pairs.map((p) => ({ need: needPosition.get(p.need.id)!, pledge: pledgePosition.get(p.pledge.id)!, score: p.score })),
  });
  phases.lp = lap();
  return { phases, total: performance.now() - began, candidatePairs, eligiblePairs, lpPairs: pairs.length, matches: allocation.matches.length };
}

interface Synthetic {
  runs: Pipeline[];
  /** The run of median total. */
  typical: Pipeline;
  highsLoad: number;
}

async function syntheticAllocation(o: MatchmakingOptions, server: Server): Promise<Synthetic> {
  const random = new Random(SEED + 1);
  const ref = syntheticReference(random);
  const pledges = syntheticPledges(random, ref);
  const needs = syntheticNeeds(allocationNeeds(random, ref), ref);
  // The solver's WebAssembly loads once per process, at its first allocation: timed on its own.
  const started = performance.now();
  await server.allocate({ needs: [{ gap: 1 }], pledges: [{ capacity: 1 }], pairs: [{ need: 0, pledge: 0, score: 1 }] });
  const highsLoad = performance.now() - started;
  const runs: Pipeline[] = [];
  for (let i = 0; i < SYNTHETIC_RUNS; i++) {
    o.checkAborted();
    runs.push(await allocationPipeline(server, needs, pledges));
    log(`allocation in this process, synthetic ${count(NEEDS)} needs × ${count(SYNTHETIC_PLEDGES)} pledges, run ${i + 1}: ${seconds(runs.at(-1)!.total)}`);
  }
  const typical = [...runs].sort((a, b) => a.total - b.total)[Math.floor(runs.length / 2)]!;
  return { runs, typical, highsLoad };
}

interface ThroughApi {
  total: number;
  solveMs: number;
  lpPairs: number;
  suggested: number;
  sql: string;
  /** Measured in this process on the same facts, to tell where the API's time goes. */
  indexMs: number;
  candidatePairs: number;
  candidatesMs: number;
  /** Scoring and the best candidates of a sample of needs. */
  sample: { needs: number; pairs: number; ms: number };
}

/**
 * The server's own reading of the facts (one SQL statement for the pledges, one for the needs) and
 * candidate finding over the bench database, in this process, then the scoring of a sample of needs.
 */
async function benchDatabaseFacts(server: Server, databaseUrl: string): Promise<Pick<ThroughApi, 'indexMs' | 'candidatePairs' | 'candidatesMs' | 'sample'>> {
  const database = await server.openDatabase(server.loadConfig({ ...process.env, DATABASE_URL: databaseUrl }));
  try {
    const ctx = server.createContext({ em: database.orm.em.fork(), viewer: server.anonymous, requestId: 'bench-matchmaking' });
    let started = performance.now();
    const index = await server.pledgeIndex(ctx);
    const indexMs = performance.now() - started;
    const needs = await server.needFacts(ctx, server.sql(`n.source = ? AND n.status = 'PUBLISHED'`, [MARK.source]));
    started = performance.now();
    const candidates = needs.map((need) => server.candidatesFor(index, need.facts));
    const candidatesMs = performance.now() - started;
    const step = Math.floor(needs.length / SCORED_SAMPLE);
    const sampled = needs.map((need, i) => ({ need, candidates: candidates[i]! })).filter((_, i) => i % step === 0);
    started = performance.now();
    for (const s of sampled) server.bestPledges(s.need, s.candidates, server.weights, server.candidatesPerNeed);
    const sample = { needs: sampled.length, pairs: sampled.reduce((sum, s) => sum + s.candidates.length, 0), ms: performance.now() - started };
    return { indexMs, candidatePairs: candidates.reduce((sum, c) => sum + c.length, 0), candidatesMs, sample };
  } finally {
    await database.close();
  }
}

async function allocationThroughApi(o: MatchmakingOptions, server: Server, db: pg.Client, token: string, ref: Reference): Promise<ThroughApi> {
  const specs = allocationNeeds(new Random(SEED + 2), ref);
  const ids = await insertNeeds(db, specs);
  const countryIds = [...new Set(specs.map((s) => s.countryId!))];
  const { rows } = await db.query<{ id: number }>(
    `insert into event (created_at, updated_at, code, name, kind, start_date, end_date, description)
     values (now(), now(), $1, 'Matchmaking benchmark roundtable', 'MATCHMAKING_ROUNDTABLE', current_date, current_date, 'Inserted by the matchmaking benchmark, deleted at its end.') returning id`,
    [MARK.eventCode],
  );
  const roundtable = rows[0]!.id;
  await db.query('insert into event_country (event_id, country_id) select $1, unnest($2::int[])', [roundtable, countryIds]);
  const { rows: covered } = await db.query<{ n: number }>(
    `select count(*)::int as n from country_need n where n.status = 'PUBLISHED' and n.archived_at is null and n.country_id in (select country_id from event_country where event_id = $1)`,
    [roundtable],
  );
  if (covered[0]!.n !== ids.length) throw new Error(`allocation: the roundtable covers ${covered[0]!.n} published needs, not the ${ids.length} inserted`);
  log(`allocation through the API: ${count(ids.length)} published needs in ${countryIds.length} countries and their roundtable inserted; reading the same facts in this process first...`);

  const facts = await benchDatabaseFacts(server, o.databaseUrl);
  log(
    `allocation through the API: in this process, the pledge index in ${ms(facts.indexMs)}, ${count(facts.candidatePairs)} candidate pairs in ${ms(facts.candidatesMs)}, ` +
      `${facts.sample.needs} needs (${count(facts.sample.pairs)} pairs) scored in ${ms(facts.sample.ms)}`,
  );
  o.checkAborted();
  log('allocation through the API: runAllocation...');
  const agent = new http.Agent({ keepAlive: false });
  try {
    const answer = await post<{ runAllocation: { candidatePairs: number; solveMs: number; matches: { id: string }[] } }>(agent, o.api, token, ALLOCATE, {
      roundtableId: server.toGlobalId('Event', roundtable),
      candidatesPerNeed: server.candidatesPerNeed,
    });
    const { rows: written } = await db.query<{ n: number }>(`select count(*)::int as n from match where event_id = $1 and status = 'SUGGESTED'`, [roundtable]);
    const run = answer.data.runAllocation;
    log(`allocation through the API: ${seconds(answer.ms)}, ${count(written[0]!.n)} SUGGESTED matches written (${count(run.matches.length)} returned)`);
    return { ...facts, total: answer.ms, solveMs: run.solveMs, lpPairs: run.candidatePairs, suggested: written[0]!.n, sql: sqlCell(answer) };
  } finally {
    agent.destroy();
  }
}

// ---------------------------------------------------------------- report

const LATENCY_COLUMNS = ['suggestions (API, cache on)', 'calls', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'req/s', 'SQL/req'];
const latencyCells = (r: LatencyRow) => [r.label, String(r.calls), figure(r.p50), figure(r.p95), figure(r.p99), figure(r.max), figure(r.rps, 1), r.sql];

const ALLOCATION_COLUMNS = [`allocation of ${count(NEEDS)} needs`, `(a) in this process, synthetic (median of ${SYNTHETIC_RUNS})`, '(b) API runAllocation, bench database'];

function allocationCells(s: Synthetic, api: ThroughApi, published: number, perNeed: number): string[][] {
  const t = s.typical;
  const perPairUs = (api.sample.ms * 1000) / api.sample.pairs;
  const scoring = (api.candidatePairs * perPairUs) / 1000;
  return [
    ['pledges', count(SYNTHETIC_PLEDGES), `${count(published)} published`],
    ['candidate pairs (scored)', count(t.candidatePairs), `${count(api.candidatePairs)} (counted in this process)`],
    ['eligible pairs', count(t.eligiblePairs), '—'],
    [`pairs given to the LP (best ${perNeed} per need)`, count(t.lpPairs), count(api.lpPairs)],
    ['matches', count(t.matches), `${count(api.suggested)} SUGGESTED written`],
    ['pledge index', ms(t.phases.index), `${ms(api.indexMs)} (in this process, from SQL)`],
    ['candidates', ms(t.phases.candidates), `${ms(api.candidatesMs)} (in this process)`],
    ['scoring', ms(t.phases.scoring), `≈ ${ms(scoring)} with the best per need (${figure(perPairUs, 1)} µs a pair, over ${api.sample.needs} needs)`],
    [`best ${perNeed} per need`, ms(t.phases.top), 'kept while scoring (a heap of the best), in the line above'],
    ['LP (HiGHS)', ms(t.phases.lp), `${ms(api.solveMs)} (solveMs)`],
    ['total', ms(t.total), `${ms(api.total)} end to end (SQL statements: ${api.sql})`],
  ];
}

export async function benchMatchmaking(o: MatchmakingOptions): Promise<MatchmakingReport> {
  const server = await serverModules();
  const loadAtStart = os.loadavg()[0]!;
  const db = new pg.Client({ connectionString: o.databaseUrl });
  await db.connect();
  o.atExit('the matchmaking benchmark\'s rows', async () => {
    try {
      await removeInserted(db, true);
    } finally {
      await db.end();
    }
  });
  await removeInserted(db, true);
  const token = await apiToken(db, server);
  const ref = await databaseReference(db);
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from pledge where status = 'PUBLISHED' and archived_at is null`);
  const published = rows[0]!.n;

  const suggested = await suggestions(o, server, db, token, ref);
  await removeInserted(db, false);
  o.checkAborted();
  const synthetic = await syntheticAllocation(o, server);
  o.checkAborted();
  const api = await allocationThroughApi(o, server, db, token, ref);
  await removeInserted(db, true);
  log('matchmaking: everything the step inserted is deleted');

  const verdicts: Verdict[] = [
    {
      target: `suggestions p99 < ${SUGGESTION_TARGET_MS} ms (warm, one call at a time)`,
      figure: `${ms(suggested.warm.p99)} (p50 ${ms(suggested.warm.p50)}); first call ${ms(suggested.cold)}, after a write ${ms(suggested.rebuild)}`,
      pass: suggested.warm.p99 < SUGGESTION_TARGET_MS,
    },
    {
      target: `allocation of ${count(NEEDS)} needs × ${count(SYNTHETIC_PLEDGES)} pledges < ${ALLOCATION_TARGET_MS / 1000} s (in this process, synthetic)`,
      figure: `${seconds(synthetic.typical.total)} (runs: ${synthetic.runs.map((r) => seconds(r.total)).join(', ')}; solver load ${ms(synthetic.highsLoad)} once per process, not counted)`,
      pass: synthetic.typical.total < ALLOCATION_TARGET_MS,
    },
    {
      target: `allocation through the API, ${count(NEEDS)} needs × ${count(published)} pledges < ${ALLOCATION_TARGET_MS / 1000} s (harder than asked)`,
      figure: seconds(api.total),
      pass: api.total < ALLOCATION_TARGET_MS,
    },
  ];
  const loadAtEnd = os.loadavg()[0]!;
  const notes = [
    `Suggestions: ${suggested.rows[0]!.calls + suggested.warm.calls + REBUILDS} calls of \`suggestedPledges(needId, first: 20)\` by an admin's API token on the API with its cache, ` +
      `rotating over ${suggested.perNeed.length} published needs inserted for the purpose: ${suggested.perNeed.join('; ')}. ` +
      `The first call builds the process's in-memory index of the ${count(published)} published pledges; any committed change to any table drops it, ` +
      `and the next call builds it again ("after a write": the median of ${REBUILDS} calls, each after an UPDATE of one need, its own scoring included).`,
    `Allocation (a): ${count(NEEDS)} needs over ${NEED_COUNTRIES} countries (80% with a funding gap) and ${count(SYNTHETIC_PLEDGES)} pledges ` +
      '(10% global, the others in 1 to 3 countries, 15% of them also naming their region), generated from a fixed seed; ' +
      'the server\'s candidatesFor, bestPledges and allocate, as RoundtableService.allocate chains them, without the database.',
    `Allocation (b): ${count(NEEDS)} such needs inserted in the bench database and a MATCHMAKING_ROUNDTABLE over their ${NEED_COUNTRIES} countries, ` +
      `then \`runAllocation(candidatesPerNeed: ${server.candidatesPerNeed})\` timed from request to answer. Its needs are scored against all ${count(published)} published pledges, ` +
      'not 10,000: a harder case than the target\'s. Where its time goes is measured in this process on the same facts: the server\'s own pledgeIndex and candidatesFor, ' +
      `and the scoring of ${api.sample.needs} of the needs, from which the scoring of all is estimated.`,
    `Load average ${loadAtStart.toFixed(2)} at the start of the step, ${loadAtEnd.toFixed(2)} at its end, on ${os.availableParallelism()} CPUs shared with whatever else runs: ` +
      'the figures are noisy.',
  ];

  const text = [
    textTable(LATENCY_COLUMNS, suggested.rows.map(latencyCells), {}, 1),
    textTable(ALLOCATION_COLUMNS, allocationCells(synthetic, api, published, server.candidatesPerNeed), {}, 1),
    verdictTable(verdicts),
    ...notes.map((n) => wrap(n)),
  ].join('\n\n');
  const markdown = `## Matchmaking

${notes.map((n) => `- ${n}`).join('\n')}

${markdownTable(LATENCY_COLUMNS, suggested.rows.map(latencyCells), 1)}

${markdownTable(ALLOCATION_COLUMNS, allocationCells(synthetic, api, published, server.candidatesPerNeed), 1)}

${verdictTable(verdicts, true)}
`;
  return { text, markdown, failed: suggested.failed };
}
