import type { Role } from '../gql/graphql.js';
import type { CountryNeedRecord, NeedAction } from './needs.adapter.js';

/** What the notification says once an action is taken; which actions the viewer may take, the API says. */
export const NEED_ACTION_DONE: Record<NeedAction, string> = {
  submit: 'Need submitted for curation',
  approve: 'Need approved and published: it can be matched',
  requestChanges: 'Need returned to its government',
  reject: 'Need rejected',
  withdraw: 'Need withdrawn',
};

/** A pledger speaks for the needs of the government members they represent. */
const speaksFor = (need: Pick<CountryNeedRecord, 'member'>, memberIds: readonly string[]) => Boolean(need.member && memberIds.includes(need.member.id));

/** Submitters edit their drafts and returned needs; curators any. */
export function canEditNeed(need: Pick<CountryNeedRecord, 'status' | 'member' | 'archivedAt'>, role: Role | undefined, memberIds: readonly string[]): boolean {
  if (role === 'ADMIN' || role === 'CURATOR') return true;
  return role === 'PLEDGER' && !need.archivedAt && speaksFor(need, memberIds) && (need.status === 'DRAFT' || need.status === 'CHANGES_REQUESTED');
}
