import { AsyncLocalStorage } from 'node:async_hooks';
import { MikroORM, ReflectMetadataProvider, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from '../entities.js';
import { MIGRATIONS } from '../migrations/index.js';

/** SQL statements issued while serving one request, and results taken from the cache instead, for the statement-count tests and benchmarks. */
export const statementCounter = new AsyncLocalStorage<{ count: number; cacheHits: number }>();

export function ormOptions(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: { migrationsList: MIGRATIONS, snapshot: false, transactional: true, allOrNothing: true, disableForeignKeys: false, silent: true },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: 10 },
    ...overrides,
  });
}

export async function openOrm(clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, overrides));
  orm.em.getConnection().getKnex().on('query', () => {
    const counter = statementCounter.getStore();
    if (counter) counter.count += 1;
  });
  return orm;
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
