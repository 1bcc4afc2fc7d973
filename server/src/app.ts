import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import { buildApiSchema } from './schema.js';
import { createContext, type Context } from './common/context.js';
import { AppError, BUSY_RETRY_AFTER_SECONDS, ErrorCode, formatError, toAppError } from './common/errors.js';
import { logger } from './common/logger.js';
import { StatementCount } from './db/orm.js';
import type { QueryCache } from './common/query/cache.js';
import { checkRequestBody, queryLimitsPlugin } from './common/query-limits.js';
import { authenticate, SESSION_COOKIE, sessionCookieOptions } from './accounts/authentication.js';
import { corsPolicy, csrfGuard, schemaPrivacyPlugin, securityHeaders } from './common/http-security.js';
import { publicCachePlugin, requireTrustedDocuments, resolveTrustedDocuments, serveTrustedDocument, TrustedDocuments } from './common/trusted-documents.js';
import { rateLimit, RateLimiter } from './common/rate-limit.js';
import { openDataRouter } from './pledges/pledge-export.route.js';

/** The request an error belongs to, for formatError, which Apollo calls without the context. */
const errorRequests = new WeakMap<object, string>();

/**
 * Reports the SQL statements a request issued, for tests and benchmarks, and ties its errors to its id.
 * A request turned away for want of a database connection is a 503 with Retry-After, so that clients
 * and load balancers back off rather than retry at once.
 */
const requestPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) if (contextValue?.requestId) errorRequests.set(error, contextValue.requestId);
      },
      async willSendResponse({ response, contextValue }) {
        const busy = response.body.kind === 'single' ? response.body.singleResult.errors?.find((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) : undefined;
        if (busy) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(busy.extensions?.retryAfterSeconds ?? BUSY_RETRY_AFTER_SECONDS));
        }
        const count = contextValue?.statementCount;
        if (count) {
          response.http.headers.set('x-sql-statements', String(count.statements));
          response.http.headers.set('x-sql-cache-hits', String(count.cacheHits));
        }
      },
    };
  },
};

export interface App {
  readonly express: express.Express;
  readonly apollo: ApolloServer<Context>;
  /** The registered documents, for the WebSocket subscriptions too. */
  readonly trustedDocuments: TrustedDocuments;
  attach(server: Server): Promise<void>;
  stop(): Promise<void>;
}

export async function createApp(orm: MikroORM, config: Config, server: Server, options: { cache?: QueryCache } = {}): Promise<App> {
  const schema = await buildApiSchema();
  const trustedDocuments = TrustedDocuments.load(config.trustedDocumentsManifest);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, errorRequests.get(error as object)),
    // Cache-control hints would wrap every field resolver; the API sets no hints.
    allowBatchedHttpRequests: true,
    // Documents are registered at build time (trusted-documents.ts), never by callers.
    persistedQueries: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      requestPlugin,
      queryLimitsPlugin<Context>(config.queryLimits),
      schemaPrivacyPlugin(config.production),
      publicCachePlugin(config.publicCacheMaxAge),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // An ETag would hash every GraphQL answer, and POST answers are not cached by anyone.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    const requestId = given && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    res.locals.requestId = requestId;
    const started = performance.now();
    // One JSON line per request, with the id the client and the error messages also carry.
    res.on('finish', () => {
      if (!logger.isLevelEnabled('info')) return;
      logger.info({ requestId, method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Math.round(performance.now() - started), operation: (req.body as { operationName?: string } | undefined)?.operationName }, 'request');
    });
    next();
  });

  app.use(securityHeaders());

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'database not reachable');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  const limiter = new RateLimiter(orm);
  const publicBody = express.json({ limit: '1mb' });
  const signedInBody = express.json({ limit: '8mb' });
  app.use('/open-data', openDataRouter({ orm, schema, limiter, config }));
  app.get('/graphql/documents/:id', serveTrustedDocument(trustedDocuments));
  app.use(
    '/graphql',
    corsPolicy(config.corsOrigins),
    csrfGuard(config.corsOrigins, SESSION_COOKIE),
    rateLimit(limiter, config.rateLimits),
    // A CSV import of thousands of pledges is several megabytes; the public never needs more than one.
    (req: Request, res: Response, next: NextFunction) => ((req.headers.cookie?.includes(`${SESSION_COOKIE}=`) || req.headers.authorization) ? signedInBody : publicBody)(req, res, next),
    resolveTrustedDocuments(trustedDocuments, SESSION_COOKIE),
    (req: Request, res: Response, next: NextFunction) => {
      // A GET carries its operation in the URL: the same limits hold there.
      const problem = checkRequestBody(req.method === 'GET' ? req.query : req.body, config.queryLimits);
      if (!problem) return next();
      res.status(400).json({ errors: [{ message: problem.message, extensions: { ...problem.extensions, http: undefined } }] });
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }: { req: Request; res: Response }) => {
        const statementCount = new StatementCount();
        const em = orm.em.fork({ loggerContext: { statementCount } });
        try {
          const viewer = await authenticate(em, req, (token, expiresAt) => res.cookie(SESSION_COOKIE, token, sessionCookieOptions(req, expiresAt)));
          requireTrustedDocuments(config.trustedDocuments, viewer, req);
          return createContext({ em, viewer, cache: options.cache, statementCount, requestId: String(res.locals.requestId), http: { req, res } });
        } catch (error) {
          if (error instanceof AppError && error.code === ErrorCode.UNAUTHENTICATED) {
            throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
          }
          const expected = toAppError(error);
          if (expected?.code === ErrorCode.SERVICE_UNAVAILABLE) {
            const retryAfter = String(expected.details.retryAfterSeconds);
            throw new GraphQLError(expected.message, { extensions: { code: expected.code, ...expected.details, http: { status: 503, headers: new HeaderMap([['retry-after', retryAfter]]) } } });
          }
          throw error;
        }
      },
    }),
  );

  // Bodies too large or not JSON get GraphQL's error shape rather than Express's HTML page.
  app.use('/graphql', (error: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (error.type === 'entity.too.large') return void res.status(413).json({ errors: [{ message: 'The request body is over the limit: 1 MB, or 8 MB with a session or an API token', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    if (error.type === 'entity.parse.failed') return void res.status(400).json({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    next(error);
  });

  if (existsSync(path.join(config.adminDist, 'index.html'))) {
    app.use('/admin', express.static(config.adminDist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/admin(\/.*)?$/, (_req, res) => res.sendFile(path.join(config.adminDist, 'index.html')));
    app.get(/^\/live(\/[^/]*)?$/, (_req, res) => res.sendFile(path.join(config.adminDist, 'live.html')));
  } else {
    app.get(/^\/(admin|live)(\/.*)?$/, (_req, res) => {
      res.status(503).type('text').send('The console is not built: run `npm run build:admin`.');
    });
  }
  app.get('/', (_req, res) => res.redirect('/admin/'));

  return {
    express: app,
    apollo,
    trustedDocuments,
    async attach(httpServer: Server) {
      httpServer.on('request', app);
    },
    async stop() {
      await apollo.stop();
      await limiter.stop();
    },
  };
}
