import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Loaders } from './loaders.js';
import type { Viewer } from './viewer.js';
import type { QueryCache } from './query/cache.js';
import type { StatementCount } from '../db/orm.js';

/** The process's live updates as the core knows them; the live feature's hub implements it, and its resolvers narrow to the hub. */
export interface LiveUpdates {
  readonly subscriberCount: number;
  stop(): void;
}

/** Everything a resolver may use: the request's own entity manager, the viewer and the per-request loaders. */
export interface Context {
  em: EntityManager;
  readonly viewer: Viewer;
  readonly loaders: Loaders;
  /** Read results shared by the process's requests; absent when caching is off. */
  readonly cache?: QueryCache;
  readonly requestId: string;
  /** What the request cost in SQL, reported in response headers. */
  readonly statementCount?: StatementCount;
  readonly http?: { readonly req: Request; readonly res: Response };
  /** The process's live updates, for subscriptions (WebSocket only). */
  readonly live?: LiveUpdates;
}

/**
 * The request's context. Apollo gives each operation a shallow copy of it (same prototype, own
 * properties copied), and a transaction swaps `em` on that copy: the entity manager therefore
 * lives in a unit of work the copies share, so that the loaders, made with the original, read on
 * the transaction's connection and see its writes, never on a second connection of their own.
 */
class RequestContext {
  private readonly unit: { em: EntityManager };

  constructor({ em, ...rest }: Omit<Context, 'loaders'>) {
    this.unit = { em };
    Object.assign(this, rest);
  }

  get em(): EntityManager {
    return this.unit.em;
  }

  set em(em: EntityManager) {
    this.unit.em = em;
  }
}

export function createContext(init: Omit<Context, 'loaders'>): Context {
  const context = new RequestContext(init) as unknown as Context;
  (context as { loaders: Loaders }).loaders = new Loaders(() => context);
  return context;
}
