import type { Context } from '../common/context.js';
import { readRows } from '../common/query/read.js';
import { list, sql, type Sql } from '../common/query/sql.js';
import { CountryGroup } from '../reference/country.entity.js';
import { PledgeStatus } from '../pledges/pledge.entity.js';
import { CountryNeedStatus } from './country-need.entity.js';
import { COMMITTED } from './match.entity.js';
import type { Modality, NeedFacts, NeedPriority, PledgeFacts } from './scoring.js';

/** Facts of a pledge for scoring, with its ID. */
export interface PledgeEntry {
  readonly id: number;
  /** Its place in the index, for marking it seen without a set. */
  readonly position: number;
  readonly facts: PledgeFacts;
}

export interface NeedEntry {
  readonly id: number;
  readonly facts: NeedFacts;
}

/** Published pledges, indexed by where they are implemented, so that a need's candidates are found without a scan. */
export interface PledgeIndex {
  readonly byId: ReadonlyMap<number, PledgeEntry>;
  readonly byCountry: ReadonlyMap<number, readonly PledgeEntry[]>;
  /** By region named on the pledge. */
  readonly byRegion: ReadonlyMap<number, readonly PledgeEntry[]>;
  /** By region of one of the pledge's countries. */
  readonly byCountryRegion: ReadonlyMap<number, readonly PledgeEntry[]>;
  readonly global: readonly PledgeEntry[];
  /** Per pledge, the number of the last candidate search that took it: a need's candidates come out once each. */
  readonly seen: Uint32Array;
  searches: number;
}

const ids = (value: unknown) => new Set((value as number[] | null) ?? []);
const money = (value: unknown) => (value === null || value === undefined ? null : Math.max(0, Number(value)));

/** The needs matched: published and not archived, as the pledges the index holds. */
export const matchableNeed = (n: string): Sql => sql(`${n}.status = ? AND ${n}.archived_at IS NULL`, [CountryNeedStatus.PUBLISHED]);

/** Every published pledge with what scoring needs, in one statement; remaining value net of committed matches. */
const PLEDGE_FACTS = sql(
  `
  WITH p AS (SELECT id, is_global, type, usd_value, start_date, end_date FROM pledge WHERE status = ? AND archived_at IS NULL),
  allocated AS (SELECT m.pledge_id AS id, sum(m.amount_usd) AS amount FROM match m JOIN p ON p.id = m.pledge_id
    WHERE m.archived_at IS NULL AND m.status IN (${list(COMMITTED).text}) GROUP BY 1),
  countries AS (SELECT pc.pledge_id AS id, array_agg(pc.country_id) AS ids,
      array_remove(array_agg(DISTINCT c.itu_region_id) || array_agg(DISTINCT c.m49region_id) || array_agg(DISTINCT c.m49sub_region_id), NULL) AS regions
    FROM pledge_country pc JOIN p ON p.id = pc.pledge_id JOIN country c ON c.id = pc.country_id GROUP BY 1),
  regions AS (SELECT pr.pledge_id AS id, array_agg(pr.region_id) AS ids FROM pledge_region pr JOIN p ON p.id = pr.pledge_id GROUP BY 1),
  areas AS (SELECT l.pledge_id AS id, array_agg(l.focus_area_id) AS ids FROM pledge_focus_area l JOIN p ON p.id = l.pledge_id GROUP BY 1),
  pillars AS (SELECT l.pledge_id AS id, array_agg(l.pillar_id) AS ids FROM pledge_pillar l JOIN p ON p.id = l.pledge_id GROUP BY 1),
  groups AS (SELECT l.pledge_id AS id, array_agg(l.beneficiary_group_id) AS ids FROM pledge_beneficiary_group l JOIN p ON p.id = l.pledge_id GROUP BY 1)
  SELECT p.id, p.is_global, p.type::text AS type, (p.usd_value - coalesce(allocated.amount, 0))::float8 AS remaining,
    to_char(p.start_date, 'YYYY-MM-DD') AS start_date, to_char(p.end_date, 'YYYY-MM-DD') AS end_date,
    countries.ids AS countries, countries.regions AS country_regions, regions.ids AS regions, areas.ids AS areas, pillars.ids AS pillars, groups.ids AS groups
  FROM p LEFT JOIN allocated USING (id) LEFT JOIN countries USING (id) LEFT JOIN regions USING (id) LEFT JOIN areas USING (id)
    LEFT JOIN pillars USING (id) LEFT JOIN groups USING (id)`,
  [PledgeStatus.PUBLISHED, ...COMMITTED],
);

function pledgeEntry(r: Record<string, unknown>, position: number): PledgeEntry {
  return {
    id: Number(r.id),
    position,
    facts: {
      published: true,
      isGlobal: Boolean(r.is_global),
      countryIds: ids(r.countries),
      regionIds: ids(r.regions),
      countryRegionIds: ids(r.country_regions),
      focusAreaIds: ids(r.areas),
      pillarIds: ids(r.pillars),
      beneficiaryGroupIds: ids(r.groups),
      type: r.type as Modality,
      remainingUsd: money(r.remaining),
      startDate: (r.start_date as string | null) ?? null,
      endDate: (r.end_date as string | null) ?? null,
    },
  };
}

