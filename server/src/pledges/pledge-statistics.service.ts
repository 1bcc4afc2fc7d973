import { Decimal } from 'decimal.js';
import type { Context } from '../common/context.js';
import type { ListOptions } from '../common/query/list.js';
import { groupBy, matchedRows, money, type AggregateSpec, type Dimension } from '../common/query/aggregate.js';
import { sql, type Sql } from '../common/query/sql.js';
import { readRows } from '../common/query/read.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Pillar } from '../focus-areas/pillar.entity.js';
import { Country, CountryGroup } from '../reference/country.entity.js';
import { Region, RegionKind } from '../reference/region.entity.js';
import { BeneficiaryGroup } from '../reference/beneficiary-group.entity.js';
import { Sdg } from '../reference/sdg.entity.js';
import { Event } from '../events/event.entity.js';
import { pledgeSpec } from './pledge.query.js';
import { Sector } from '../members/member.entity.js';
import { healthOf, ReportingHealth } from '../reports/reporting-health.js';
import { PledgeStatus } from './pledge.entity.js';
import { cumulativeSeries, share } from './time-series.js';
import {
  COALITION_GOAL_USD,
  PledgeGroupKey,
  PledgeGroupOrderField,
  type PledgeGroupKeys,
  type PledgeGroupOrder,
  type PledgeGroups,
  type PledgeStats,
  type PledgeTimeSeries,
  type TimeInterval,
} from './pledge-statistics.types.js';

const DAY = `COALESCE(a.announced_on, a.created_at::date)`;

const regionOfCountries = (kind: RegionKind, column: string) =>
  sql(
    `
  SELECT DISTINCT f.id AS id, r.id AS k FROM f
    JOIN pledge_region pr ON pr.pledge_id = f.id JOIN region r ON r.id = pr.region_id AND r.kind = ?
  UNION
  SELECT f.id, c.${column} FROM f JOIN pledge_country pc ON pc.pledge_id = f.id JOIN country c ON c.id = pc.country_id WHERE c.${column} IS NOT NULL`,
    [kind],
  );

/** Link tables have (pledge, value) as their primary key: no DISTINCT needed. */
const linked = (table: string, column: string) => sql(`SELECT l.pledge_id AS id, l.${column} AS k FROM f JOIN ${table} l ON l.pledge_id = f.id`);

