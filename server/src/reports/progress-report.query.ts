import { column, custom, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { and, list, or, sql, TRUE, type Sql } from '../common/query/sql.js';
import { isStaff, type Viewer } from '../common/viewer.js';
import { pledgeSpec } from '../pledges/pledge.query.js';
import { ImplementationStatus, ProgressReportStatus } from './progress-report.entity.js';

/** As `canViewReport`, over rows: accepted reports of published pledges for anyone, all of their members' for pledgers. */
function visibility(viewer: Viewer, alias: string, options: { includeArchived: boolean }): Sql {
  const notArchived = sql(`${alias}.archived_at IS NULL`);
  if (isStaff(viewer)) return options.includeArchived ? TRUE : notArchived;
  const accepted = sql(
    `${alias}.status = 'ACCEPTED' AND ${alias}.pledge_id IN (SELECT vp.id FROM pledge vp WHERE vp.status = 'PUBLISHED' AND vp.archived_at IS NULL)`,
  );
  if (viewer.kind === 'account' && viewer.memberIds.size) {
    const members = list([...viewer.memberIds]);
    return and([notArchived, or([accepted, sql(`${alias}.pledge_id IN (SELECT op.id FROM pledge op WHERE op.lead_member_id IN (${members.text}))`, members.values)])]);
  }
  return and([notArchived, accepted]);
}

export const progressReportSpec: QuerySpec = {
  name: 'ProgressReport',
  table: 'progress_report',
  fields: {
    id: scalar('id', 'id'),
    year: scalar('year', 'int'),
    status: scalar('status', { enum: ProgressReportStatus, name: 'ProgressReportStatus' }),
    implementationStatus: scalar('implementation_status', { enum: ImplementationStatus, name: 'ImplementationStatus' }),
    disbursedUsd: scalar('disbursed_usd', 'decimal', { description: 'Disbursed during the year, in USD.' }),
    peopleReached: scalar('people_reached', 'int'),
    womenReached: scalar('women_reached', 'int'),
    createdAt: scalar('created_at', 'datetime'),
    updatedAt: scalar('updated_at', 'datetime'),
    submittedAt: scalar('submitted_at', 'datetime'),
    decidedAt: scalar('decided_at', 'datetime'),
    pledge: one('pledge_id', () => pledgeSpec, { description: 'The pledge reported on: its lead member, focus areas, countries...' }),
    includeArchived: custom<boolean>({ input: () => Boolean, description: 'Include archived reports (staff only).', compile: () => TRUE }),
  },
  orders: {
    YEAR: column('year'),
    CREATED_AT: column('created_at'),
    UPDATED_AT: column('updated_at'),
    SUBMITTED_AT: column('submitted_at', { nullable: true }),
    DISBURSED_USD: column('disbursed_usd', { nullable: true }),
    PEOPLE_REACHED: column('people_reached', { nullable: true }),
  },
  defaultOrder: [{ field: 'UPDATED_AT', direction: 'DESC' }],
  visibility,
};
