import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Recomputes one pledge's progress row from its reports, in the caller's transaction:
 * figures from ACCEPTED reports, the last report date from SUBMITTED and ACCEPTED ones.
 */
export async function refreshPledgeProgress(em: EntityManager, pledgeId: number): Promise<void> {
  await em.execute(
    `WITH r AS (SELECT * FROM progress_report WHERE pledge_id = ? AND archived_at IS NULL),
      latest AS (SELECT * FROM r WHERE status = 'ACCEPTED' ORDER BY year DESC, submitted_at DESC NULLS LAST LIMIT 1)
    INSERT INTO pledge_progress AS pp (id, latest_report_year, implementation_status, last_reported_at, disbursed_usd, people_reached, women_reached, accepted_reports)
    SELECT ?, (SELECT year FROM latest), (SELECT implementation_status FROM latest),
      (SELECT max(submitted_at) FROM r WHERE status IN ('SUBMITTED', 'ACCEPTED')),
      (SELECT coalesce(sum(disbursed_usd), 0) FROM r WHERE status = 'ACCEPTED'),
      (SELECT people_reached FROM latest), (SELECT women_reached FROM latest),
      (SELECT count(*) FROM r WHERE status = 'ACCEPTED')
    ON CONFLICT (id) DO UPDATE SET latest_report_year = excluded.latest_report_year, implementation_status = excluded.implementation_status,
      last_reported_at = excluded.last_reported_at, disbursed_usd = excluded.disbursed_usd, people_reached = excluded.people_reached,
      women_reached = excluded.women_reached, accepted_reports = excluded.accepted_reports`,
    [pledgeId, pledgeId],
  );
}
