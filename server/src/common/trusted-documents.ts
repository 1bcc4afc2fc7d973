import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';
import type { Viewer } from './viewer.js';

/**
 * Trusted documents (persisted operations): the GraphQL documents of the console and of the public live page,
 * registered at build time by graphql-codegen (`persistedDocuments` in codegen.yml) into
 * admin/src/gql/persisted-documents.json, which maps `sha256:<hex sha256 of the text>` to the text.
 *
 * Over HTTP a request names a document by `documentId` (or Apollo's `extensions.persistedQuery.sha256Hash`) instead of
 * sending its `query`; with TRUSTED_DOCUMENTS=anonymous, callers without an account may run registered documents only.
 *
 * Other transports (the WebSocket subscriptions) need only the registry, which createApp loads once:
 *
 *   trusted.byId('sha256:<hex>')   // or '<hex>': the registered text, or undefined
 *   trusted.isRegistered(text)      // whether exactly this text is registered
 *   persistedQueryRequired()        // the error to refuse an anonymous caller with
 *
 * and `config.trustedDocuments === 'anonymous'` says whether anonymous callers must keep to registered documents.
 */

export type TrustedDocumentsMode = 'off' | 'anonymous';

const DOCUMENT_ID = /^(?:sha256:)?([0-9a-f]{64})$/;

export const documentHash = (text: string): string => createHash('sha256').update(text).digest('hex');

export class TrustedDocuments {
  private readonly texts = new Map<string, string>();

  /** Reads the manifest the client preset writes. */
  static load(file: string): TrustedDocuments {
    if (!existsSync(file)) throw new Error(`The trusted documents manifest ${file} is missing: run \`npm run codegen\``);
    return new TrustedDocuments(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  }

  /** Refuses an entry whose id is not the hash of its text: the server would otherwise run a text other than the one its id names. */
  constructor(manifest: Readonly<Record<string, unknown>>) {
    for (const [id, text] of Object.entries(manifest)) {
      const hash = DOCUMENT_ID.exec(id)?.[1];
      if (!hash || typeof text !== 'string' || documentHash(text) !== hash) {
        throw new Error(`The trusted document ${id} is not the sha256 of its text: regenerate the manifest with \`npm run codegen\``);
      }
      this.texts.set(hash, text);
    }
  }

  byId(id: string): string | undefined {
    const hash = DOCUMENT_ID.exec(id)?.[1];
    return hash === undefined ? undefined : this.texts.get(hash);
  }

  isRegistered(text: string): boolean {
    return this.texts.has(documentHash(text));
  }
}

export const persistedQueryRequired = () =>
  new GraphQLError('Anonymous callers may only run registered documents (TRUSTED_DOCUMENTS=anonymous): send the `documentId` of one, or log in', {
    extensions: { code: 'PERSISTED_QUERY_REQUIRED', http: { status: 400 } },
  });

const persistedQueryNotFound = (id: unknown) =>
  new GraphQLError(`No document is registered under the id ${JSON.stringify(id)}`, { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });

/** Whether the request carries an account's credential, valid or not: only requests without one are the same for everyone. */
function hasCredentials(req: Request, sessionCookie: string): boolean {
  if (req.headers.authorization) return true;
  return (req.headers.cookie ?? '').split(';').some((part) => part.trim().startsWith(`${sessionCookie}=`));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Puts the registered text in place of a `documentId` or an APQ hash. Apollo's own APQ is off (documents are registered
 * at build time, never by callers), so a hash beside a full text is dropped: the text is what runs.
 */
function substitute(operation: Record<string, unknown>, trusted: TrustedDocuments): GraphQLError | undefined {
  const documentId = operation.documentId ?? undefined;
  const query = operation.query ?? undefined;
  const extensions = isRecord(operation.extensions) ? operation.extensions : {};
  const persisted = isRecord(extensions.persistedQuery) ? extensions.persistedQuery : undefined;
  if (documentId !== undefined && query !== undefined) return new GraphQLError('Send either `documentId` or `query`, not both', { extensions: { code: 'BAD_REQUEST' } });
  const id = documentId ?? (query === undefined ? persisted?.sha256Hash : undefined);
  if (id !== undefined) {
    const text = typeof id === 'string' ? trusted.byId(id) : undefined;
    if (text === undefined) return persistedQueryNotFound(id);
    operation.query = text;
  }
  delete operation.documentId;
  delete extensions.persistedQuery;
  return undefined;
}

/** Substitutes in a GET's search parameters, where Apollo reads them; answers the text to run. */
function substituteInSearch(req: Request, trusted: TrustedDocuments): GraphQLError | { query: unknown } {
  const at = req.url.indexOf('?');
  if (at < 0) return { query: undefined };
  const params = new URLSearchParams(req.url.slice(at + 1));
  if (!params.has('documentId') && !params.has('extensions')) return { query: params.get('query') ?? undefined };
  const extensions = params.get('extensions');
  let parsed: unknown = extensions;
  try {
    if (extensions !== null) parsed = JSON.parse(extensions);
  } catch {
    // Apollo answers malformed extensions itself.
  }
  const operation: Record<string, unknown> = { query: params.get('query') ?? undefined, documentId: params.get('documentId') ?? undefined, extensions: parsed };
  const problem = substitute(operation, trusted);
  if (problem) return problem;
  params.delete('documentId');
  if (typeof operation.query === 'string') params.set('query', operation.query);
  if (isRecord(operation.extensions)) params.set('extensions', JSON.stringify(operation.extensions));
  req.url = `${req.url.slice(0, at)}?${params}`;
  return { query: operation.query };
}

/** Requests whose every operation is a registered document. */
const registeredRequests = new WeakSet<Request>();
/** Of those, GETs without credentials: their answers are the same for every caller. */
const sharedRequests = new WeakSet<Request>();

/**
 * Before Apollo: resolves document ids to their registered texts (POST bodies, batches included, and GET searches),
 * answers unknown ids with PERSISTED_QUERY_NOT_FOUND, and notes which requests run registered documents only.
 */
export function resolveTrustedDocuments(trusted: TrustedDocuments, sessionCookie: string): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const refuse = (problem: GraphQLError) => void res.status(400).json({ errors: [{ message: problem.message, extensions: problem.extensions }] });
    let queries: unknown[];
    if (req.method === 'GET') {
      // Whatever a GET answers depends on the caller's credentials; only the shared answers below become public.
      res.vary('Cookie').vary('Authorization').setHeader('cache-control', 'private, no-store');
      const resolved = substituteInSearch(req, trusted);
      if (resolved instanceof GraphQLError) return refuse(resolved);
      queries = [resolved.query];
    } else {
      const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
      for (const operation of operations) {
        if (!isRecord(operation)) continue;
        const problem = substitute(operation, trusted);
        if (problem) return refuse(problem);
      }
      queries = operations.map((operation) => (isRecord(operation) ? operation.query : undefined));
    }
    if (!queries.every((query) => typeof query === 'string' && trusted.isRegistered(query))) return next();
    registeredRequests.add(req);
    if (req.method === 'GET' && !hasCredentials(req, sessionCookie)) {
      sharedRequests.add(req);
      // Apollo's CSRF prevention refuses GETs without a preflight header, which a CDN or a link cannot send. This GET runs
      // a registered document without any credential: it can change nothing (Apollo runs no mutation over GET) and read
      // nothing private (no cookie or token rides on it), so it is let through. Every other GET, and any GET carrying the
      // session cookie, still needs the header, so a page elsewhere cannot make a curator's browser run a query.
      req.headers['apollo-require-preflight'] ??= 'trusted-document';
    }
    next();
  };
}

