import { registerEnumType, type ClassType } from 'type-graphql';
import type { Viewer } from '../viewer.js';
import { sql, TRUE, type Sql } from './sql.js';

export type ScalarKind = 'string' | 'int' | 'decimal' | 'date' | 'datetime' | 'boolean' | 'id';

interface Described {
  readonly description?: string;
  readonly deprecationReason?: string;
}

export interface ScalarField extends Described {
  readonly kind: 'scalar';
  readonly column: string;
  readonly type: ScalarKind | { readonly enum: Record<string, string>; readonly name: string };
}

/** A reference held by this table (a foreign key column). */
export interface OneField extends Described {
  readonly kind: 'one';
  readonly column: string;
  readonly target: () => QuerySpec;
}

/** Many related rows, through a link table or by a foreign key on the target table. */
export interface ManyField extends Described {
  readonly kind: 'many';
  readonly target: () => QuerySpec;
  readonly through: { readonly table: string; readonly ownerColumn: string; readonly targetColumn: string } | { readonly foreignKey: string };
}

export interface CompileContext {
  readonly viewer: Viewer;
  /** A fresh table alias. */
  alias(): string;
  /** Where in the input a problem lies, for error messages. */
  readonly path: string;
  at(segment: string): CompileContext;
}

/** A field compiled by its own function: conditions that are not a column or a relation (country groups as of a date, ...). */
export interface CustomField<V = never> extends Described {
  readonly kind: 'custom';
  readonly input: () => ClassType | ClassType[] | object;
  readonly compile: (value: V, alias: string, ctx: CompileContext) => Sql;
}

export type FieldSpec = ScalarField | OneField | ManyField | CustomField<never>;

export interface OrderSpec {
  /** SQL expression over the list's alias `a` (and the joins it names). */
  readonly expression: (alias: string) => string;
  readonly nullable: boolean;
  /** Unique among non-null values; a unique, non-null key ends the order with no tie-break. */
  readonly unique?: boolean;
  /** Joins the expression needs, as `LEFT JOIN ... ON ...` over the alias. */
  readonly join?: (alias: string) => string;
}

export interface SearchSpec {
  /** A condition matching the search text, and a relevance expression (higher is better). */
  readonly match: (alias: string, text: string) => { condition: Sql; relevance?: Sql } | undefined;
}

/**
 * Everything the generic list, filter, order and aggregate machinery needs
 * to know about one type: its table, filterable fields, sort keys and search.
 */
export interface QuerySpec {
  readonly name: string;
  readonly table: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly orders: Readonly<Record<string, OrderSpec>>;
  readonly defaultOrder: readonly { readonly field: string; readonly direction: 'ASC' | 'DESC' }[];
  readonly search?: SearchSpec;
}

export const scalar = (column: string, type: ScalarField['type'], described: Described = {}): ScalarField => ({ kind: 'scalar', column, type, ...described });
export const one = (column: string, target: () => QuerySpec, described: Described = {}): OneField => ({ kind: 'one', column, target, ...described });
export const many = (target: () => QuerySpec, through: ManyField['through'], described: Described = {}): ManyField => ({ kind: 'many', target, through, ...described });
export const custom = <V>(field: Omit<CustomField<V>, 'kind'>): CustomField<never> => ({ kind: 'custom', ...field }) as unknown as CustomField<never>;

export const column = (name: string, options: { nullable?: boolean; unique?: boolean } = {}): OrderSpec => ({
  expression: (alias) => `${alias}.${name}`,
  nullable: options.nullable ?? false,
  unique: options.unique,
});

export enum ArchivedRecords {
  EXCLUDED = 'EXCLUDED',
  INCLUDED = 'INCLUDED',
  ONLY = 'ONLY',
}
registerEnumType(ArchivedRecords, {
  name: 'ArchivedRecords',
  description: 'Which archived records a list takes. Only staff may see archived records at all: for anyone else there are none.',
  valuesConfig: {
    EXCLUDED: { description: 'Records not archived (what a list takes when its filter does not say).' },
    INCLUDED: { description: 'Archived records too.' },
    ONLY: { description: 'Archived records only.' },
  },
});

/** The `archived` filter field of a curated type; a list whose filter does not name it leaves archived records out. */
export const archivedField = (): CustomField<never> =>
  custom<ArchivedRecords>({
    input: () => ArchivedRecords,
    description: 'Archived records: EXCLUDED unless given (INCLUDED, ONLY). Only staff see archived records at all.',
    compile: (value, alias) => archivedCondition(value, alias),
  });

export function archivedCondition(value: ArchivedRecords, alias: string): Sql {
  if (value === ArchivedRecords.INCLUDED) return TRUE;
  return sql(`${alias}.archived_at IS ${value === ArchivedRecords.ONLY ? 'NOT ' : ''}NULL`);
}
