import { describe, expect, it } from 'vitest';
import { QueryCache } from '../../server/src/common/query/cache.js';
import { sql } from '../../server/src/common/query/sql.js';

const clock = () => ({ generation: 0, live: true });

function counted(rows: Record<string, unknown>[] = [{ n: 1 }]) {
  const execute = async () => {
    execute.calls += 1;
    return rows;
  };
  execute.calls = 0;
  return execute;
}

describe('QueryCache', () => {
  it('keys results by statement text and values', async () => {
    const cache = new QueryCache(clock(), 10);
    const execute = counted();
    await cache.rows(sql('SELECT ?', [1]), execute);
    await cache.rows(sql('SELECT ?', [1]), execute);
    await cache.rows(sql('SELECT ?', [2]), execute);
    await cache.rows(sql('SELECT ? ', [1]), execute);
    expect(execute.calls).toBe(3);
  });

  it('runs a statement once for concurrent requests', async () => {
    const cache = new QueryCache(clock(), 10);
    const execute = counted();
    await Promise.all(Array.from({ length: 10 }, () => cache.rows(sql('SELECT 1'), execute)));
    expect(execute.calls).toBe(1);
  });

  it('forgets everything on a change, and keeps nothing computed while one came in', async () => {
    const time = clock();
    const cache = new QueryCache(time, 10);
    const execute = counted();
    await cache.rows(sql('SELECT 1'), execute);
    time.generation += 1;
    await cache.rows(sql('SELECT 1'), execute);
    expect(execute.calls).toBe(2);

    const racing = async () => {
      time.generation += 1;
      return [{ stale: true }];
    };
    await cache.rows(sql('SELECT 2'), racing);
    const fresh = counted([{ stale: false }]);
    expect(await cache.rows(sql('SELECT 2'), fresh)).toEqual([{ stale: false }]);
    expect(fresh.calls).toBe(1);

    cache.invalidate();
    await cache.rows(sql('SELECT 2'), fresh);
    expect(fresh.calls).toBe(2);
  });

  it('caches nothing while changes cannot be heard, or when sized 0', async () => {
    const deaf = new QueryCache({ generation: 0, live: false }, 10);
    const off = new QueryCache(clock(), 0);
    for (const cache of [deaf, off]) {
      const execute = counted();
      await cache.rows(sql('SELECT 1'), execute);
      await cache.rows(sql('SELECT 1'), execute);
      expect(execute.calls).toBe(2);
    }
  });

  it('keeps the most recently used results within its size', async () => {
    const cache = new QueryCache(clock(), 2);
    const execute = counted();
    await cache.rows(sql('SELECT 1'), execute);
    await cache.rows(sql('SELECT 2'), execute);
    await cache.rows(sql('SELECT 1'), execute);
    await cache.rows(sql('SELECT 3'), execute);
    expect(cache.size).toBe(2);
    await cache.rows(sql('SELECT 1'), execute);
    expect(execute.calls).toBe(3);
    await cache.rows(sql('SELECT 2'), execute);
    expect(execute.calls).toBe(4);
  });

  it('does not keep a failed execution', async () => {
    const cache = new QueryCache(clock(), 10);
    await expect(cache.rows(sql('SELECT 1'), () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const execute = counted();
    await cache.rows(sql('SELECT 1'), execute);
    expect(execute.calls).toBe(1);
  });
});
