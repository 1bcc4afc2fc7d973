import { Collection } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import type { Context } from '../common/context.js';
import { invalidInput } from '../common/errors.js';
import { Role } from '../common/viewer.js';
import { party, staff, Workflow } from '../common/workflow.js';
import { WorkflowActionType } from '../common/workflow-action.type.js';
import { raiseLiveEvent } from '../live/live-events.js';
import { Member } from '../members/member.entity.js';
import { NotificationService } from '../notifications/notification.service.js';
import { pledgeMessage } from '../notifications/pledge-messages.js';
import { PledgeType, type Pledge } from './pledge.entity.js';
import { speaksForPledge } from './pledge.policy.js';

export enum PledgeStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(PledgeStatus, {
  name: 'PledgeStatus',
  description: 'Curation status. Only PUBLISHED pledges are visible to the public.',
  valuesConfig: {
    DRAFT: { description: 'Being written by the pledger; not yet submitted.' },
    SUBMITTED: { description: 'Waiting for a curator.' },
    CHANGES_REQUESTED: { description: 'Returned to the pledger with the curator\'s reason.' },
    PUBLISHED: { description: 'Approved and public; has a reference number.' },
    REJECTED: { description: 'Refused by a curator, with a reason.' },
    WITHDRAWN: { description: 'Was published, then withdrawn; kept for the record.' },
  },
});

export enum PledgeAction {
  submit = 'submit',
  approve = 'approve',
  requestChanges = 'requestChanges',
  reject = 'reject',
  withdraw = 'withdraw',
}
registerEnumType(PledgeAction, { name: 'PledgeAction', description: 'A transition of the pledge workflow (submitPledge, approvePledge, requestPledgeChanges, rejectPledge, withdrawPledge).' });

export const PledgeWorkflowAction = WorkflowActionType('PledgeWorkflowAction', 'pledge', PledgeAction, PledgeStatus);

/** The pledge, and, while it can be submitted, how many focus areas and places it names (what submitting requires). */
export interface PledgeSubject {
  readonly record: Pledge;
  readonly focusAreas?: number;
  readonly places?: number;
}

/** The statuses a pledger works in, and submits from. */
const SUBMITTABLE = [PledgeStatus.DRAFT, PledgeStatus.CHANGES_REQUESTED];

const leadPledgers = party<PledgeSubject>("the lead member's focal points", [Role.PLEDGER], (viewer, { record }) => speaksForPledge(viewer, record));

async function countOf(ctx: Context, pledge: Pledge, field: 'focusAreas' | 'countries' | 'regions'): Promise<number> {
  const items = pledge[field];
  return items instanceof Collection && items.isInitialized() ? items.count() : (await ctx.loaders.relation(pledge, field)).length;
}

/** What a pledge needs before a curator can look at it. */
function complete({ record, focusAreas, places }: PledgeSubject) {
  if (focusAreas === 0) return invalidInput('focusAreaCodes', 'a submitted pledge needs at least one focus area');
  if (!record.isGlobal && places === 0) return invalidInput('countryCodes', 'a submitted pledge needs implementation countries or regions, or to be global');
  if (record.type === PledgeType.FINANCIAL && !record.amount) return invalidInput('estimatedValue', 'a financial pledge needs an estimated value');
  return undefined;
}

export const pledgeWorkflow = new Workflow<PledgeStatus, PledgeAction, Pledge, PledgeSubject>({
  name: 'pledge',
  transitions: {
    submit: { from: SUBMITTABLE, to: PledgeStatus.SUBMITTED, by: [staff, leadPledgers], label: 'Submit', guards: [complete] },
    approve: { from: [PledgeStatus.SUBMITTED], to: PledgeStatus.PUBLISHED, by: [staff], label: 'Approve' },
    requestChanges: { from: [PledgeStatus.SUBMITTED], to: PledgeStatus.CHANGES_REQUESTED, by: [staff], label: 'Request changes', reasonRequired: true },
    reject: { from: [PledgeStatus.SUBMITTED], to: PledgeStatus.REJECTED, by: [staff], label: 'Reject', reasonRequired: true },
    withdraw: { from: [PledgeStatus.PUBLISHED], to: PledgeStatus.WITHDRAWN, by: [staff, leadPledgers], label: 'Withdraw', reasonRequired: true },
  },

  async loadSubject(ctx, record) {
    // Only a pledge that can be submitted needs its lists counted: a bulk approval or an import reads none.
    if (!SUBMITTABLE.includes(record.status)) return { record };
    const [focusAreas, countries, regions] = await Promise.all([countOf(ctx, record, 'focusAreas'), countOf(ctx, record, 'countries'), countOf(ctx, record, 'regions')]);
    return { record, focusAreas, places: countries + regions };
  },

  async onTransitionEnd({ action, to, subject: { record: pledge }, reason, ctx }) {
    // PUBLISHED is reached once only (it leads to WITHDRAWN alone, which is final): this is the publication live pages announce.
    if (to === PledgeStatus.PUBLISHED) {
      const at = (pledge.announcedAt ?? pledge.publishedAt ?? new Date()).toISOString();
      await raiseLiveEvent(ctx.em, { kind: 'pledgeAnnounced', pledgeId: pledge.id, eventId: pledge.event?.id ?? null, announcement: 'PUBLISHED', at });
    }
    // The people concerned hear of it, in its transaction: staff of a submission, the member's focal points of a decision.
    const member = await ctx.em.findOneOrFail(Member, pledge.leadMember.id);
    const message = pledgeMessage(action, { title: pledge.title, reference: pledge.reference, memberName: member.name }, reason);
    if (!message) return;
    const notifications = new NotificationService(ctx.em);
    const queued = { topic: `pledge.${action}`, subject: message.subject, body: message.body, record: pledge };
    if (message.audience === 'staff') await notifications.toStaff(queued);
    else await notifications.toRepresentativesOf(member.id, queued);
  },
});
