import type { Sql } from './sql.js';

type Rows = Record<string, unknown>[];

/** What the cache needs to know of the data: whether it changed (see ChangeFeed). */
export interface ChangeClock {
  readonly generation: number;
  readonly live: boolean;
}

/** Results this large are not kept: they would crowd out many small ones. */
const MAX_CACHED_ROWS = 1000;

/**
 * Results of read statements, shared by the requests of one process: a
 * statement with the same text and values, run since the last committed
 * change to any table, gives the same rows, so the rows are given again.
 * Every change anywhere drops everything (changes are rare next to reads);
 * a result computed while a change came in is not kept. Another process's
 * change is known when its notification arrives, a few milliseconds after
 * the commit; this process's own, at once (`invalidate`). Concurrent requests
 * for the same missing result wait for one execution. The day is part of the
 * key because statements may read CURRENT_DATE.
 *
 * Cached rows are shared: callers must not modify them.
 */
export class QueryCache {
  private readonly entries = new Map<string, Rows>();
  private readonly pending = new Map<string, { generation: number; rows: Promise<Rows> }>();
  private readonly derivedValues = new Map<string, { generation: number; day: string; value: Promise<unknown> }>();
  /** Changes committed by this process, known before their notification comes back. */
  private localChanges = 0;
  private generation: number;

  constructor(
    private readonly clock: ChangeClock,
    private readonly maxEntries: number,
  ) {
    this.generation = this.current();
  }

  private current(): number {
    return this.clock.generation + this.localChanges;
  }

  /**
   * Called once a transaction of this process has committed: its own next
   * request must see the change even if the notification is still on its way.
   */
  invalidate(): void {
    this.localChanges += 1;
    this.entries.clear();
    this.derivedValues.clear();
  }

  /**
   * A value built from the data (an in-memory index, say), shared until the next change as rows are:
   * one per key, however large, built once by concurrent callers.
   */
  derived<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.clock.live || this.maxEntries === 0) return compute();
    const generation = this.current();
    const day = new Date().toISOString().slice(0, 10);
    const held = this.derivedValues.get(key);
    if (held && held.generation === generation && held.day === day) return held.value as Promise<T>;
    const value = compute();
    this.derivedValues.set(key, { generation, day, value });
    value.catch(() => {
      if (this.derivedValues.get(key)?.value === value) this.derivedValues.delete(key);
    });
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  async rows(query: Sql, execute: () => Promise<Rows>): Promise<Rows> {
    if (!this.clock.live || this.maxEntries === 0) return execute();
    const generation = this.current();
    if (generation !== this.generation) {
      this.entries.clear();
      this.generation = generation;
    }
    const key = `${new Date().toISOString().slice(0, 10)}\u0000${query.text}\u0000${JSON.stringify(query.values)}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const inFlight = this.pending.get(key);
    if (inFlight?.generation === generation) return inFlight.rows;
    const rows = execute();
    this.pending.set(key, { generation, rows });
    try {
      const result = await rows;
      if (this.clock.live && this.current() === generation && this.generation === generation && result.length <= MAX_CACHED_ROWS) {
        this.entries.set(key, result);
        if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      }
      return result;
    } finally {
      if (this.pending.get(key)?.rows === rows) this.pending.delete(key);
    }
  }
}