/** Under TRUSTED_DOCUMENTS=anonymous, refuses an anonymous caller's request that is not only registered documents, before anything is parsed. */
export function requireTrustedDocuments(mode: TrustedDocumentsMode, viewer: Viewer, req: Request): void {
  if (mode === 'anonymous' && viewer.kind === 'anonymous' && !registeredRequests.has(req)) throw persistedQueryRequired();
}

/**
 * Successful answers to credential-free GETs of registered documents may be kept by a CDN for `maxAgeSeconds` and
 * revalidated by their ETag (Express answers 304 to a matching If-None-Match).
 */
export function publicCachePlugin(maxAgeSeconds: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const req = contextValue.http?.req;
      if (!req || !sharedRequests.has(req)) return;
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || response.body.singleResult.errors || (response.http.status ?? 200) !== 200) return;
          response.http.headers.set('cache-control', `public, max-age=${maxAgeSeconds}`);
          response.http.headers.set('etag', `"${createHash('sha256').update(JSON.stringify(response.body.singleResult)).digest('base64url')}"`);
        },
      };
    },
  };
}

/** GET /graphql/documents/<id>: the registered text, so anyone can see what the public views run; an id never changes its text. */
export function serveTrustedDocument(trusted: TrustedDocuments): RequestHandler {
  return (req: Request, res: Response) => {
    const text = trusted.byId(String(req.params.id));
    if (text === undefined) return void res.status(404).type('text/plain').send('No document is registered under this id\n');
    res.set({ 'cache-control': 'public, max-age=31536000, immutable', etag: `"${documentHash(text)}"` }).type('text/plain').send(text);
  };
}
