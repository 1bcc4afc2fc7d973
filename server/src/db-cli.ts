import 'reflect-metadata';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from './config.js';
import { openDatabase } from './db/database.js';
import { ENTITIES } from './entities.js';
import { logger } from './common/logger.js';

/**
 * `migrate` applies pending migrations and stops.
 * `create-migration` writes the difference between the entities and the
 * migrated database as a new migration file (development only).
 */
async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config, ENTITIES);
  try {
    if (command === 'migrate') {
      logger.info('database is up to date');
    } else if (command === 'create-migration') {
      const generator = db.orm.getMigrator();
      const diff = await generator.createMigration(path.join(PROJECT_ROOT, 'server/src/migrations'), false, false);
      if (!diff.fileName) {
        console.log('No changes: the entities match the migrated schema.');
      } else {
        console.log(`Created server/src/migrations/${diff.fileName}; add it to server/src/migrations/index.ts.`);
      }
    } else {
      throw new Error(`unknown command ${command ?? ''}; use migrate or create-migration`);
    }
  } finally {
    await db.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

