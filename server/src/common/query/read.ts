import type { EntityManager } from '@mikro-orm/postgresql';
import type { QueryCache } from './cache.js';
import type { Sql } from './sql.js';

/** What a read needs: the request's entity manager and the process's result cache, if any. */
export interface ReadScope {
  readonly em: EntityManager;
  readonly cache?: QueryCache;
}

/**
 * Runs a read statement, through the cache unless inside a transaction: a
 * transaction may read its own uncommitted writes, which no one else may be given.
 */
export function readRows(scope: ReadScope, query: Sql): Promise<Record<string, unknown>[]> {
  const execute = () => scope.em.getConnection().execute(scope.em.getKnex().raw(query.text, query.values as never[])) as Promise<Record<string, unknown>[]>;
  if (!scope.cache || scope.em.isInTransaction()) return execute();
  return scope.cache.rows(query, execute);
}
