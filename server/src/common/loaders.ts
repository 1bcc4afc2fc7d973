import DataLoader from 'dataloader';
import { ReferenceKind, Reference, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { columnsOf, hydrate } from './read-model.js';

/**
 * Batches are dispatched on setImmediate rather than DataLoader's default
 * (after the current promise jobs): resolvers reach the loaders through
 * middleware chains of different depths, and the default could split one
 * GraphQL level into several batches.
 */
const batchScheduleFn = (callback: () => void) => setImmediate(callback);

type Related<V> = V extends { getItems(): (infer T)[] } ? T[] : V extends Reference<infer T> ? T : V;

function idOfReference(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (Reference.isReference(value)) return (value.unwrap() as { id: number }).id;
  return (value as { id?: number }).id;
}

/**
 * Per-request batching for field resolvers: every relation asked for by one
 * GraphQL level is loaded with one SQL statement per relation, whatever the
 * page size, into read-only instances of the entity classes.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<number, unknown>>();

  constructor(private readonly em: () => EntityManager) {}

  private loader<V>(key: string, batch: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let loader = this.loaders.get(key) as DataLoader<number, V> | undefined;
    if (!loader) {
      loader = new DataLoader<number, V>(batch, { batchScheduleFn });
      this.loaders.set(key, loader as DataLoader<number, unknown>);
    }
    return loader;
  }

  private async rows(sql: string, values: readonly unknown[]): Promise<Record<string, unknown>[]> {
    const em = this.em();
    return em.getConnection().execute(em.getKnex().raw(sql, values as never[]));
  }

  /** The entity with this ID, or undefined. */
  byId<T extends object>(entity: EntityClass<T>, id: number): Promise<T | undefined> {
    return this.loader<T | undefined>(`id:${entity.name}`, async (ids) => {
      const em = this.em();
      const meta = em.getMetadata().get(entity.name);
      const rows = await this.rows(`SELECT ${columnsOf(em, entity as EntityClass<object>, 't')} FROM ${meta.tableName} t WHERE t.id IN (${ids.map(() => '?').join(', ')})`, ids);
      const byId = new Map(rows.map((r) => [Number(r.id), hydrate(em, entity, r)]));
      return ids.map((i) => byId.get(i));
    }).load(id);
  }

  /** A relation of an entity (managed or read-only): the referenced entity, or the list of related ones. */
  async relation<T extends object, K extends keyof T & string>(entity: T, field: K): Promise<Related<T[K]>> {
    const em = this.em();
    const meta = em.getMetadata().get(entity.constructor.name);
    const prop = meta.properties[field as never] as { kind: ReferenceKind; owner?: boolean; targetMeta?: { class: EntityClass<object>; tableName: string; properties: Record<string, { fieldNames: string[] }> }; pivotTable?: string; joinColumns?: string[]; inverseJoinColumns?: string[]; mappedBy?: string } | undefined;
    if (!prop?.targetMeta) throw new Error(`${entity.constructor.name}.${field} is not a relation`);
    const target = prop.targetMeta.class;
    if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      const id = idOfReference((entity as Record<string, unknown>)[field]);
      return (id === undefined ? null : ((await this.byId(target, id)) ?? null)) as Related<T[K]>;
    }
    const ownerId = (entity as { id: number }).id;
    const key = `relation:${entity.constructor.name}.${field}`;
    if (prop.kind === ReferenceKind.MANY_TO_MANY && prop.owner) {
      const [ownerColumn] = prop.joinColumns!;
      const [targetColumn] = prop.inverseJoinColumns!;
      return this.loader<object[]>(key, (ids) =>
        this.grouped(
          ids,
          target,
          `SELECT l.${ownerColumn} AS __owner, ${columnsOf(em, target, 't')} FROM ${prop.pivotTable} l JOIN ${prop.targetMeta!.tableName} t ON t.id = l.${targetColumn}
           WHERE l.${ownerColumn} IN (${ids.map(() => '?').join(', ')}) ORDER BY t.id`,
        ),
      ).load(ownerId) as Promise<Related<T[K]>>;
    }
    if (prop.kind === ReferenceKind.ONE_TO_MANY) {
      const [foreignKey] = prop.targetMeta.properties[prop.mappedBy!]!.fieldNames;
      return this.loader<object[]>(key, (ids) =>
        this.grouped(
          ids,
          target,
          `SELECT t.${foreignKey} AS __owner, ${columnsOf(em, target, 't')} FROM ${prop.targetMeta!.tableName} t WHERE t.${foreignKey} IN (${ids.map(() => '?').join(', ')}) ORDER BY t.id`,
        ),
      ).load(ownerId) as Promise<Related<T[K]>>;
    }
    throw new Error(`${entity.constructor.name}.${field}: unsupported relation kind ${prop.kind}`);
  }

  private async grouped(ids: readonly number[], target: EntityClass<object>, sql: string): Promise<object[][]> {
    const em = this.em();
    const rows = await this.rows(sql, ids);
    const groups = new Map<number, object[]>(ids.map((i) => [i, []]));
    for (const row of rows) groups.get(Number(row.__owner))?.push(hydrate(em, target, row));
    return ids.map((i) => groups.get(i)!);
  }
}
