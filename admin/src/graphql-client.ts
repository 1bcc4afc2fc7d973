import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A problem with one input field, as the API reports it in `extensions.problems`. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

interface ErrorExtensions {
  readonly code?: string;
  readonly field?: string | null;
  readonly problems?: readonly FieldProblem[];
  /** With a CONFLICT from a stale `expectedVersion`: the record's version now. */
  readonly currentVersion?: number;
}

interface GraphQLResponse<R> {
  readonly data?: R | null;
  readonly errors?: readonly { readonly message: string; readonly extensions?: ErrorExtensions }[];
}

/** The first error of a GraphQL response, keeping the code and fields the API attached to it. */
export class GraphQLRequestError extends Error {
  readonly code: string;
  readonly field: string | undefined;
  readonly problems: readonly FieldProblem[];
  readonly currentVersion: number | undefined;

  constructor(
    message: string,
    extensions: ErrorExtensions = {},
    readonly status = 200,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = extensions.code ?? 'INTERNAL_SERVER_ERROR';
    this.field = extensions.field ?? undefined;
    this.problems = extensions.problems ?? [];
    this.currentVersion = typeof extensions.currentVersion === 'number' ? extensions.currentVersion : undefined;
  }
}

/** Variables are optional exactly when the operation declares none. */
export type VariablesOf<V> = V extends Record<string, never> ? [] | [V] : [V];

const ENDPOINT = '/graphql';

/**
 * The id under which `npm run codegen` registered a document (persisted-documents.json beside the typed documents):
 * the server runs the registered text, and with TRUSTED_DOCUMENTS=anonymous runs nothing else for anonymous callers.
 */
export function documentIdOf(document: TypedDocumentNode<unknown, never>): string {
  const id = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof id !== 'string') throw new Error('The operation is not a registered document: write it in admin/src and run `npm run codegen`');
  return id;
}

/**
 * Runs a typed operation against the API of the same origin, by its document id. The session is the
 * httpOnly cookie set by `login`, so the browser sends it by itself.
 */
export async function execute<R, V>(document: TypedDocumentNode<R, V>, ...[variables]: VariablesOf<V>): Promise<R> {
  const request = JSON.stringify({ documentId: documentIdOf(document), variables: variables ?? {} });
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: request,
    });
  } catch {
    throw new GraphQLRequestError('The server cannot be reached; check your connection', { code: 'NETWORK_ERROR' }, 0);
  }
  let body: GraphQLResponse<R>;
  try {
    body = (await response.json()) as GraphQLResponse<R>;
  } catch {
    throw new GraphQLRequestError(`The server answered ${response.status} ${response.statusText}`, {}, response.status);
  }
  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions, response.status);
  if (!body.data) throw new GraphQLRequestError('The server sent no data', {}, response.status);
  return body.data;
}
