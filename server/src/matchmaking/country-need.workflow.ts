import { registerEnumType } from 'type-graphql';
import { Role } from '../common/viewer.js';
import { party, staff, Workflow, type Subject } from '../common/workflow.js';
import { WorkflowActionType } from '../common/workflow-action.type.js';
import { NotificationService } from '../notifications/notification.service.js';
import type { CountryNeed } from './country-need.entity.js';
import { speaksForNeed } from './country-need.policy.js';
import { needMessage } from './matchmaking-messages.js';

export enum CountryNeedStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(CountryNeedStatus, {
  name: 'CountryNeedStatus',
  description: 'Curation status, as for pledges. Only PUBLISHED needs are public and matched.',
});

export enum CountryNeedAction {
  submit = 'submit',
  approve = 'approve',
  requestChanges = 'requestChanges',
  reject = 'reject',
  withdraw = 'withdraw',
}
registerEnumType(CountryNeedAction, {
  name: 'CountryNeedAction',
  description: 'A transition of the country need workflow (submitCountryNeed, approveCountryNeed, requestCountryNeedChanges, rejectCountryNeed, withdrawCountryNeed).',
});

export const CountryNeedWorkflowAction = WorkflowActionType('CountryNeedWorkflowAction', 'country need', CountryNeedAction, CountryNeedStatus);

type CountryNeedSubject = Subject<CountryNeed>;

/** A need entered by curators has no government to speak for it. */
const government = party<CountryNeedSubject>("the submitting government's focal points", [Role.PLEDGER], (viewer, { record }) => speaksForNeed(viewer, record));

export const countryNeedWorkflow = new Workflow<CountryNeedStatus, CountryNeedAction, CountryNeed, CountryNeedSubject>({
  name: 'need',
  transitions: {
    submit: { from: [CountryNeedStatus.DRAFT, CountryNeedStatus.CHANGES_REQUESTED], to: CountryNeedStatus.SUBMITTED, by: [staff, government], label: 'Submit' },
    approve: { from: [CountryNeedStatus.SUBMITTED], to: CountryNeedStatus.PUBLISHED, by: [staff], label: 'Approve' },
    requestChanges: { from: [CountryNeedStatus.SUBMITTED], to: CountryNeedStatus.CHANGES_REQUESTED, by: [staff], label: 'Request changes', reasonRequired: true },
    reject: { from: [CountryNeedStatus.SUBMITTED], to: CountryNeedStatus.REJECTED, by: [staff], label: 'Reject', reasonRequired: true },
    withdraw: { from: [CountryNeedStatus.PUBLISHED], to: CountryNeedStatus.WITHDRAWN, by: [staff, government], label: 'Withdraw', reasonRequired: true },
  },

  loadSubject: async (_ctx, record) => ({ record }),

  /** Staff hear of a submission, the government's focal points of a decision. */
  async onTransitionEnd({ action, subject: { record: need }, reason, ctx }) {
    const message = needMessage(action, need.title, reason);
    if (!message) return;
    const queued = { topic: `countryNeed.${action}`, subject: message.subject, body: message.body, record: need };
    const notifications = new NotificationService(ctx.em);
    if (message.audience === 'staff') await notifications.toStaff(queued);
    else if (need.member) await notifications.toRepresentativesOf(need.member.id, queued);
  },
});
