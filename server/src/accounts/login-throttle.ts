import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rateLimited } from '../common/errors.js';

const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

const keyOf = (kind: string, value: string) => `${kind}:${createHash('sha256').update(`p2c-login:${value}`).digest('hex').slice(0, 40)}`;

/**
 * Failed logins per e-mail address and per network address over the last 15 minutes, in PostgreSQL so
 * that every API process sees them. Beyond the limits a login is refused even with the right password,
 * until the oldest failure leaves the window: guessing becomes slow, and a victim is locked out for
 * minutes only. Each statement runs on the entity manager given, in its transaction if it has one, so that
 * a request never asks the pool for a second connection.
 */
export class LoginThrottle {
  private readonly keys: { key: string; max: number }[];

  constructor(email: string, address: string | undefined) {
    this.keys = [{ key: keyOf('email', email), max: MAX_FAILURES_PER_EMAIL }];
    if (address) this.keys.push({ key: keyOf('address', address), max: MAX_FAILURES_PER_ADDRESS });
  }

  async assertAllowed(em: EntityManager): Promise<void> {
    const rows = await em.execute<{ key: string; failures: number; wait: number }[]>(
      `SELECT key, count(*)::int AS failures, ceil(extract(epoch FROM min(at) + make_interval(mins => ?) - now()))::int AS wait
       FROM login_failure WHERE key IN (${this.keys.map(() => '?').join(', ')}) AND at > now() - make_interval(mins => ?) GROUP BY key`,
      [WINDOW_MINUTES, ...this.keys.map((k) => k.key), WINDOW_MINUTES],
    );
    for (const row of rows) {
      const max = this.keys.find((k) => k.key === row.key)!.max;
      if (row.failures >= max) throw rateLimited(`Too many failed logins; try again in ${Math.ceil(row.wait / 60)} min`, Math.max(1, row.wait));
    }
  }

  async recordFailure(em: EntityManager): Promise<void> {
    await em.execute(`INSERT INTO login_failure (key) VALUES ${this.keys.map(() => '(?)').join(', ')}`, this.keys.map((k) => k.key));
  }

  async clearEmail(em: EntityManager): Promise<void> {
    await em.execute('DELETE FROM login_failure WHERE key = ?', [this.keys[0]!.key]);
  }
}
