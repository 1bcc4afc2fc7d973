import { registerEnumType } from 'type-graphql';
import { scalar, type QuerySpec } from '../common/query/spec.js';
import { ImplementationStatus, ProgressReportStatus } from './progress-report.entity.js';

export enum ReportingHealth {
  REPORTED = 'REPORTED',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  CLOSED = 'CLOSED',
}
registerEnumType(ReportingHealth, {
  name: 'ReportingHealth',
  description: 'Whether a published pledge is up to date with its yearly progress reports (null for pledges that are not published).',
  valuesConfig: {
    REPORTED: { description: 'Reported (submitted or accepted) within the last 12 months.' },
    DUE: { description: 'Owes a report: none yet, or the last one is more than 12 months old.' },
    OVERDUE: { description: 'No report for more than 24 months (or never, 24 months after publication): counted as inactive.' },
    CLOSED: { description: 'Its last accepted report says COMPLETED or CANCELLED: no more reports are owed.' },
  },
});

/** The statuses in which a report counts as made for its year, though its figures count only once accepted. */
export const REPORTED = [ProgressReportStatus.SUBMITTED, ProgressReportStatus.ACCEPTED] as const;

/**
 * The health of the pledge `p` whose progress row is `pp` (possibly absent, through a LEFT JOIN), as of today:
 * the rule lives in the database function `p2c_reporting_health`, used by filters, groups and fields alike.
 */
export const healthOf = (p: string, pp: string) =>
  `p2c_reporting_health(${p}.status::text, ${p}.published_at, ${pp}.last_reported_at, ${pp}.implementation_status::text, current_date)`;

/** A pledge's progress as derived from its reports (pledges without reports have no row). */
export const pledgeProgressSpec: QuerySpec = {
  name: 'PledgeProgress',
  table: 'pledge_progress',
  fields: {
    implementationStatus: scalar('implementation_status', { enum: ImplementationStatus, name: 'ImplementationStatus' }, { description: 'As of the latest accepted report.' }),
    latestReportYear: scalar('latest_report_year', 'int'),
    lastReportedAt: scalar('last_reported_at', 'datetime'),
    disbursedUsd: scalar('disbursed_usd', 'decimal', { description: 'Total disbursed, in USD, over the accepted reports.' }),
    peopleReached: scalar('people_reached', 'int'),
    womenReached: scalar('women_reached', 'int'),
    acceptedReports: scalar('accepted_reports', 'int'),
  },
  orders: {},
  defaultOrder: [],
};
