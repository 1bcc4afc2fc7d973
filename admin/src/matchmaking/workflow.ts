import type { Role } from '../gql/graphql.js';
import type { MatchAction, MatchRecord } from './matches.adapter.js';

export const MATCH_ACTIONS: Record<MatchAction, { label: string; done: string }> = {
  accept: { label: 'Accept', done: 'Match proposed: the pledger and the country are asked to confirm it' },
  confirm: { label: 'Confirm', done: 'Confirmation recorded' },
  start: { label: 'Start implementation', done: 'Implementation started' },
  close: { label: 'Close', done: 'Match closed' },
  decline: { label: 'Decline', done: 'Match declined: its amount is free again' },
};

export interface Viewer {
  role: Role | undefined;
  memberIds: readonly string[];
}

/**
 * Who the viewer speaks for in a match: the pledger (its lead member's focal points), the country (the need's
 * government's focal points; staff and organizers too).
 */
export function sidesOf(match: Pick<MatchRecord, 'pledge' | 'need'>, { role, memberIds }: Viewer) {
  const organizes = role === 'ADMIN' || role === 'CURATOR' || role === 'ORGANIZER';
  const pledger = memberIds.includes(match.pledge.leadMember.id);
  const government = Boolean(match.need.member && memberIds.includes(match.need.member.id));
  return { organizes, pledger, country: organizes || government, involved: organizes || pledger || government };
}

/** What the viewer may do with a match in its status (the API checks again, including who runs the roundtable). */
export function availableMatchActions(match: Pick<MatchRecord, 'status' | 'pledge' | 'need' | 'pledgerConfirmedAt' | 'countryConfirmedAt'>, viewer: Viewer): MatchAction[] {
  const sides = sidesOf(match, viewer);
  if (!sides.involved) return [];
  switch (match.status) {
    case 'SUGGESTED':
      return sides.organizes ? ['accept', 'decline'] : ['decline'];
    case 'PROPOSED': {
      const unconfirmed = (sides.pledger && !match.pledgerConfirmedAt) || (sides.country && !match.countryConfirmedAt);
      return unconfirmed ? ['confirm', 'decline'] : ['decline'];
    }
    case 'AGREED':
      return ['start', 'decline'];
    case 'IN_IMPLEMENTATION':
      return ['close'];
    case 'CLOSED':
    case 'DECLINED':
      return [];
  }
}
