import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Context } from '../common/context.js';
import { readRows } from '../common/query/read.js';
import { list, sql } from '../common/query/sql.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Sector } from '../members/member.entity.js';
import { PledgeStatus, PledgeType } from '../pledges/pledge.entity.js';
import { share } from '../pledges/time-series.js';
import type { ReportingCycle } from './reporting-cycle.entity.js';
import { ProgressReportStatus } from './progress-report.entity.js';
import { REPORTED } from './reporting-health.js';

@ObjectType({ description: 'Pledges owing a cycle a report, and how many reported, in one group.' })
export class ReportingRateGroup {
  @Field(() => Sector, { nullable: true })
  sector?: Sector;

  @Field(() => PledgeType, { nullable: true })
  type?: PledgeType;

  @Field(() => FocusArea, { nullable: true })
  focusArea?: FocusArea;

  @Field(() => Int, { description: 'Pledges owing the cycle a report.' })
  owed!: number;

  @Field(() => Int, { description: 'Of them, pledges reported on (submitted or accepted).' })
  reported!: number;

  @Field(() => Float, { description: '`reported` / `owed`, from 0 to 1.' })
  rate!: number;
}

@ObjectType({ description: 'How well a reporting cycle was answered: "202 pledges reported on by 99 entities".' })
export class ReportingStats {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Pledges owing the cycle a report: published when it opened (or reported on for its year).' })
  owed!: number;

  @Field(() => Int, { description: 'Pledges reported on for the year (submitted or accepted).' })
  reported!: number;

  @Field(() => Int, { description: 'Of them, reports accepted by a curator.' })
  accepted!: number;

  @Field(() => Float, { description: '`reported` / `owed`, from 0 to 1.' })
  rate!: number;

  @Field(() => Int, { description: 'Lead members owing at least one report.' })
  entitiesOwing!: number;

  @Field(() => Int, { description: 'Lead members that reported on at least one pledge.' })
  entitiesReported!: number;

  @Field(() => [ReportingRateGroup], { description: 'By the sector of the lead member.' })
  bySector!: ReportingRateGroup[];

  @Field(() => [ReportingRateGroup], { description: 'By focus area (a pledge counts in each of its focus areas).' })
  byFocusArea!: ReportingRateGroup[];

  @Field(() => [ReportingRateGroup], { description: 'By pledge type.' })
  byType!: ReportingRateGroup[];
}

/** Owing: published when the cycle opened, and still published unless it reported for the year anyway (a report then counts). */
const owed = (cycle: ReportingCycle) =>
  sql(
    `WITH owed AS MATERIALIZED (
  SELECT p.id, p.lead_member_id, p.type::text AS type, m.sector::text AS sector, rep.status IS NOT NULL AS reported, rep.status = ? AS accepted
  FROM pledge p JOIN member m ON m.id = p.lead_member_id
  LEFT JOIN LATERAL (SELECT r.status FROM progress_report r WHERE r.pledge_id = p.id AND r.year = ? AND r.status IN (${list(REPORTED).text}) AND r.archived_at IS NULL LIMIT 1) rep ON true
  WHERE p.archived_at IS NULL AND p.published_at <= ? AND (p.status = ? OR rep.status IS NOT NULL)
)`,
    [ProgressReportStatus.ACCEPTED, cycle.year, ...REPORTED, cycle.openedAt, PledgeStatus.PUBLISHED],
  );

const rateOf = (owed: number, reported: number) => ({ owed, reported, rate: share(reported, owed) });

/** A cycle's reporting rate, overall and by sector, focus area and type, in one statement. */
export async function reportingStats(ctx: Context, cycle: ReportingCycle): Promise<ReportingStats> {
  const group = (key: string, from = 'owed o') =>
    `(SELECT coalesce(json_agg(g ORDER BY g.k), '[]') FROM (SELECT ${key} AS k, count(*)::int AS owed, count(*) FILTER (WHERE o.reported)::int AS reported FROM ${from} GROUP BY 1) g)`;
  const base = owed(cycle);
  const [row] = await readRows(
    ctx,
    sql(
      `${base.text}
      SELECT count(*)::int AS owed, count(*) FILTER (WHERE reported)::int AS reported, count(*) FILTER (WHERE accepted)::int AS accepted,
        count(DISTINCT lead_member_id)::int AS entities_owing, count(DISTINCT lead_member_id) FILTER (WHERE reported)::int AS entities_reported,
        ${group('o.sector')} AS by_sector, ${group('o.type')} AS by_type,
        ${group('pf.focus_area_id', 'owed o JOIN pledge_focus_area pf ON pf.pledge_id = o.id')} AS by_focus_area
      FROM owed`,
      base.values,
    ),
  );
  const r = row!;
  type Row = { k: string | number; owed: number; reported: number };
  const focusAreas = await Promise.all((r.by_focus_area as Row[]).map(async (g) => ({ focusArea: await ctx.loaders.byId(FocusArea, Number(g.k)), ...rateOf(g.owed, g.reported) })));
  return {
    year: cycle.year,
    ...rateOf(r.owed as number, r.reported as number),
    accepted: r.accepted as number,
    entitiesOwing: r.entities_owing as number,
    entitiesReported: r.entities_reported as number,
    bySector: (r.by_sector as Row[]).map((g) => ({ sector: g.k as Sector, ...rateOf(g.owed, g.reported) })),
    byType: (r.by_type as Row[]).map((g) => ({ type: g.k as PledgeType, ...rateOf(g.owed, g.reported) })),
    byFocusArea: focusAreas,
  };
}
