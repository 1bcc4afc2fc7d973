import type { Role } from '../gql/graphql.js';
import { availableActions, type ActionDescription } from '../pledges/workflow.js';
import type { CountryNeedRecord, NeedAction } from './needs.adapter.js';

export const NEED_ACTIONS: Record<NeedAction, ActionDescription> = {
  submit: { label: 'Submit', done: 'Need submitted for curation', needsReason: false },
  approve: { label: 'Approve', done: 'Need approved and published: it can be matched', needsReason: false },
  requestChanges: { label: 'Request changes', done: 'Need returned to its government', needsReason: true },
  reject: { label: 'Reject', done: 'Need rejected', needsReason: true },
  withdraw: { label: 'Withdraw', done: 'Need withdrawn', needsReason: true },
};

/** A pledger speaks for the needs of the government members they represent. */
const speaksFor = (need: Pick<CountryNeedRecord, 'member'>, memberIds: readonly string[]) => Boolean(need.member && memberIds.includes(need.member.id));

/** The transitions the API allows: those of pledges, a pledger's only on their governments' needs (the API checks again). */
export function availableNeedActions(need: Pick<CountryNeedRecord, 'status' | 'member' | 'archivedAt'>, role: Role | undefined, memberIds: readonly string[]): NeedAction[] {
  if (need.archivedAt || (role === 'PLEDGER' && !speaksFor(need, memberIds))) return [];
  return availableActions(need.status, role);
}

/** Submitters edit their drafts and returned needs; curators any. */
export function canEditNeed(need: Pick<CountryNeedRecord, 'status' | 'member' | 'archivedAt'>, role: Role | undefined, memberIds: readonly string[]): boolean {
  if (role === 'ADMIN' || role === 'CURATOR') return true;
  return role === 'PLEDGER' && !need.archivedAt && speaksFor(need, memberIds) && (need.status === 'DRAFT' || need.status === 'CHANGES_REQUESTED');
}