function push<K>(map: Map<K, PledgeEntry[]>, key: K, entry: PledgeEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

async function loadPledgeIndex(ctx: Context): Promise<PledgeIndex> {
  const rows = await readRows(ctx, PLEDGE_FACTS);
  const byId = new Map<number, PledgeEntry>();
  const byCountry = new Map<number, PledgeEntry[]>();
  const byRegion = new Map<number, PledgeEntry[]>();
  const byCountryRegion = new Map<number, PledgeEntry[]>();
  const global: PledgeEntry[] = [];
  for (const [position, row] of rows.entries()) {
    const entry = pledgeEntry(row, position);
    byId.set(entry.id, entry);
    for (const c of entry.facts.countryIds) push(byCountry, c, entry);
    for (const r of entry.facts.regionIds) push(byRegion, r, entry);
    for (const r of entry.facts.countryRegionIds) push(byCountryRegion, r, entry);
    if (entry.facts.isGlobal) global.push(entry);
  }
  return { byId, byCountry, byRegion, byCountryRegion, global, seen: new Uint32Array(rows.length), searches: 0 };
}

/**
 * The published pledges' facts, built once per change of the data and shared by the process's requests
 * (a hundred thousand pledges take about a second to read; a suggestion then takes milliseconds).
 * Mutations use it too: they read it before writing anything it holds, and committed amounts are
 * checked again by the database as they are written.
 */
export function pledgeIndex(ctx: Context): Promise<PledgeIndex> {
  if (!ctx.cache) return loadPledgeIndex(ctx);
  return ctx.cache.derived('matchmaking:pledgeIndex', () => loadPledgeIndex(ctx));
}

/** The pledges that can score against a need at all: where the need is, across its region, or global. */
export function candidatesFor(index: PledgeIndex, need: NeedFacts): PledgeEntry[] {
  const search = (index.searches = (index.searches % 0xffffffff) + 1);
  if (search === 1) index.seen.fill(0);
  const found: PledgeEntry[] = [];
  const add = (entries: readonly PledgeEntry[] | undefined) => {
    if (!entries) return;
    for (const entry of entries) {
      if (index.seen[entry.position] === search) continue;
      index.seen[entry.position] = search;
      found.push(entry);
    }
  };
  if (need.countryId !== null) add(index.byCountry.get(need.countryId));
  for (const region of need.regionIds) {
    add(index.byRegion.get(region));
    if (need.countryId === null) add(index.byCountryRegion.get(region));
  }
  add(index.global);
  return found;
}

const PRIORITY_GROUPS = [CountryGroup.LDC, CountryGroup.LLDC, CountryGroup.SIDS];

/** Needs with what scoring needs, remaining gap net of committed matches; the condition is over `n`. */
function needFactsQuery(condition: Sql): Sql {
  return sql(
    `SELECT n.id, n.country_id, n.focus_area_id, n.pillar_id, n.modality::text AS modality, n.priority::text AS priority,
      (n.gap_usd - coalesce((SELECT sum(m.amount_usd) FROM match m WHERE m.need_id = n.id AND m.archived_at IS NULL AND m.status IN (${list(COMMITTED).text})), 0))::float8 AS remaining,
      to_char(n.start_date, 'YYYY-MM-DD') AS start_date, to_char(n.end_date, 'YYYY-MM-DD') AS end_date,
      array_remove(ARRAY[n.region_id, c.itu_region_id, c.m49region_id, c.m49sub_region_id], NULL) AS regions,
      (SELECT array_agg(g.beneficiary_group_id) FROM country_need_beneficiary_group g WHERE g.country_need_id = n.id) AS groups,
      EXISTS (SELECT 1 FROM country_group_membership gm WHERE gm.country_id = n.country_id AND gm."group" IN (${list(PRIORITY_GROUPS).text})
        AND (gm.since IS NULL OR gm.since <= current_date) AND (gm.until IS NULL OR gm.until > current_date)) AS in_group
    FROM country_need n LEFT JOIN country c ON c.id = n.country_id
    WHERE ${condition.text}
    ORDER BY n.id`,
    [...COMMITTED, ...PRIORITY_GROUPS, ...condition.values],
  );
}

function needEntry(r: Record<string, unknown>): NeedEntry {
  return {
    id: Number(r.id),
    facts: {
      countryId: r.country_id === null ? null : Number(r.country_id),
      regionIds: ids(r.regions),
      focusAreaId: Number(r.focus_area_id),
      pillarId: r.pillar_id === null ? null : Number(r.pillar_id),
      beneficiaryGroupIds: ids(r.groups),
      modality: r.modality as Modality,
      remainingGapUsd: money(r.remaining),
      startDate: (r.start_date as string | null) ?? null,
      endDate: (r.end_date as string | null) ?? null,
      priority: r.priority as NeedPriority,
      inPriorityCountryGroup: Boolean(r.in_group),
    },
  };
}

export async function needFacts(ctx: Context, condition: Sql): Promise<NeedEntry[]> {
  return (await readRows(ctx, needFactsQuery(condition))).map(needEntry);
}

/** What committed matches give a need, in USD: one statement for a page of needs. */
export function allocatedToNeed(ctx: Context, needId: number): Promise<string> {
  return ctx.loaders
    .batch<string>('needAllocated', async (ids) => {
      const rows = await readRows(
        ctx,
        sql(
          `SELECT need_id, sum(amount_usd)::text AS allocated FROM match WHERE need_id IN (${list(ids).text}) AND archived_at IS NULL
            AND status IN (${list(COMMITTED).text}) GROUP BY need_id`,
          [...ids, ...COMMITTED],
        ),
      );
      const byId = new Map(rows.map((r) => [Number(r.need_id), r.allocated as string]));
      return ids.map((id) => byId.get(id) ?? '0');
    })
    .load(needId);
}
