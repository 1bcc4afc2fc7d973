import { print, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

export interface Response<R> {
  readonly status: number;
  readonly data?: R | null;
  readonly errors?: readonly GraphQLFormattedError[];
  readonly headers: Headers;
  /** SQL statements the server issued for the request. */
  readonly statements: number;
  /** Statement results the server took from its read cache instead. */
  readonly cacheHits: number;
}

/** Talks to the API over HTTP as one caller: anonymous, a session cookie or a bearer token. */
export class GraphQLClient {
  constructor(
    readonly url: string,
    readonly headers: Record<string, string> = {},
  ) {}

  with(headers: Record<string, string>): GraphQLClient {
    return new GraphQLClient(this.url, { ...this.headers, ...headers });
  }

  async request<R, V>(document: TypedDocumentNode<R, V>, ...[variables]: V extends Record<string, never> ? [] | [V] : [V]): Promise<Response<R>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await res.json()) as ExecutionResult<R>;
    return {
      status: res.status,
      data: body.data,
      errors: body.errors as GraphQLFormattedError[] | undefined,
      headers: res.headers,
      statements: Number(res.headers.get('x-sql-statements') ?? -1),
      cacheHits: Number(res.headers.get('x-sql-cache-hits') ?? -1),
    };
  }

  /** The data of a request that must succeed. */
  async data<R, V>(document: TypedDocumentNode<R, V>, ...variables: V extends Record<string, never> ? [] | [V] : [V]): Promise<R> {
    const response = await this.request(document, ...variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`expected success, got ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  /** The first error of a request that must fail. */
  async error<R, V>(document: TypedDocumentNode<R, V>, ...variables: V extends Record<string, never> ? [] | [V] : [V]): Promise<GraphQLFormattedError & { code: string; field?: string }> {
    const response = await this.request(document, ...variables);
    const error = response.errors?.[0];
    if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
    const extensions = (error.extensions ?? {}) as { code?: string; field?: string };
    return { ...error, code: extensions.code ?? 'NONE', field: extensions.field };
  }
}
