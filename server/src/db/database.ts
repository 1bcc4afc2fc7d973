import type { MikroORM, Options } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { logger } from '../common/logger.js';
import { startEmbeddedPostgres } from './embedded.js';
import { migrate, openOrm } from './orm.js';

export interface Database {
  readonly orm: MikroORM;
  readonly url: string;
  close(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL, and applies pending migrations. */
export async function openDatabase(config: Config, entities: Options['entities']): Promise<Database> {
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort });
  const url = config.databaseUrl ?? embedded!.url;
  const orm = await openOrm(url, entities, {
    pool: { min: 0, max: Math.max(1, config.databasePoolSize) },
    driverOptions: {
      // A request that cannot get a connection soon fails fast (SERVICE_UNAVAILABLE) rather than queueing for a minute.
      acquireConnectionTimeout: Math.max(1, config.databaseAcquireTimeoutMs),
      // Every connection of the API's pool stops a statement that runs too long (a runaway query, a lock wait).
      ...(config.statementTimeoutMs ? { connection: { statement_timeout: config.statementTimeoutMs } } : {}),
    },
  });
  const applied = await migrate(orm);
  if (applied.length) logger.info({ applied }, 'applied migrations');
  return {
    orm,
    url,
    async close() {
      await orm.close(true);
      await embedded?.stop();
    },
  };
}
