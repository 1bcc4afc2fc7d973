import { CuratedService } from '../common/curated.service.js';
import { conflict, invalidInput, invalidState } from '../common/errors.js';
import { readRows } from '../common/query/read.js';
import { fragment, list, sql, type Sql } from '../common/query/sql.js';
import { Pledge, PledgeStatus } from '../pledges/pledge.entity.js';
import { NotificationService } from '../notifications/notification.service.js';
import { ReportingCycle } from './reporting-cycle.entity.js';
import type { OpenReportingCycleInput } from './progress-report.inputs.js';
import { reportReminder } from './report-messages.js';
import { REPORTED } from './reporting-health.js';

/** A pledge is not reminded twice within this many days. */
export const REMINDER_INTERVAL_DAYS = 7;

/** The pledges that owe the cycle a report: published when it opened, still published, nothing submitted for its year. */
const owingPledges = (cycle: ReportingCycle): Sql =>
  sql(
    `SELECT p.id, p.title, p.reference, p.lead_member_id FROM pledge p
  WHERE p.status = ? AND p.archived_at IS NULL AND p.published_at <= ?
    AND NOT EXISTS (SELECT 1 FROM progress_report r WHERE r.pledge_id = p.id AND r.year = ? AND r.status IN (${list(REPORTED).text}) AND r.archived_at IS NULL)`,
    [PledgeStatus.PUBLISHED, cycle.openedAt, cycle.year, ...REPORTED],
  );

const REMINDER_TOPICS = { open: 'reportingCycle.open', remind: 'reportingCycle.remind' } as const;

export class ReportingCycleService extends CuratedService<ReportingCycle> {
  protected readonly entity = ReportingCycle;
  protected readonly audited = ['year', 'dueOn', 'closedAt'] as const;

  list(): Promise<ReportingCycle[]> {
    return this.em.find(ReportingCycle, { archivedAt: null }, { orderBy: { year: 'desc' } });
  }

  /** Opens the year's cycle: every published pledge now owes a report, and its pledgers are told so through the outbox. */
  async open(input: OpenReportingCycleInput): Promise<ReportingCycle> {
    if (await this.em.count(ReportingCycle, { year: input.year })) throw conflict(`The ${input.year} reporting cycle already exists`, {}, 'year');
    if (input.dueOn < new Date().toISOString().slice(0, 10)) throw invalidInput('dueOn', 'must not be in the past');
    if (Number(input.dueOn.slice(0, 4)) < input.year) throw invalidInput('dueOn', 'must not be before the reporting year');
    const cycle = await this.insert(new ReportingCycle(input.year, input.dueOn));
    await this.remindOwing(cycle, true);
    return cycle;
  }

  close(id: string, expectedVersion?: number): Promise<ReportingCycle> {
    return this.modify(id, expectedVersion, (cycle) => cycle.close(), 'close');
  }

  /** Reminds the pledgers of every pledge still owing the open cycle a report (not reminded in the last week); returns how many pledges. */
  async remind(id: string): Promise<number> {
    const cycle = await this.findOrThrow(id);
    if (!cycle.isOpen) throw invalidState(`The ${cycle.year} reporting cycle is closed`, { year: cycle.year });
    return this.remindOwing(cycle, false);
  }

  private async remindOwing(cycle: ReportingCycle, first: boolean): Promise<number> {
    const owing = await readRows(
      this.ctx,
      fragment`${owingPledges(cycle)} AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.entity_type = ${sql('?', ['Pledge'])} AND n.entity_id = p.id
          AND n.topic IN (${list(Object.values(REMINDER_TOPICS))}) AND n.created_at > now() - make_interval(days => ${sql('?', [REMINDER_INTERVAL_DAYS])}))
        ORDER BY p.id`,
    );
    const topic = first ? REMINDER_TOPICS.open : REMINDER_TOPICS.remind;
    await new NotificationService(this.em).toRepresentativesOfEach(
      owing.map((p) => {
        const text = reportReminder(p.title as string, p.reference as number | null, cycle.year, cycle.dueOn, first);
        return { memberId: Number(p.lead_member_id), message: { topic, ...text, record: { id: Number(p.id), constructor: Pledge } } };
      }),
    );
    await this.em.flush();
    return owing.length;
  }
}
