import type { EntityManager, LoggingOptions } from '@mikro-orm/postgresql';
import type { QueryCache } from './cache.js';
import type { Sql } from './sql.js';
import type { StatementCount } from '../../db/orm.js';

/** What a read needs: the request's entity manager and the process's result cache, if any. */
export interface ReadScope {
  readonly em: EntityManager;
  readonly cache?: QueryCache;
}

/**
 * Runs a read statement, through the cache unless inside a transaction: a
 * transaction may read its own uncommitted writes, which no one else may be given.
 */
export async function readRows(scope: ReadScope, query: Sql): Promise<Record<string, unknown>[]> {
  const { em, cache } = scope;
  const loggerContext = em.getLoggerContext<{ statementCount?: StatementCount }>();
  let executed = false;
  const execute = () => {
    executed = true;
    // Inside a transaction, on its connection: a mutation reads its own writes.
    return em.getConnection().execute(em.getKnex().raw(query.text, query.values as never[]), [], 'all', em.getTransactionContext(), loggerContext as LoggingOptions) as Promise<
      Record<string, unknown>[]
    >;
  };
  if (!cache || em.isInTransaction()) return execute();
  const rows = await cache.rows(query, execute);
  if (!executed && loggerContext.statementCount) loggerContext.statementCount.cacheHits += 1;
  return rows;
}
