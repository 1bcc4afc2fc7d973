import DataLoader from 'dataloader';
import { Collection, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

type Unwrapped<V> = V extends Collection<infer T> ? T[] : V;

/**
 * Batches are dispatched on setImmediate rather than DataLoader's default
 * (after the current promise jobs): resolvers reach the loaders through
 * middleware chains of different depths, and the default could split one
 * GraphQL level into several batches.
 */
const batchScheduleFn = (callback: () => void) => setImmediate(callback);

/**
 * Per-request batching: every relation asked for by one GraphQL level is
 * loaded with one query per relation, whatever the page size.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<object, unknown>>();

  constructor(private readonly em: () => EntityManager) {}

  relation<T extends object, K extends keyof T & string>(entity: T, field: K): Promise<Unwrapped<T[K]>> {
    const key = `relation:${entity.constructor.name}.${field}`;
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<object, unknown>(async (entities) => {
        await this.em().populate(entities as T[], [field] as never);
        return entities.map((e) => {
          const value = (e as Record<string, unknown>)[field];
          return value instanceof Collection ? value.getItems() : value;
        });
      }, { batchScheduleFn });
      this.loaders.set(key, loader);
    }
    return loader.load(entity) as Promise<Unwrapped<T[K]>>;
  }

  byId<T extends object>(entity: EntityClass<T>, id: number): Promise<T | undefined> {
    const key = `id:${entity.name}`;
    let loader = this.loaders.get(key) as DataLoader<number, T | undefined> | undefined;
    if (!loader) {
      loader = new DataLoader<number, T | undefined>(async (ids) => {
        const rows = await this.em().find(entity, { id: { $in: [...ids] } } as never);
        const byId = new Map(rows.map((r) => [(r as unknown as { id: number }).id, r as T]));
        return ids.map((id) => byId.get(id));
      }, { batchScheduleFn });
      this.loaders.set(key, loader as unknown as DataLoader<object, unknown>);
    }
    return loader.load(id);
  }
}
