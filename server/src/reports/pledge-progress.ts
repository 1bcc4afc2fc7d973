import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Decimal } from 'decimal.js';
import type { Context } from '../common/context.js';
import { DecimalScalar } from '../common/scalars.js';
import { readRows } from '../common/query/read.js';
import { fragment, list, sql } from '../common/query/sql.js';
import { ImplementationStatus } from './progress-report.entity.js';
import { healthOf, REPORTED, ReportingHealth } from './reporting-health.js';

@ObjectType({ description: 'How far a pledge has come, from its progress reports: figures from accepted reports, reporting state as of today.' })
export class PledgeProgress {
  @Field(() => ImplementationStatus, { nullable: true, description: 'As of the latest accepted report.' })
  implementationStatus!: ImplementationStatus | null;

  @Field(() => Int, { nullable: true, description: 'Year of the latest accepted report.' })
  latestReportYear!: number | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When a report was last submitted (accepted since, or waiting for a curator).' })
  lastReportedAt!: Date | null;

  @Field(() => DecimalScalar, { description: 'Disbursed in total over the accepted reports, in USD.' })
  disbursedUsd!: string;

  @Field(() => Float, { nullable: true, description: '`disbursedUsd` over the pledge\'s estimated value in USD; null without a value.' })
  disbursedShare!: number | null;

  @Field(() => Int, { nullable: true, description: 'People reached so far, as of the latest accepted report.' })
  peopleReached!: number | null;

  @Field(() => Int, { nullable: true })
  womenReached!: number | null;

  @Field(() => Int)
  acceptedReports!: number;

  @Field(() => ReportingHealth, { nullable: true, description: 'Null for pledges that are not published.' })
  reportingHealth!: ReportingHealth | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the next report is due: 12 months after the last one (or publication), sooner when an open cycle is owed a report. Null when none is owed.' })
  nextReportDueOn!: string | null;
}

/** Owed to an open cycle: opened after the pledge was published, and no report for its year submitted yet. */
const owedCycleDue = (p: string) =>
  sql(
    `(SELECT min(c.due_on) FROM reporting_cycle c
  WHERE c.closed_at IS NULL AND c.archived_at IS NULL AND c.opened_at >= ${p}.published_at
    AND NOT EXISTS (SELECT 1 FROM progress_report r WHERE r.pledge_id = ${p}.id AND r.year = c.year AND r.status IN (${list(REPORTED).text}) AND r.archived_at IS NULL))`,
    REPORTED,
  );

/** The health of a pledge that still owes reports, and so has a next due date. */
const OWING = [ReportingHealth.REPORTED, ReportingHealth.DUE, ReportingHealth.OVERDUE];

/** The progress of many pledges in one statement, for a page of pledges. */
export function progressLoader(ctx: Context) {
  return ctx.loaders.batch<PledgeProgress>('pledgeProgress', async (ids) => {
    const rows = await readRows(
      ctx,
      fragment`SELECT p.id, pp.implementation_status, pp.latest_report_year, pp.last_reported_at, coalesce(pp.disbursed_usd, 0)::text AS disbursed_usd, p.usd_value::text AS usd_value,
          pp.people_reached, pp.women_reached, coalesce(pp.accepted_reports, 0) AS accepted_reports, h.health,
          CASE WHEN h.health IN (${list(OWING)})
            THEN to_char(LEAST((coalesce(pp.last_reported_at, p.published_at) + interval '12 months')::date, ${owedCycleDue('p')}), 'YYYY-MM-DD') END AS next_due
        FROM pledge p LEFT JOIN pledge_progress pp ON pp.id = p.id, LATERAL (SELECT ${healthOf('p', 'pp')} AS health) h
        WHERE p.id IN (${list(ids)})`,
    );
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.map((id) => {
      const r = byId.get(id) ?? {};
      const disbursed = (r.disbursed_usd as string | undefined) ?? '0';
      const value = r.usd_value as string | null | undefined;
      return {
        implementationStatus: (r.implementation_status as ImplementationStatus | null) ?? null,
        latestReportYear: (r.latest_report_year as number | null) ?? null,
        lastReportedAt: r.last_reported_at ? new Date(r.last_reported_at as string) : null,
        disbursedUsd: new Decimal(disbursed).toFixed(2),
        disbursedShare: value && new Decimal(value).gt(0) ? new Decimal(disbursed).div(value).toNumber() : null,
        peopleReached: (r.people_reached as number | null) ?? null,
        womenReached: (r.women_reached as number | null) ?? null,
        acceptedReports: Number(r.accepted_reports ?? 0),
        reportingHealth: (r.health as ReportingHealth | null) ?? null,
        nextReportDueOn: (r.next_due as string | null) ?? null,
      };
    });
  });
}
