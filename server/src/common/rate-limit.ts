import { createHash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { logger } from './logger.js';

export interface RateLimits {
  /** Requests a minute from one network address without credentials; 0: no limit. */
  readonly anonymousPerMinute: number;
  /** Requests a minute with one session or API token; 0: no limit. */
  readonly authenticatedPerMinute: number;
}

const WINDOW_MS = 60_000;
/** How often a process adds its counts to the shared ones and learns the others'. */
const FLUSH_MS = 200;

interface Counter {
  window: number;
  /** The shared total as of this process's last flush, its own hits included. */
  shared: number;
  /** Hits counted here since the last flush. */
  unsynced: number;
}

export interface Verdict {
  readonly allowed: boolean;
  readonly limit: number;
  readonly remaining: number;
  /** Seconds until the window ends. */
  readonly resetSeconds: number;
}

/**
 * Fixed one-minute windows per client, shared by every API process through PostgreSQL. Each process
 * decides at once from the shared total it last learned plus its own new hits, and every 200 ms adds
 * its hits to the shared counters in one statement, learning the others' in the same round trip: a
 * request costs no SQL, and the processes together overshoot a limit by at most what they count in 200 ms.
 */
export class RateLimiter {
  private readonly counters = new Map<string, Counter>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();
  private sweeps = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly now: () => number = Date.now,
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  hit(key: string, limit: number): Verdict {
    const window = Math.floor(this.now() / WINDOW_MS) * WINDOW_MS;
    let counter = this.counters.get(key);
    if (!counter || counter.window !== window) {
      counter = { window, shared: 0, unsynced: 0 };
      this.counters.set(key, counter);
    }
    counter.unsynced += 1;
    const used = counter.shared + counter.unsynced;
    return { allowed: used <= limit, limit, remaining: Math.max(0, limit - used), resetSeconds: Math.ceil((window + WINDOW_MS - this.now()) / 1000) };
  }

  /** Adds this process's new hits to the shared counters and learns the totals; one statement for all keys. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.flushNow());
    return this.flushing;
  }

  private async flushNow(): Promise<void> {
    const current = Math.floor(this.now() / WINDOW_MS) * WINDOW_MS;
    for (const [key, counter] of this.counters) if (counter.window < current) this.counters.delete(key);
    const batch = [...this.counters].filter(([, c]) => c.unsynced > 0).map(([key, c]) => ({ key, counter: c, hits: c.unsynced, window: c.window }));
    if (!batch.length) return;
    try {
      const rows = await this.orm.em.getConnection().execute<{ key: string; w: string; hits: number }[]>(
        `INSERT INTO rate_limit_counter (key, window_start, hits)
          SELECT k, to_timestamp(w / 1000.0), h FROM json_to_recordset(?::json) AS t(k text, w bigint, h int)
        ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counter.hits + excluded.hits
        RETURNING key, (extract(epoch FROM window_start) * 1000)::bigint AS w, hits`,
        [JSON.stringify(batch.map((b) => ({ k: b.key, w: b.window, h: b.hits })))],
      );
      const totals = new Map(rows.map((r) => [`${r.key}\u0000${Number(r.w)}`, r.hits]));
      for (const { key, counter, hits, window } of batch) {
        counter.unsynced -= hits;
        counter.shared = Math.max(counter.shared + hits, totals.get(`${key}\u0000${window}`) ?? 0);
      }
      if (++this.sweeps % 300 === 0) await this.orm.em.getConnection().execute(`DELETE FROM rate_limit_counter WHERE window_start < now() - interval '2 minutes'`);
    } catch (error) {
      // The hits stay counted here and go out with the next flush; meanwhile each process limits on its own counts.
      logger.warn({ err: error }, 'rate limit counters not shared');
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}

const credentialOf = (req: Request): string | undefined => {
  const bearer = req.headers.authorization;
  if (bearer) return bearer;
  return req.headers.cookie?.split(';').find((c) => c.trim().startsWith('p2c_session='))?.trim();
};

/**
 * Limits GraphQL requests per session or API token, or per network address for anonymous callers, with
 * the standard RateLimit headers; beyond the limit, 429 with Retry-After and a RATE_LIMITED error.
 */
export function rateLimit(limiter: RateLimiter, limits: RateLimits): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const credential = credentialOf(req);
    const limit = credential ? limits.authenticatedPerMinute : limits.anonymousPerMinute;
    if (!limit) return next();
    const key = credential ? `c:${createHash('sha256').update(credential).digest('hex').slice(0, 32)}` : `ip:${req.ip ?? 'unknown'}`;
    const verdict = limiter.hit(key, limit);
    res.setHeader('RateLimit-Policy', `${limit};w=${WINDOW_MS / 1000}`);
    res.setHeader('RateLimit-Limit', String(limit));
    res.setHeader('RateLimit-Remaining', String(verdict.remaining));
    res.setHeader('RateLimit-Reset', String(verdict.resetSeconds));
    if (verdict.allowed) return next();
    res.setHeader('Retry-After', String(verdict.resetSeconds));
    res.status(429).json({
      errors: [{ message: `Too many requests: at most ${limit} a minute; try again in ${verdict.resetSeconds} s`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: verdict.resetSeconds } }],
    });
  };
}