const DIMENSIONS: Record<PledgeGroupKey, Dimension> = {
  [PledgeGroupKey.FOCUS_AREA]: { rows: linked('pledge_focus_area', 'focus_area_id'), keyField: 'focusArea', entity: FocusArea },
  [PledgeGroupKey.PILLAR]: { rows: linked('pledge_pillar', 'pillar_id'), keyField: 'pillar', entity: Pillar },
  [PledgeGroupKey.BENEFICIARY_GROUP]: { rows: linked('pledge_beneficiary_group', 'beneficiary_group_id'), keyField: 'beneficiaryGroup', entity: BeneficiaryGroup },
  [PledgeGroupKey.SDG]: { rows: linked('pledge_sdg', 'sdg_id'), keyField: 'sdg', entity: Sdg },
  [PledgeGroupKey.IMPLEMENTATION_COUNTRY]: { rows: linked('pledge_country', 'country_id'), keyField: 'country', entity: Country },
  [PledgeGroupKey.IMPLEMENTATION_REGION]: { rows: regionOfCountries(RegionKind.ITU_D, 'itu_region_id'), keyField: 'region', entity: Region },
  [PledgeGroupKey.IMPLEMENTATION_M49_REGION]: { rows: regionOfCountries(RegionKind.M49_REGION, 'm49region_id'), keyField: 'region', entity: Region },
  [PledgeGroupKey.IMPLEMENTATION_M49_SUB_REGION]: { rows: regionOfCountries(RegionKind.M49_SUB_REGION, 'm49sub_region_id'), keyField: 'region', entity: Region },
  [PledgeGroupKey.COUNTRY_GROUP]: {
    rows: sql(`SELECT DISTINCT f.id AS id, g."group"::text AS k FROM f JOIN pledge_country pc ON pc.pledge_id = f.id
      JOIN country_group_membership g ON g.country_id = pc.country_id AND (g.since IS NULL OR g.since <= f.day) AND (g.until IS NULL OR g.until > f.day)`),
    keyField: 'countryGroup',
  },
  [PledgeGroupKey.IMPLEMENTATION_STATUS]: { rows: sql(`SELECT f.id AS id, f.implementation_status::text AS k FROM f WHERE f.implementation_status IS NOT NULL`), keyField: 'implementationStatus' },
  [PledgeGroupKey.REPORTING_HEALTH]: { rows: sql(`SELECT f.id AS id, ${healthOf('f', 'f')} AS k FROM f WHERE f.status = ?`, [PledgeStatus.PUBLISHED]), keyField: 'reportingHealth' },
  [PledgeGroupKey.TYPE]: { rows: sql(`SELECT f.id AS id, f.type::text AS k FROM f`), keyField: 'type' },
  [PledgeGroupKey.STATUS]: { rows: sql(`SELECT f.id AS id, f.status::text AS k FROM f`), keyField: 'status' },
  [PledgeGroupKey.YEAR]: { rows: sql(`SELECT f.id AS id, extract(year FROM f.day)::int AS k FROM f`), keyField: 'year' },
  [PledgeGroupKey.EVENT]: { rows: sql(`SELECT f.id AS id, f.event_id AS k FROM f WHERE f.event_id IS NOT NULL`), keyField: 'event', entity: Event },
  [PledgeGroupKey.SECTOR]: { rows: sql(`SELECT f.id AS id, m.sector::text AS k FROM f JOIN member m ON m.id = f.lead_member_id`), keyField: 'sector' },
  [PledgeGroupKey.MEMBER_COUNTRY]: { rows: sql(`SELECT f.id AS id, m.country_id AS k FROM f JOIN member m ON m.id = f.lead_member_id`), keyField: 'memberCountry', entity: Country },
  [PledgeGroupKey.MEMBER_REGION]: {
    rows: sql(`SELECT f.id AS id, c.itu_region_id AS k FROM f JOIN member m ON m.id = f.lead_member_id JOIN country c ON c.id = m.country_id WHERE c.itu_region_id IS NOT NULL`),
    keyField: 'memberRegion',
    entity: Region,
  },
};

/** Pledges grouped and totalled by the generic aggregate machinery. */
export const PLEDGE_AGGREGATE: AggregateSpec = {
  query: pledgeSpec,
  columns: `a.usd_value, a.lead_member_id, a.type, a.status, a.event_id, ${DAY} AS day, a.published_at,
    pp.disbursed_usd, pp.people_reached, pp.implementation_status, pp.last_reported_at`,
  joins: 'LEFT JOIN pledge_progress pp ON pp.id = a.id',
  dimensions: DIMENSIONS,
  sum: 'usd_value',
  measures: { disbursed: 'disbursed_usd', reached: 'people_reached' },
};

/** The beneficiary group `womenCount` counts: a reference-data code, not an enum. */
const WOMEN_AND_GIRLS = 'WOMEN_AND_GIRLS';

const decimal = money;
const optionalDecimal = (value: unknown) => (value === null || value === undefined ? null : new Decimal(value as string).toFixed(2));

export class PledgeStatisticsService {
  constructor(private readonly ctx: Context) {}

  private rows(query: Sql): Promise<Record<string, unknown>[]> {
    return readRows(this.ctx, query);
  }

