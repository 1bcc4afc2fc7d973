import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/db/embedded.js';
import { migrate, openOrm } from '../../server/src/db/orm.js';
import { ENTITIES } from '../../server/src/entities.js';
import { loadReferenceData } from '../../server/src/reference/reference-data.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

/**
 * One embedded PostgreSQL for the whole run, in a temporary folder, holding a migrated template database
 * with the reference data; every test file clones its own database from it.
 */
export default async function setup(project: TestProject) {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'p2c-test-'));
  embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'p2c_template' });
  const url = embedded.url;
  const orm = await openOrm(url, ENTITIES);
  await migrate(orm);
  await loadReferenceData(orm.em.fork());
  await orm.close(true);
  project.provide('templateDatabaseUrl', url);
  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
