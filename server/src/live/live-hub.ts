import type { MikroORM } from '@mikro-orm/postgresql';
import { accessRuleOf } from '../common/access.js';
import { createContext, type LiveUpdates } from '../common/context.js';
import { logger } from '../common/logger.js';
import { toGlobalId } from '../common/global-id.js';
import { ANONYMOUS } from '../common/viewer.js';
import type { QueryCache } from '../common/query/cache.js';
import { readRows } from '../common/query/read.js';
import { and, sql } from '../common/query/sql.js';
import type { ChangeFeed } from '../db/change-feed.js';
import { PledgeStatisticsService } from '../pledges/pledge-statistics.service.js';
import type { PledgeStats } from '../pledges/pledge-statistics.types.js';
import { parseLiveEvent, type LiveEvent } from './live-events.js';

/** The running totals of an event's published pledges (or the coalition's), computed once per process for all its subscribers. */
export interface TotalsSnapshot {
  readonly at: Date;
  readonly eventId: number | null;
  readonly stats: PledgeStats;
  /** Most recently announced first. */
  readonly latestPledgeIds: readonly number[];
}

const LATEST = 10;
/** Changes come in bursts (a bulk approval, an import): totals are recomputed once the burst settles. */
const SETTLE_MS = 150;
/** Tables whose changes can move the totals. */
const TOTALS_TABLES = /^(\*|pledge.*|member|progress_report|event|country_group_membership)$/;

interface Totals {
  readonly eventId: number | null;
  readonly listeners: Set<(snapshot: TotalsSnapshot) => void>;
  last?: TotalsSnapshot;
  fingerprint?: string;
  computing?: Promise<void>;
  again: boolean;
}

/**
 * This process's side of the live updates: domain events arrive from
 * PostgreSQL (whichever process raised them) and go to the subscribers here;
 * totals are recomputed after changes to the data they count.
 */
export class LiveHub implements LiveUpdates {
  private readonly eventListeners = new Set<(event: LiveEvent) => void>();
  private readonly totals = new Map<number | null, Totals>();
  private readonly unsubscribe: (() => void)[] = [];
  private settle?: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    changes: ChangeFeed,
    private readonly cache?: QueryCache,
  ) {
    this.unsubscribe.push(
      changes.onLiveEvent((payload) => {
        const event = parseLiveEvent(payload);
        if (event) for (const listener of this.eventListeners) listener(event);
      }),
      changes.subscribe((table) => {
        if (this.totals.size && TOTALS_TABLES.test(table)) this.scheduleTotals();
      }),
    );
  }

  onEvent(listener: (event: LiveEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** Calls `listener` with the current totals at once (once computed), then whenever they change. */
  watchTotals(eventId: number | null, listener: (snapshot: TotalsSnapshot) => void): () => void {
    let totals = this.totals.get(eventId);
    if (!totals) this.totals.set(eventId, (totals = { eventId, listeners: new Set(), again: false }));
    totals.listeners.add(listener);
    if (totals.last) listener(totals.last);
    else void this.refresh(totals);
    return () => {
      totals.listeners.delete(listener);
      if (totals.listeners.size === 0) this.totals.delete(eventId);
    };
  }

  get subscriberCount(): number {
    let count = this.eventListeners.size;
    for (const totals of this.totals.values()) count += totals.listeners.size;
    return count;
  }

  stop(): void {
    clearTimeout(this.settle);
    for (const unsubscribe of this.unsubscribe) unsubscribe();
  }

  private scheduleTotals(): void {
    if (this.settle) return;
    this.settle = setTimeout(() => {
      this.settle = undefined;
      for (const totals of this.totals.values()) void this.refresh(totals);
    }, SETTLE_MS);
    this.settle.unref();
  }

  /** One computation at a time per totals; a change during one asks for another after it. */
  private async refresh(totals: Totals): Promise<void> {
    if (totals.computing) {
      totals.again = true;
      return totals.computing;
    }
    totals.computing = (async () => {
      do {
        totals.again = false;
        try {
          const snapshot = await this.compute(totals.eventId);
          const fingerprint = JSON.stringify({ ...snapshot, at: undefined });
          if (fingerprint === totals.fingerprint) continue;
          totals.fingerprint = fingerprint;
          totals.last = snapshot;
          for (const listener of totals.listeners) listener(snapshot);
        } catch (error) {
          logger.error({ err: error, eventId: totals.eventId }, 'live totals could not be computed');
        }
      } while (totals.again);
    })().finally(() => (totals.computing = undefined));
    return totals.computing;
  }

  private async compute(eventId: number | null): Promise<TotalsSnapshot> {
    const em = this.orm.em.fork();
    const ctx = createContext({ em, viewer: ANONYMOUS, cache: this.cache, requestId: 'live-totals' });
    const filter = eventId === null ? undefined : { event: { id: { eq: toGlobalId('Event', eventId) } } };
    const stats = await new PledgeStatisticsService(ctx).stats({ filter });
    const visible = accessRuleOf('Pledge').visible(ANONYMOUS, 'p');
    const where = eventId === null ? visible : and([visible, sql('p.event_id = ?', [eventId])]);
    const newest = eventId === null ? 'coalesce(p.announced_at, p.published_at)' : 'p.announced_at';
    const rows = await readRows(ctx, sql(`SELECT p.id FROM pledge p WHERE ${where.text} ORDER BY ${newest} DESC NULLS LAST, p.id DESC LIMIT ?`, [...where.values, LATEST]));
    return { at: new Date(), eventId, stats, latestPledgeIds: rows.map((r) => Number(r.id)) };
  }
}
