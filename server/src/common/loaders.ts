import DataLoader from 'dataloader';
import { ReferenceKind, Reference, type EntityClass, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { columnsOf, hydrate, jsonOf } from './read-model.js';
import { readRows, type ReadScope } from './query/read.js';
import { and, list, sql, type Sql } from './query/sql.js';
import { accessRuleOf } from './access.js';
import { archivedCondition, ArchivedRecords } from './query/spec.js';
import type { Viewer } from './viewer.js';

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

type RelationProperty = {
  kind: ReferenceKind;
  owner?: boolean;
  targetMeta?: { class: EntityClass<object>; tableName: string; properties: Record<string, { fieldNames: string[] }> };
  fieldNames: string[];
  pivotTable?: string;
  joinColumns?: string[];
  inverseJoinColumns?: string[];
  mappedBy?: string;
};

/** How one relation is read: for a reference, the target's ID loader; for a list, a link query by owner. */
type Relation =
  | { kind: 'one'; target: EntityClass<object>; column: string }
  | { kind: 'many'; target: EntityClass<object>; key: string; ownerColumn: string; from: string };

/** Relations as described from the ORM's metadata, once per entity class and field. */
const relations = new WeakMap<Function, Map<string, Relation | undefined>>();

/** The rows prefetched for a relation of the owners of one query: an SQL expression over the owner row, and what to do with its value. */
export interface Prefetch {
  readonly expression: Sql;
  prime(ownerId: number, value: unknown): void;
}

/**
 * Per-request batching for field resolvers: every relation asked for by one
 * GraphQL level is loaded with one SQL statement per relation, whatever the
 * page size, into read-only instances of the entity classes. A list query
 * can also fetch the relations its selection asks for in its own statement
 * and prime the loaders with them (`prefetch`).
 *
 * Every record comes through its type's access rule (common/access.ts), in
 * the same statement: a record the viewer may not see is not there, whether
 * asked for by ID (`node`, finders), as a relation, a group key or an event.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<number, unknown>>();
  /** Values prefetched by list queries, by loader key and ID, for synchronous answers. */
  private readonly primed = new Map<string, Map<number, unknown>>();

  constructor(private readonly scope: () => ReadScope & { readonly viewer: Viewer }) {}

  private em(): EntityManager {
    return this.scope().em;
  }

  /** The rows of the entity's table (as `alias`) the viewer may see. */
  private visible(entity: EntityClass<object>, alias: string): Sql {
    return accessRuleOf(entity.name).visible(this.scope().viewer, alias);
  }

  /** A per-request batch loader of the caller's own, by a key naming what it loads. */
  batch<V>(key: string, batch: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    return this.loader(`batch:${key}`, batch);
  }

  private loader<V>(key: string, batch: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let loader = this.loaders.get(key) as DataLoader<number, V> | undefined;
    if (!loader) {
      loader = new DataLoader<number, V>(batch, { batchScheduleFn });
      this.loaders.set(key, loader as DataLoader<number, unknown>);
    }
    return loader;
  }

  private rows(text: string, values: readonly unknown[]): Promise<Record<string, unknown>[]> {
    return readRows(this.scope(), sql(text, values));
  }

  private byIdLoader<T extends object>(entity: EntityClass<T>): DataLoader<number, T | undefined> {
    return this.loader<T | undefined>(`id:${entity.name}`, async (ids) => {
      const em = this.em();
      const meta = em.getMetadata().get(entity.name);
      const where = and([sql(`t.id IN (${list(ids).text})`, ids), this.visible(entity as EntityClass<object>, 't')]);
      const rows = await this.rows(`SELECT ${columnsOf(em, entity as EntityClass<object>, 't')} FROM ${meta.tableName} t WHERE ${where.text}`, where.values);
      const byId = new Map(rows.map((r) => [Number(r.id), hydrate(em, entity, r)]));
      return ids.map((i) => byId.get(i));
    });
  }

  /** An entity read by other means (a list page): later lookups by its ID need no statement. */
  known(entity: EntityClass<object>, instance: { id: number }): void {
    this.byIdLoader(entity).prime(instance.id, instance);
  }

  /** The entity with this ID, or undefined when there is none or the viewer may not see it. */
  byId<T extends object>(entity: EntityClass<T>, id: number): Promise<T | undefined> {
    return this.byIdLoader(entity).load(id);
  }

  private describe(owner: Function, field: string): Relation | undefined {
    let known = relations.get(owner);
    if (!known) relations.set(owner, (known = new Map()));
    if (!known.has(field)) known.set(field, this.describeFrom(this.em().getMetadata().get(owner.name), owner.name, field));
    return known.get(field);
  }

  private describeFrom(meta: EntityMetadata, owner: string, field: string): Relation | undefined {
    const prop = meta.properties[field as never] as RelationProperty | undefined;
    if (!prop?.targetMeta) return undefined;
    const target = prop.targetMeta.class;
    const key = `relation:${owner}.${field}`;
    if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) return { kind: 'one', target, column: prop.fieldNames[0]! };
    if (prop.kind === ReferenceKind.MANY_TO_MANY && prop.owner) {
      const [ownerColumn] = prop.joinColumns!;
      const [targetColumn] = prop.inverseJoinColumns!;
      return { kind: 'many', target, key, ownerColumn: `l.${ownerColumn}`, from: `${prop.pivotTable} l JOIN ${prop.targetMeta.tableName} t ON t.id = l.${targetColumn}` };
    }
    if (prop.kind === ReferenceKind.ONE_TO_MANY) {
      const [foreignKey] = prop.targetMeta.properties[prop.mappedBy!]!.fieldNames;
      return { kind: 'many', target, key, ownerColumn: `t.${foreignKey}`, from: `${prop.targetMeta.tableName} t` };
    }
    throw new Error(`${owner}.${field}: unsupported relation kind ${prop.kind}`);
  }

  private manyLoader(relation: Extract<Relation, { kind: 'many' }>): DataLoader<number, object[]> {
    return this.loader<object[]>(relation.key, async (ids) => {
      const em = this.em();
      const where = and([sql(`${relation.ownerColumn} IN (${list(ids).text})`, ids), this.visible(relation.target, 't')]);
      const rows = await this.rows(`SELECT ${relation.ownerColumn} AS __owner, ${columnsOf(em, relation.target, 't')} FROM ${relation.from} WHERE ${where.text} ORDER BY t.id`, where.values);
      const groups = new Map<number, object[]>(ids.map((i) => [i, []]));
      for (const row of rows) groups.get(Number(row.__owner))?.push(hydrate(em, relation.target, row));
      return ids.map((i) => groups.get(i)!);
    });
  }

  /**
   * The records of `target` whose reference `field` points at the owner, in the
   * given order: the other side of a many-to-one the owner's class does not map.
   * `archived` says which archived ones, as a list's filter does (all the viewer may see by default).
   */
  referencing<T extends object>(target: EntityClass<T>, field: string, ownerId: number, orderBy: string, archived = ArchivedRecords.INCLUDED): Promise<T[]> {
    const key = `referencing:${target.name}.${field}:${orderBy}:${archived}`;
    return this.loader<T[]>(key, async (ids) => {
      const em = this.em();
      const meta = em.getMetadata().get(target.name);
      const column = meta.properties[field as never]!.fieldNames[0]!;
      const order = meta.properties[orderBy.replace(/^-/, '') as never]!.fieldNames[0]!;
      const where = and([sql(`t.${column} IN (${list(ids).text})`, ids), this.visible(target as EntityClass<object>, 't'), archivedCondition(archived, 't')]);
      const rows = await this.rows(`SELECT ${columnsOf(em, target as EntityClass<object>, 't')} FROM ${meta.tableName} t WHERE ${where.text} ORDER BY t.${order} ${orderBy.startsWith('-') ? 'DESC' : 'ASC'}, t.id`, where.values);
      const groups = new Map<number, T[]>(ids.map((i) => [i, []]));
      for (const row of rows) groups.get(Number(row[column]))?.push(hydrate(em, target, row));
      return ids.map((i) => groups.get(i)!);
    }).load(ownerId);
  }

  private prime(key: string, id: number, value: unknown): void {
    let values = this.primed.get(key);
    if (!values) this.primed.set(key, (values = new Map()));
    values.set(id, value);
  }

  /**
   * A relation of an entity (managed or read-only): the referenced entity, or
   * the list of related ones. Prefetched relations come back as they are, not
   * as promises: GraphQL completes a plain value without a round through the
   * microtask queue, which matters over the thousand fields of a page.
   */
  relation<T extends object, K extends keyof T & string>(entity: T, field: K): Related<T[K]> | Promise<Related<T[K]>> {
    const relation = this.describe(entity.constructor, field);
    if (!relation) throw new Error(`${entity.constructor.name}.${field} is not a relation`);
    if (relation.kind === 'one') {
      const id = idOfReference((entity as Record<string, unknown>)[field]);
      if (id === undefined) return null as Related<T[K]>;
      const known = this.primed.get(`id:${relation.target.name}`)?.get(id);
      if (known) return known as Related<T[K]>;
      return this.byId(relation.target, id).then((found) => (found ?? null) as Related<T[K]>);
    }
    const ownerId = (entity as { id: number }).id;
    const known = this.primed.get(relation.key)?.get(ownerId);
    if (known) return known as Related<T[K]>;
    return this.manyLoader(relation).load(ownerId) as Promise<Related<T[K]>>;
  }

  /**
   * The relation `field` of `owner` rows as a JSON expression over the row
   * alias, and the priming of the loader `relation` would use with its
   * value, so that the field resolvers find it there; undefined when the
   * field is not a relation to entities of the GraphQL type `type` (a field
   * named after a relation may well return something else, such as a connection).
   */
  prefetch(owner: EntityClass<object>, field: string, alias: string, type: string): Prefetch | undefined {
    const relation = this.describe(owner, field);
    if (!relation || relation.target.name !== type) return undefined;
    const em = this.em();
    const target = relation.target;
    const table = em.getMetadata().get(target.name).tableName;
    const visible = this.visible(target, 't');
    if (relation.kind === 'one') {
      const loader = this.byIdLoader(target);
      const where = and([sql(`t.id = ${alias}.${relation.column}`), visible]);
      return {
        expression: sql(`(SELECT ${jsonOf(em, target, 't')} FROM ${table} t WHERE ${where.text})`, where.values),
        prime: (_, value) => {
          if (value) {
            const instance = hydrate(em, target, value as Record<string, unknown>);
            const id = (instance as { id: number }).id;
            loader.prime(id, instance);
            this.prime(`id:${target.name}`, id, instance);
          }
        },
      };
    }
    const loader = this.manyLoader(relation);
    const where = and([sql(`${relation.ownerColumn} = ${alias}.id`), visible]);
    return {
      expression: sql(`(SELECT json_agg(${jsonOf(em, target, 't')} ORDER BY t.id) FROM ${relation.from} WHERE ${where.text})`, where.values),
      prime: (ownerId, value) => {
        const related = ((value as Record<string, unknown>[] | null) ?? []).map((row) => hydrate(em, target, row));
        loader.prime(ownerId, related);
        this.prime(relation.key, ownerId, related);
      },
    };
  }
}

/** `fn` applied to a value that may still be on its way, staying synchronous when it is not. */
export function thenMap<T, R>(value: T | Promise<T>, fn: (value: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}
