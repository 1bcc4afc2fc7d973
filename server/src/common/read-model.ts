import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

interface ColumnMapping {
  readonly column: string;
  readonly property: string;
  /** For references held by this table: the class of the referenced entity. */
  readonly target?: EntityClass<object>;
  readonly date?: boolean;
}

const mappings = new Map<string, ColumnMapping[]>();

function mappingOf(meta: EntityMetadata): ColumnMapping[] {
  let mapping = mappings.get(meta.className);
  if (!mapping) {
    mapping = meta.props
      .filter((p) => p.persist !== false && p.fieldNames?.length === 1)
      .filter((p) => p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner))
      .map((p: EntityProperty) => ({
        column: p.fieldNames[0]!,
        property: p.name,
        target: p.kind === ReferenceKind.SCALAR ? undefined : (p.targetMeta!.class as EntityClass<object>),
        date: p.kind === ReferenceKind.SCALAR && (p.runtimeType === 'Date' || p.columnTypes?.[0]?.startsWith('timestamp')),
      }));
    mappings.set(meta.className, mapping);
  }
  return mapping;
}

const prototypes = new Map<EntityClass<object>, object>();

/**
 * The prototype of read-only instances: the entity class's prototype, with
 * its persisted properties shadowed by plain data properties, because the ORM
 * puts relation setters on entity prototypes and they must not run here.
 */
function readPrototype(em: EntityManager, entity: EntityClass<object>): object {
  let prototype = prototypes.get(entity);
  if (!prototype) {
    const shadows: PropertyDescriptorMap = {};
    for (const p of em.getMetadata().get(entity.name).props) shadows[p.name] = { value: undefined, writable: true, enumerable: false, configurable: true };
    prototype = Object.create(entity.prototype, shadows) as object;
    prototypes.set(entity, prototype);
  }
  return prototype;
}

/** An instance of the entity class holding only its ID, standing for a reference that was not loaded. */
export function stub<T extends object>(em: EntityManager, entity: EntityClass<T>, id: number): T {
  const instance = Object.create(readPrototype(em, entity as EntityClass<object>)) as { id: number };
  instance.id = id;
  return instance as T;
}

const hydrated = new WeakMap<object, object>();

/**
 * Read-only instances of the entity classes built straight from rows, for
 * the read paths: the same getters and methods as managed entities
 * (`id`, `isArchived`, ...), none of the identity map, change tracking and
 * relation propagation costs. References not loaded are ID-only stubs.
 * Instances are frozen, so a row given again (from the read cache) gives
 * the same instance, to any request.
 */
export function hydrate<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>): T {
  const known = hydrated.get(row);
  if (known instanceof entity) return known as T;
  const meta = em.getMetadata().get(entity.name);
  const instance = Object.create(readPrototype(em, entity as EntityClass<object>)) as Record<string, unknown>;
  for (const m of mappingOf(meta)) {
    const value = row[m.column];
    if (value === undefined || value === null) continue;
    if (m.target) instance[m.property] = stub(em, m.target, Number(value));
    else if (m.date && typeof value === 'string') instance[m.property] = new Date(value);
    else instance[m.property] = value;
  }
  Object.freeze(instance);
  hydrated.set(row, instance);
  return instance as T;
}

function readColumns(meta: EntityMetadata): EntityProperty[] {
  return meta.props
    .filter((p) => p.persist !== false && !p.lazy && p.fieldNames?.length === 1)
    .filter((p) => p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner));
}

/** The table's own columns (lazy ones, such as the search document, left out), prefixed by an alias. */
export function columnsOf(em: EntityManager, entity: EntityClass<object>, alias: string): string {
  return readColumns(em.getMetadata().get(entity.name))
    .map((p) => `${alias}.${p.fieldNames[0]}`)
    .join(', ');
}

/** Decimals and 64-bit integers travel as text, as the driver returns them outside JSON, so that no digit is lost. */
const asText = (p: EntityProperty) => ['decimal', 'numeric', 'bigint'].includes(String(p.type).toLowerCase()) || /^(numeric|decimal|bigint|int8)/i.test(p.columnTypes?.[0] ?? '');

/**
 * The same columns as one JSON object keyed by column name, for rows nested
 * in another query; `hydrate` reads it as it reads a row.
 */
export function jsonOf(em: EntityManager, entity: EntityClass<object>, alias: string): string {
  const pairs = readColumns(em.getMetadata().get(entity.name)).map((p) => {
    const column = p.fieldNames[0]!;
    return `'${column}', ${alias}.${column}${asText(p) ? '::text' : ''}`;
  });
  const chunks: string[] = [];
  // json_build_object takes at most 100 arguments.
  for (let i = 0; i < pairs.length; i += 50) chunks.push(`jsonb_build_object(${pairs.slice(i, i + 50).join(', ')})`);
  return chunks.length === 1 ? chunks[0]!.replace('jsonb_', 'json_') : `(${chunks.join(' || ')})`;
}
