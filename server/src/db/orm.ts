import { DefaultLogger, MikroORM, ReflectMetadataProvider, defineConfig, type LogContext, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { MIGRATIONS } from '../migrations/index.js';

/**
 * SQL statements issued while serving one request, and read results taken
 * from the cache instead, for the statement-count tests and benchmarks. It
 * travels in the logger context of the request's entity manager (and of the
 * transactions forked from it), so every statement the ORM logs reaches it.
 */
export class StatementCount {
  statements = 0;
  cacheHits = 0;
}

class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext & { statementCount?: StatementCount }): void {
    if (context.statementCount instanceof StatementCount) context.statementCount.statements += 1;
    super.logQuery(context);
  }
}

/** The persisted entities come from the caller (server/src/entities.ts), so that the database layer depends on no feature. */
export function ormOptions(clientUrl: string, entities: Options['entities'], overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, snapshot: false, transactional: true, allOrNothing: true, disableForeignKeys: false, silent: true },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: 10 },
    loggerFactory: (options) => new CountingLogger(options),
    ...overrides,
  });
}

export async function openOrm(clientUrl: string, entities: Options['entities'], overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(clientUrl, entities, overrides));
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
