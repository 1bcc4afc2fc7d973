import type { EntityManager } from '@mikro-orm/postgresql';
import { list } from '../common/query/sql.js';
import { ProgressReportStatus } from './progress-report.workflow.js';

/**
 * Recomputes one pledge's progress row from its reports, in the caller's transaction:
 * figures from ACCEPTED reports, the last report date from SUBMITTED and ACCEPTED ones.
 */
export async function refreshPledgeProgress(em: EntityManager, pledgeId: number): Promise<void> {
  // Read here, not when the module loads: the workflow that calls this defines the statuses and loads this module first.
  const reported = [ProgressReportStatus.SUBMITTED, ProgressReportStatus.ACCEPTED];
  await em.execute(
    `WITH r AS (SELECT * FROM progress_report WHERE pledge_id = ? AND archived_at IS NULL),
      latest AS (SELECT * FROM r WHERE status = ? ORDER BY year DESC, submitted_at DESC NULLS LAST LIMIT 1)
    INSERT INTO pledge_progress AS pp (id, latest_report_year, implementation_status, last_reported_at, disbursed_usd, people_reached, women_reached, accepted_reports)
    SELECT ?, (SELECT year FROM latest), (SELECT implementation_status FROM latest),
      (SELECT max(submitted_at) FROM r WHERE status IN (${list(reported).text})),
      (SELECT coalesce(sum(disbursed_usd), 0) FROM r WHERE status = ?),
      (SELECT people_reached FROM latest), (SELECT women_reached FROM latest),
      (SELECT count(*) FROM r WHERE status = ?)
    ON CONFLICT (id) DO UPDATE SET latest_report_year = excluded.latest_report_year, implementation_status = excluded.implementation_status,
      last_reported_at = excluded.last_reported_at, disbursed_usd = excluded.disbursed_usd, people_reached = excluded.people_reached,
      women_reached = excluded.women_reached, accepted_reports = excluded.accepted_reports`,
    [pledgeId, ProgressReportStatus.ACCEPTED, pledgeId, ...reported, ProgressReportStatus.ACCEPTED, ProgressReportStatus.ACCEPTED],
  );
}