  async stats(options: ListOptions): Promise<PledgeStats> {
    const base = matchedRows(PLEDGE_AGGREGATE, this.ctx, options);
    const [row] = await this.rows(
      sql(
        `${base.text}
        SELECT count(*)::int AS count, count(f.usd_value)::int AS valued, sum(f.usd_value) AS sum, avg(f.usd_value) AS avg,
          min(f.usd_value) AS min, max(f.usd_value) AS max, count(DISTINCT f.lead_member_id)::int AS entities,
          (SELECT count(DISTINCT f2.lead_member_id) FROM f f2 JOIN member m ON m.id = f2.lead_member_id WHERE m.sector = ?)::int AS governments,
          (SELECT count(DISTINCT pc.country_id) FROM f f3 JOIN pledge_country pc ON pc.pledge_id = f3.id)::int AS countries,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pledge_country pc JOIN country_group_membership g ON g.country_id = pc.country_id
            WHERE pc.pledge_id = f.id AND g."group" = ? AND (g.since IS NULL OR g.since <= f.day) AND (g.until IS NULL OR g.until > f.day)))::int AS ldc,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pledge_beneficiary_group pb JOIN beneficiary_group b ON b.id = pb.beneficiary_group_id
            WHERE pb.pledge_id = f.id AND b.code = ?))::int AS women,
          coalesce(sum(f.disbursed_usd), 0) AS disbursed, coalesce(sum(f.people_reached), 0)::bigint AS reached,
          count(*) FILTER (WHERE f.status = ? AND ${healthOf('f', 'f')} = ?)::int AS overdue
        FROM f`,
        [...base.values, Sector.GOVERNMENT, CountryGroup.LDC, WOMEN_AND_GIRLS, PledgeStatus.PUBLISHED, ReportingHealth.OVERDUE],
      ),
    );
    const r = row!;
    const count = r.count as number;
    const sum = decimal(r.sum);
    return {
      count,
      valuedCount: r.valued as number,
      sumUsd: sum,
      averageUsd: optionalDecimal(r.avg),
      minUsd: optionalDecimal(r.min),
      maxUsd: optionalDecimal(r.max),
      pledgingEntities: r.entities as number,
      governments: r.governments as number,
      implementationCountries: r.countries as number,
      ldcCount: r.ldc as number,
      ldcShare: share(r.ldc as number, count),
      womenCount: r.women as number,
      womenShare: share(r.women as number, count),
      goalUsd: decimal(COALITION_GOAL_USD),
      goalProgress: new Decimal(sum).div(COALITION_GOAL_USD).toNumber(),
      disbursedUsd: decimal(r.disbursed),
      disbursedShare: new Decimal(sum).gt(0) ? new Decimal(decimal(r.disbursed)).div(sum).toNumber() : 0,
      peopleReached: Number(r.reached),
      overdueCount: r.overdue as number,
    };
  }

  async groups(keys: readonly PledgeGroupKey[], options: ListOptions, orderBy: readonly PledgeGroupOrder[] | undefined, first: number): Promise<PledgeGroups> {
    const order = orderBy?.map((o) => ({ field: o.field === PledgeGroupOrderField.SUM_USD ? ('SUM' as const) : o.field, direction: o.direction }));
    const grouped = await groupBy(PLEDGE_AGGREGATE, this.ctx, keys, options, order, first);
    return {
      groups: grouped.groups.map((g) => ({
        key: g.key as PledgeGroupKeys,
        count: g.count,
        sumUsd: g.sum,
        share: share(g.count, grouped.totalCount),
        disbursedUsd: decimal(g.measures.disbursed),
        peopleReached: Number(g.measures.reached),
      })),
      totalCount: grouped.totalCount,
      totalUsd: grouped.totalSum,
      totalDisbursedUsd: decimal(grouped.totalMeasures.disbursed),
    };
  }

  async timeSeries(interval: TimeInterval, options: ListOptions): Promise<PledgeTimeSeries> {
    const base = matchedRows(PLEDGE_AGGREGATE, this.ctx, options);
    const unit = interval === 'YEAR' ? 'year' : 'month';
    const rows = await this.rows(
      sql(
        `${base.text}
        SELECT to_char(date_trunc(?, f.day), 'YYYY-MM-DD') AS period, count(*)::int AS count, coalesce(sum(f.usd_value), 0) AS sum
        FROM f GROUP BY 1 ORDER BY 1`,
        [...base.values, unit],
      ),
    );
    const points = cumulativeSeries(
      rows.map((r) => ({ period: r.period as string, count: r.count as number, sumUsd: String(r.sum) })),
      interval,
    );
    return { points, goalUsd: decimal(COALITION_GOAL_USD) };
  }
}

