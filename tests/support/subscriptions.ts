import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** One subscription's results as they arrive, for a test to take in order. */
export interface LiveResults<R> {
  /** The next result, or a failure after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ExecutionResult<R>>;
  /** True when nothing arrives within `ms`. */
  quiet(ms: number): Promise<boolean>;
  /** Resolves when the server ends the subscription, with its error if it ended in one. */
  readonly ended: Promise<unknown>;
  close(): void;
}

/** A graphql-ws connection to the API, as a browser (with a cookie and an origin) or a script (with a token) makes it. */
export function connect(baseUrl: string, options: { cookie?: string; origin?: string; token?: string } = {}): Client {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin) headers.origin = options.origin;
  class WithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WithHeaders,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : undefined,
    retryAttempts: 0,
    lazy: true,
  });
}

export function subscribe<R, V>(client: Client, document: TypedDocumentNode<R, V>, variables?: V): LiveResults<R> {
  const arrived: ExecutionResult<R>[] = [];
  const waiting: ((result: ExecutionResult<R>) => void)[] = [];
  let end!: (error?: unknown) => void;
  const ended = new Promise<unknown>((resolve) => (end = resolve));
  const dispose = client.subscribe<R>(
    { query: print(document), variables: (variables ?? {}) as Record<string, unknown> },
    {
      next: (result) => {
        const take = waiting.shift();
        if (take) take(result as ExecutionResult<R>);
        else arrived.push(result as ExecutionResult<R>);
      },
      error: (error) => end(error),
      complete: () => end(),
    },
  );
  return {
    next(timeoutMs = 5000) {
      const ready = arrived.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((result) => {
          clearTimeout(timer);
          resolve(result);
        });
      });
    },
    async quiet(ms) {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return arrived.length === 0;
    },
    ended,
    close: dispose,
  };
}
