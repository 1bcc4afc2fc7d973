import type { IncomingHttpHeaders, IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { authenticate, SESSION_COOKIE } from '../accounts/authentication.js';
import { createContext } from '../common/context.js';
import { formatError } from '../common/errors.js';
import { logger } from '../common/logger.js';
import { checkOperationLimits, countTokens, queryLimitError, type QueryLimits } from '../common/query-limits.js';
import type { Viewer } from '../common/viewer.js';
import type { LiveHub } from './live-hub.js';
import { persistedQueryRequired, type TrustedDocuments } from '../common/trusted-documents.js';

/** Enough for a live page and a board at once; each subscription holds a listener and a buffer in this process. */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;

export interface SubscriptionServerOptions {
  readonly schema: GraphQLSchema;
  readonly orm: MikroORM;
  readonly hub: LiveHub;
  readonly queryLimits: QueryLimits;
  /** Origins other than the API's own whose pages may open a connection carrying the session cookie. */
  readonly corsOrigins: readonly string[];
  /** The registered documents, which a subscription may name by `extensions.documentId` instead of sending its text. */
  readonly documents: TrustedDocuments;
  /** Anonymous callers may subscribe with registered documents only (TRUSTED_DOCUMENTS=anonymous). */
  readonly registeredOnlyForAnonymous: boolean;
}

/** Subscriptions are counted here as they are accepted: graphql-ws lists one only once it has started. */
type ConnectionExtra = { viewer: Viewer; active: number };

const refuse = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];

/**
 * Same-origin pages send the console's cookie with the upgrade request, and
 * browsers do not apply CORS to WebSockets: a page elsewhere could otherwise
 * subscribe with a logged-in curator's session (cross-site WebSocket hijacking).
 */
function originAllowed(request: IncomingMessage, origins: readonly string[]): boolean {
  const usesSession = (request.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${SESSION_COOKIE}=`));
  const origin = request.headers.origin;
  if (!usesSession || !origin) return true;
  let host: string | undefined;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host === request.headers.host || origins.includes(origin);
}

/** Scripts without cookies pass their API token in the connection's init message, as `authorization: "Bearer <token>"`. */
function credentialsOf(request: IncomingMessage, params: Readonly<Record<string, unknown>> | undefined): { headers: IncomingHttpHeaders } {
  const authorization = typeof params?.authorization === 'string' ? params.authorization : typeof params?.Authorization === 'string' ? params.Authorization : undefined;
  return { headers: authorization ? { authorization } : { cookie: request.headers.cookie } };
}

/** GraphQL subscriptions over WebSocket (the graphql-ws protocol) at /graphql, on the API's own HTTP server. */
export function serveSubscriptions(http: Server, options: SubscriptionServerOptions): { close(): Promise<void> } {
  const { schema, orm, hub, queryLimits } = options;
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/graphql') return void socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
    if (!originAllowed(request, options.corsOrigins)) return void socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
  };
  http.on('upgrade', onUpgrade);

  const server = useServer<Record<string, unknown>, ConnectionExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        try {
          ctx.extra.viewer = await authenticate(orm.em.fork(), credentialsOf(ctx.extra.request, ctx.connectionParams));
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        if ((ctx.extra.active ?? 0) >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return refuse(`At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection`, 'RATE_LIMITED');
        }
        const viewer = ctx.extra.viewer!;
        const documentId = payload.extensions?.documentId;
        const query = typeof documentId === 'string' ? options.documents.byId(documentId) : payload.query;
        if (query === undefined) return refuse(`No document is registered under the id ${JSON.stringify(documentId)}`, 'PERSISTED_QUERY_NOT_FOUND');
        if (options.registeredOnlyForAnonymous && viewer.kind === 'anonymous' && query === payload.query && !options.documents.isRegistered(query)) {
          return refuse(persistedQueryRequired().message, 'PERSISTED_QUERY_REQUIRED');
        }
        const tokens = countTokens(query, queryLimits.maxTokens);
        if (tokens > queryLimits.maxTokens) return [queryLimitError('tokens', queryLimits.maxTokens, tokens)];
        let document: DocumentNode;
        try {
          document = parse(query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document, specifiedRules);
        if (errors.length) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refuse('Name the operation to run', 'BAD_USER_INPUT');
        if (operation.operation !== 'subscription') return refuse('Only subscriptions are served over WebSocket; send queries and mutations with HTTP POST to /graphql', 'BAD_USER_INPUT');
        const variables = payload.variables ?? {};
        const exceeded = checkOperationLimits(schema, document, operation, variables, queryLimits);
        if (exceeded) return [exceeded];
        const contextValue = createContext({ em: orm.em.fork(), viewer, live: hub, requestId: `ws-${randomUUID()}` });
        ctx.extra.active = (ctx.extra.active ?? 0) + 1;
        return { schema, document, operationName: payload.operationName, variableValues: variables, contextValue };
      },
      onComplete: (ctx) => {
        ctx.extra.active = (ctx.extra.active ?? 1) - 1;
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors?.length) return;
        const requestId = (args.contextValue as { requestId?: string }).requestId;
        return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error, requestId)) };
      },
      // HTTP statuses some errors carry mean nothing on a socket.
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError({ ...error.toJSON(), extensions: { ...error.extensions, http: undefined } }, error)),
    },
    sockets,
    15_000,
  );

  return {
    async close() {
      http.off('upgrade', onUpgrade);
      await server.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      logger.info('subscriptions closed');
    },
  };
}
