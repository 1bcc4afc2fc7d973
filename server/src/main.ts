import 'reflect-metadata';
import { loadConfig } from './config.js';
import { startServer } from './server.js';
import { logger } from './common/logger.js';

const config = loadConfig();
const server = await startServer(config);
console.log(`P2C API at ${server.url}/graphql, console at ${server.url}/admin/`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
