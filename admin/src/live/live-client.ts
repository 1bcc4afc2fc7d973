import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { documentIdOf } from '../graphql-client.js';

/** The API's WebSocket endpoint on the page's own origin; it reconnects for as long as the page is open. */
export function liveClient(onConnected: (connected: boolean) => void): Client {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  return createClient({
    url,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000))),
    on: { connected: () => onConnected(true), closed: () => onConnected(false) },
  });
}

/**
 * Subscribes by document id only: the page runs registered documents, which is
 * also what the API accepts from anonymous callers when TRUSTED_DOCUMENTS=anonymous.
 */
export function subscribeLive<R, V>(client: Client, document: TypedDocumentNode<R, V>, variables: V, next: (data: R) => void, error: (message: string) => void): () => void {
  return client.subscribe<R>(
    { query: '', variables: variables as Record<string, unknown>, extensions: { documentId: documentIdOf(document as TypedDocumentNode<unknown, never>) } },
    {
      next: (result) => {
        if (result.errors?.length) error(result.errors[0]!.message);
        else if (result.data) next(result.data as R);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
}
