import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, notFound } from './errors.js';
import { idOf } from './global-id.js';

/** Loads by global ID, or null when there is no such record; a malformed ID is still an error. */
export function findByGlobalId<T extends object>(em: EntityManager, entity: EntityClass<T>, globalId: string, field = 'id'): Promise<T | null> {
  return em.findOne(entity, { id: idOf(entity.name, globalId, field) } as FilterQuery<T>);
}

/** Loads by global ID; throws NOT_FOUND naming the field when there is no such record. */
export async function findByGlobalIdOrThrow<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  globalId: string,
  field = 'id',
  options: { populate?: readonly string[] } = {},
): Promise<T> {
  const id = idOf(entity.name, globalId, field);
  const found = await em.findOne(entity, { id } as FilterQuery<T>, { populate: options.populate as never });
  if (!found) throw notFound(entity.name, globalId, field);
  return found;
}

/** Optimistic locking: an edit based on a version that is no longer current is a CONFLICT carrying the current version. */
export function assertVersion(entity: { version: number; constructor: { name: string } }, expected: number | undefined | null): void {
  if (expected !== undefined && expected !== null && expected !== entity.version) {
    throw conflict(
      `${entity.constructor.name} was changed by someone else (version ${entity.version}, you edited version ${expected})`,
      { currentVersion: entity.version },
      'expectedVersion',
    );
  }
}

/** Copies the fields present in a patch (undefined means "leave as is", null means "clear"). */
export function applyPatch<T extends object, K extends keyof T & string>(target: T, patch: Partial<Record<K, unknown>>, fields: readonly K[]): void {
  for (const field of fields) {
    const value = patch[field];
    if (value !== undefined) (target as Record<string, unknown>)[field] = value === null ? undefined : value;
  }
}
