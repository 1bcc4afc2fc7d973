import { archivedField, column, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { pledgeSpec } from '../pledges/pledge.query.js';
import { ImplementationStatus, ProgressReportStatus } from './progress-report.entity.js';

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
    archived: archivedField(),
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
};
