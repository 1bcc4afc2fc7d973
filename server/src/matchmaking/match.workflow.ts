import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';
import type { Context } from '../common/context.js';
import { invalidState } from '../common/errors.js';
import { Role, type Viewer } from '../common/viewer.js';
import { isOf, party, staff, Workflow } from '../common/workflow.js';
import { WorkflowActionType } from '../common/workflow-action.type.js';
import { raiseLiveEvent } from '../live/live-events.js';
import { NotificationService } from '../notifications/notification.service.js';
import type { Pledge } from '../pledges/pledge.entity.js';
import { speaksForPledge } from '../pledges/pledge.policy.js';
import type { CountryNeed } from './country-need.entity.js';
import { speaksForNeed } from './country-need.policy.js';
import type { Match } from './match.entity.js';
import { matchMessage } from './matchmaking-messages.js';

export enum MatchStatus {
  SUGGESTED = 'SUGGESTED',
  PROPOSED = 'PROPOSED',
  AGREED = 'AGREED',
  IN_IMPLEMENTATION = 'IN_IMPLEMENTATION',
  CLOSED = 'CLOSED',
  DECLINED = 'DECLINED',
}
registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  valuesConfig: {
    SUGGESTED: { description: 'Proposed by the allocation; nothing is committed yet.' },
    PROPOSED: { description: 'Put forward by an organizer: its amount counts against the pledge\'s value and the need\'s gap.' },
    AGREED: { description: 'Confirmed by the pledger and by the country (its focal point, or an organizer).' },
    IN_IMPLEMENTATION: { description: 'Being implemented.' },
    CLOSED: { description: 'Done.' },
    DECLINED: { description: 'Turned down, with the reason; its amount is free again.' },
  },
});

export enum MatchAction {
  propose = 'propose',
  confirm = 'confirm',
  startImplementation = 'startImplementation',
  close = 'close',
  decline = 'decline',
}
registerEnumType(MatchAction, {
  name: 'MatchAction',
  description: 'A transition of the match workflow (acceptMatch proposes a suggestion; confirmMatch, startMatchImplementation, closeMatch, declineMatch).',
});

export const MatchWorkflowAction = WorkflowActionType('MatchWorkflowAction', 'match', MatchAction, MatchStatus);

/** The match, its two sides, and the organizers of its roundtable (null for a match made outside one). */
export interface MatchSubject {
  readonly record: Match;
  readonly pledge: Pledge | null;
  readonly need: CountryNeed | null;
  readonly organizerIds: readonly number[] | null;
}

const organizers = party<MatchSubject>('organizers', [Role.ORGANIZER]);
const roundtableOrganizers = party<MatchSubject>("the roundtable's organizers", [Role.ORGANIZER], (viewer, { organizerIds }) =>
  organizerIds === null || (viewer.kind === 'account' && organizerIds.includes(viewer.accountId)),
);
const pledgeSide = party<MatchSubject>("the pledge's focal points", [Role.PLEDGER], (viewer, { pledge }) => Boolean(pledge && speaksForPledge(viewer, pledge)));
const needSide = party<MatchSubject>("the country's focal points", [Role.PLEDGER], (viewer, { need }) => Boolean(need && speaksForNeed(viewer, need)));
const involved = [staff, organizers, pledgeSide, needSide];

/** Who the viewer confirms for: the pledger (the pledge's focal points); the country (its government's focal points, staff and organizers). */
export function sidesOf(viewer: Viewer, subject: MatchSubject) {
  return { pledger: isOf(viewer, subject, pledgeSide), country: [staff, organizers, needSide].some((p) => isOf(viewer, subject, p)) };
}

/** Each side confirms once: a viewer whose sides have all confirmed has nothing left to confirm. */
function unconfirmedSide(subject: MatchSubject, viewer: Viewer) {
  const { record } = subject;
  const sides = sidesOf(viewer, subject);
  if ((sides.pledger && !record.pledgerConfirmedAt) || (sides.country && !record.countryConfirmedAt)) return undefined;
  return invalidState('Your side has already confirmed this match', { status: record.status });
}

export function announceMatch(em: EntityManager, match: Match, previousStatus: MatchStatus | null): Promise<void> {
  return raiseLiveEvent(em, { kind: 'matchStatusChanged', matchId: match.id, roundtableId: match.roundtable?.id ?? null, previousStatus, status: match.status, at: new Date().toISOString() });
}

/** Both sides' focal points hear of a proposal, an agreement or a refusal. */
export async function notifyMatchSides(ctx: Context, verb: string, { record: match, pledge, need }: MatchSubject, reason?: string): Promise<void> {
  if (!pledge || !need) return;
  const message = matchMessage(verb, need.title, pledge.title, match.amountUsd ?? null, reason);
  if (!message) return;
  const queued = { topic: `match.${verb}`, subject: message.subject, body: message.body, record: match };
  const notifications = new NotificationService(ctx.em);
  await notifications.toRepresentativesOf(pledge.leadMember.id, queued);
  if (need.member) await notifications.toRepresentativesOf(need.member.id, queued);
}

export const matchWorkflow = new Workflow<MatchStatus, MatchAction, Match, MatchSubject>({
  name: 'match',
  transitions: {
    propose: { from: [MatchStatus.SUGGESTED], to: MatchStatus.PROPOSED, by: [staff, roundtableOrganizers], label: 'Accept' },
    confirm: { from: [MatchStatus.PROPOSED], to: MatchStatus.AGREED, by: involved, label: 'Confirm', guards: [unconfirmedSide] },
    startImplementation: { from: [MatchStatus.AGREED], to: MatchStatus.IN_IMPLEMENTATION, by: involved, label: 'Start implementation' },
    close: { from: [MatchStatus.IN_IMPLEMENTATION], to: MatchStatus.CLOSED, by: involved, label: 'Close' },
    decline: { from: [MatchStatus.SUGGESTED, MatchStatus.PROPOSED, MatchStatus.AGREED], to: MatchStatus.DECLINED, by: involved, label: 'Decline', reasonRequired: true },
  },

  async loadSubject(ctx, record) {
    const [pledge, need, roundtable] = await Promise.all([ctx.loaders.relation(record, 'pledge'), ctx.loaders.relation(record, 'need'), ctx.loaders.relation(record, 'roundtable')]);
    const organizerIds = roundtable ? (await ctx.loaders.relation(roundtable, 'organizers')).map((a) => a.id) : null;
    return { record, pledge, need, organizerIds };
  },

  /** Every change of status is announced live when it commits; the sides hear of a proposal, an agreement or a refusal. */
  async onTransitionEnd({ action, from, to, subject, reason, ctx }) {
    if (from !== to) await announceMatch(ctx.em, subject.record, from);
    const verb = action === MatchAction.confirm ? (to === MatchStatus.AGREED ? 'agree' : undefined) : action;
    if (verb) await notifyMatchSides(ctx, verb, subject, reason);
  },
});
