import type { EntityManager } from '@mikro-orm/postgresql';
import { LIVE_CHANNEL } from '../db/change-feed.js';

export type PledgeAnnouncementKind = 'PUBLISHED' | 'ANNOUNCED';

/** What live subscribers hear of, by database IDs: each process loads what its subscribers may see. */
export type LiveEvent =
  | { readonly kind: 'pledgeAnnounced'; readonly pledgeId: number; readonly eventId: number | null; readonly announcement: PledgeAnnouncementKind; readonly at: string }
  | { readonly kind: 'matchStatusChanged'; readonly matchId: number; readonly roundtableId: number | null; readonly previousStatus: string | null; readonly status: string; readonly at: string };

/**
 * Raised with pg_notify in the caller's transaction: PostgreSQL delivers it to
 * every API process when, and only if, the transaction commits.
 */
export async function raiseLiveEvent(em: EntityManager, event: LiveEvent): Promise<void> {
  await em.getConnection().execute('select pg_notify(?, ?)', [LIVE_CHANNEL, JSON.stringify(event)], 'all', em.getTransactionContext());
}

export function parseLiveEvent(payload: string): LiveEvent | undefined {
  try {
    const event = JSON.parse(payload) as LiveEvent;
    return event.kind === 'pledgeAnnounced' || event.kind === 'matchStatusChanged' ? event : undefined;
  } catch {
    return undefined;
  }
}
