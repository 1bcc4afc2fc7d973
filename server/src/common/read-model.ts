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

const own = (value: unknown): PropertyDescriptor => ({ value, writable: true, enumerable: true, configurable: true });

/**
 * An instance of the entity class holding only its ID, standing for a
 * reference that was not loaded. Properties are defined, not assigned: the
 * ORM puts relation setters on entity prototypes, and they must not run here.
 */
export function stub<T extends object>(entity: EntityClass<T>, id: number): T {
  return Object.create(entity.prototype, { id: own(id) }) as T;
}

/**
 * Read-only instances of the entity classes built straight from rows, for
 * the read paths: the same getters and methods as managed entities
 * (`id`, `isArchived`, ...), none of the identity map, change tracking and
 * relation propagation costs. References not loaded are ID-only stubs.
 */
export function hydrate<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>): T {
  const meta = em.getMetadata().get(entity.name);
  const properties: PropertyDescriptorMap = {};
  for (const m of mappingOf(meta)) {
    const value = row[m.column];
    if (value === undefined) continue;
    if (value === null) properties[m.property] = own(undefined);
    else if (m.target) properties[m.property] = own(stub(m.target, Number(value)));
    else if (m.date && typeof value === 'string') properties[m.property] = own(new Date(value));
    else properties[m.property] = own(value);
  }
  return Object.create(entity.prototype, properties) as T;
}

/** The table's own columns (lazy ones, such as the search document, left out), prefixed by an alias. */
export function columnsOf(em: EntityManager, entity: EntityClass<object>, alias: string): string {
  const meta = em.getMetadata().get(entity.name);
  return meta.props
    .filter((p) => p.persist !== false && !p.lazy && p.fieldNames?.length === 1)
    .filter((p) => p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner))
    .map((p) => `${alias}.${p.fieldNames[0]}`)
    .join(', ');
}
