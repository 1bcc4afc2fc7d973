import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { ENTITIES } from './entities.js';
import { createApp } from './app.js';
import { loadReferenceData } from './reference/reference-data.js';
import { ensureAdminAccount } from './accounts/account.service.js';
import { Pledge } from './pledges/pledge.entity.js';
import { logger } from './common/logger.js';
import { ChangeFeed } from './db/change-feed.js';
import { QueryCache } from './common/query/cache.js';
import { NotificationSender } from './notifications/notification.sender.js';
import { LiveHub } from './live/live-hub.js';
import { serveSubscriptions } from './live/subscription-server.js';
import { buildApiSchema } from './schema.js';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly database: Database;
  readonly http: Server;
  readonly changes: ChangeFeed;
  readonly live: LiveHub;
  close(): Promise<void>;
}

/** Opens the database, prepares it (migrations, reference data, first admin, demo data) and serves the API and console. */
export async function startServer(config: Config, options: { database?: Database } = {}): Promise<RunningServer> {
  const database = options.database ?? (await openDatabase(config, ENTITIES));
  const em = database.orm.em.fork();
  if (await loadReferenceData(em)) logger.info('loaded reference data');
  await ensureAdminAccount(em, config.adminEmail, config.adminPassword);
  if (config.demoData && (await em.count(Pledge, {})) === 0) {
    const { loadDemoData } = await import('./demo/load-demo-data.js');
    const summary = await loadDemoData(database.orm.em.fork());
    logger.info(summary, 'loaded demo data');
  }
  await em.getConnection().execute('select p2c_watch_tables()');
  const changes = await ChangeFeed.open(database.url);
  const cache = config.queryCacheEntries > 0 ? new QueryCache(changes, config.queryCacheEntries) : undefined;
  const sender = config.smtpUrl ? new NotificationSender(database.orm, config.smtpUrl, config.smtpFrom) : undefined;
  sender?.start(changes);
  const live = new LiveHub(database.orm, changes, cache);
  const http = createServer();
  const app = await createApp(database.orm, config, http, { cache });
  await app.attach(http);
  const subscriptions = serveSubscriptions(http, {
    schema: await buildApiSchema(),
    orm: database.orm,
    hub: live,
    queryLimits: config.queryLimits,
    corsOrigins: config.corsOrigins,
    documents: app.trustedDocuments,
    registeredOnlyForAnonymous: config.trustedDocuments === 'anonymous',
  });
  await new Promise<void>((resolve) => http.listen(config.port, config.host, resolve));
  const port = (http.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    database,
    http,
    changes,
    live,
    async close() {
      logger.info('stopping the API');
      await subscriptions.close();
      live.stop();
      await app.stop();
      await sender?.stop();
      await changes.close();
      logger.info('API stopped');
      if (!options.database) await database.close();
      logger.info('database closed');
    },
  };
}
