import pg from 'pg';
import { logger } from '../common/logger.js';

export const CHANGES_CHANNEL = 'p2c_changes';
/** Domain events for live subscribers (see live/live-events.ts), raised with pg_notify in the transaction that causes them. */
export const LIVE_CHANNEL = 'p2c_live';

/**
 * The committed changes to application data, as PostgreSQL announces them
 * (see the p2c_notify_change trigger), on a connection of its own. Whatever
 * process made the change, every API process hears of it.
 *
 * `generation` moves on every change and whenever notifications may have
 * been missed (the connection was lost); a result computed from data read
 * while the generation stayed the same is known to be current. While the
 * connection is down `live` is false and nothing should be cached.
 */
export class ChangeFeed {
  private client?: pg.Client;
  private closed = false;
  private retry?: NodeJS.Timeout;
  private readonly listeners = new Set<(table: string) => void>();
  private readonly liveListeners = new Set<(payload: string) => void>();
  generation = 0;
  live = false;

  private constructor(private readonly url: string) {}

  static async open(url: string): Promise<ChangeFeed> {
    const feed = new ChangeFeed(url);
    await feed.connect();
    return feed;
  }

  /** Calls `listener` with the table's name after each change; returns the unsubscription. */
  subscribe(listener: (table: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` with each live event's payload; returns the unsubscription. */
  onLiveEvent(listener: (payload: string) => void): () => void {
    this.liveListeners.add(listener);
    return () => this.liveListeners.delete(listener);
  }

  private changed(table: string): void {
    this.generation += 1;
    for (const listener of this.listeners) listener(table);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      if (message.channel === LIVE_CHANNEL) for (const listener of this.liveListeners) listener(message.payload ?? '');
      else this.changed(message.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}; LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    // Changes made while no one listened are unknown: whatever was cached before is suspect.
    this.changed('*');
    this.live = true;
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (this.client && this.client !== client) return;
    this.client = undefined;
    const wasLive = this.live;
    this.live = false;
    this.changed('*');
    client.removeAllListeners('end');
    client.end().catch(() => undefined);
    if (this.closed || this.retry) return;
    if (wasLive) logger.warn({ err: error }, 'lost the change notifications connection; read caching is off until it is back');
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, 1000);
    this.retry.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.live = false;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
  }
}
