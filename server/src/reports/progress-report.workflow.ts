import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import { Role } from '../common/viewer.js';
import { party, staff, Workflow } from '../common/workflow.js';
import { WorkflowActionType } from '../common/workflow-action.type.js';
import { invalidInput } from '../common/errors.js';
import { Member } from '../members/member.entity.js';
import { NotificationService } from '../notifications/notification.service.js';
import type { Pledge } from '../pledges/pledge.entity.js';
import { speaksForPledge } from '../pledges/pledge.policy.js';
import { refreshPledgeProgress } from './pledge-progress.refresh.js';
import type { ProgressReport } from './progress-report.entity.js';
import { reportMessage } from './report-messages.js';

export enum ProgressReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(ProgressReportStatus, {
  name: 'ProgressReportStatus',
  description: 'Curation status of a progress report. The public sees ACCEPTED reports of published pledges only.',
  valuesConfig: {
    DRAFT: { description: 'Being written by the pledger.' },
    SUBMITTED: { description: 'Waiting for a curator; the pledge counts as reported.' },
    RETURNED: { description: 'Sent back to the pledger with the curator\'s reason, to be corrected and submitted again.' },
    ACCEPTED: { description: 'Checked by a curator; its figures count in the pledge\'s progress and the coalition\'s statistics.' },
  },
});

export enum ProgressReportAction {
  submit = 'submit',
  accept = 'accept',
  return = 'return',
}
registerEnumType(ProgressReportAction, {
  name: 'ProgressReportAction',
  description: 'A transition of the progress report workflow (submitProgressReport, acceptProgressReport, returnProgressReport).',
});

export const ProgressReportWorkflowAction = WorkflowActionType('ProgressReportWorkflowAction', 'progress report', ProgressReportAction, ProgressReportStatus);

/** The report and the pledge it is on, whose lead member's focal points report. */
export interface ProgressReportSubject {
  readonly record: ProgressReport;
  readonly pledge: Pledge | null;
}

const leadPledgers = party<ProgressReportSubject>("the lead member's focal points", [Role.PLEDGER], (viewer, { pledge }) => Boolean(pledge && speaksForPledge(viewer, pledge)));

const narrated = ({ record }: ProgressReportSubject) =>
  !record.stepsTaken.trim() && !record.outcomes.trim() ? invalidInput('stepsTaken', 'say what was done or achieved before submitting') : undefined;

/** The pledge's derived progress follows its reports, in the same transaction. */
export async function recountProgress(em: EntityManager, report: ProgressReport): Promise<void> {
  await em.flush();
  await refreshPledgeProgress(em, report.pledge.id);
}

export const progressReportWorkflow = new Workflow<ProgressReportStatus, ProgressReportAction, ProgressReport, ProgressReportSubject>({
  name: 'report',
  transitions: {
    submit: { from: [ProgressReportStatus.DRAFT, ProgressReportStatus.RETURNED], to: ProgressReportStatus.SUBMITTED, by: [staff, leadPledgers], label: 'Submit', guards: [narrated] },
    accept: { from: [ProgressReportStatus.SUBMITTED], to: ProgressReportStatus.ACCEPTED, by: [staff], label: 'Accept' },
    return: { from: [ProgressReportStatus.SUBMITTED], to: ProgressReportStatus.RETURNED, by: [staff], label: 'Return', reasonRequired: true },
  },

  loadSubject: async (ctx, record) => ({ record, pledge: await ctx.loaders.relation(record, 'pledge') }),

  /** Counts, then staff hear of a submission and the lead member's focal points of a decision. */
  async onTransitionEnd({ action, subject: { record: report, pledge }, reason, ctx }) {
    await recountProgress(ctx.em, report);
    if (!pledge) return;
    const member = await ctx.em.findOneOrFail(Member, pledge.leadMember.id);
    const message = reportMessage(action, { pledgeTitle: pledge.title, year: report.year, memberName: member.name }, reason);
    if (!message) return;
    const queued = { topic: `progressReport.${action}`, subject: message.subject, body: message.body, record: report };
    const notifications = new NotificationService(ctx.em);
    if (message.audience === 'staff') await notifications.toStaff(queued);
    else await notifications.toRepresentativesOf(member.id, queued);
  },
});
