import type { EntityClass } from '@mikro-orm/core';
import { columnsOf, hydrate } from '../read-model.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { invalidInput } from '../errors.js';
import type { Viewer } from '../viewer.js';
import type { Context } from '../context.js';
import { DEFAULT_PAGE_SIZE, selectedNodeFields, selectsField, SortDirection, type Connection, type PageArgs } from '../pagination.js';
import { and, sql, TRUE, type Sql } from './sql.js';
import { compileContext, compileFilter } from './compile.js';
import { readRows } from './read.js';
import { archivedCondition, ArchivedRecords, type OrderSpec, type QuerySpec } from './spec.js';
import { accessRuleOf } from '../access.js';

export interface OrderInput {
  field: string;
  direction: SortDirection;
}

export interface ListOptions {
  filter?: object | null;
  search?: string | null;
  orderBy?: readonly OrderInput[] | null;
}

export const RELEVANCE = 'RELEVANCE';

const orderTypes = new Map<QuerySpec, unknown>();

/** The `XOrder` input of a type: one of its sort keys and a direction. */
export function orderInputOf(spec: QuerySpec): new () => OrderInput {
  const known = orderTypes.get(spec);
  if (known) return known as new () => OrderInput;
  const fields = Object.fromEntries([...Object.keys(spec.orders), ...(spec.search ? [RELEVANCE] : [])].map((k) => [k, k]));
  registerEnumType(fields, {
    name: `${spec.name}OrderField`,
    valuesConfig: spec.search ? { [RELEVANCE]: { description: 'Best match of the search text first; needs `search`.' } } : {},
  });

  @InputType(`${spec.name}Order`)
  class Order {
    @Field(() => fields)
    field!: string;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
    direction: SortDirection = SortDirection.ASC;
  }
  orderTypes.set(spec, Order);
  return Order;
}

/**
 * Everything that narrows a list: what the viewer may see (the type's access
 * rule), the filter and the search. Archived records stay out unless the
 * filter's `archived` says otherwise.
 */
export function whereOf(spec: QuerySpec, viewer: Viewer, options: ListOptions, alias = 'a'): { where: Sql; relevance?: Sql } {
  const visible = accessRuleOf(spec.name).visible(viewer, alias);
  const conditions = options.filter as Record<string, unknown> | undefined | null;
  const archived = spec.fields.archived && (conditions?.archived ?? null) === null ? archivedCondition(ArchivedRecords.EXCLUDED, alias) : TRUE;
  const filter = compileFilter(spec, alias, conditions, compileContext(viewer));
  const search = options.search && spec.search ? spec.search.match(alias, options.search) : undefined;
  if (options.search && !search) return { where: and([visible, archived, filter]) };
  return { where: and([visible, archived, filter, search?.condition ?? TRUE]), relevance: search?.relevance };
}

interface SortKey {
  expression: Sql;
  direction: SortDirection;
  nullable: boolean;
  /** Unique among non-null values: once such a value is passed, later keys do not matter. */
  unique?: boolean;
}

function sortKeys(spec: QuerySpec, options: ListOptions, relevance: Sql | undefined, alias: string): { keys: SortKey[]; joins: string[] } {
  const requested = options.orderBy?.length ? options.orderBy : options.search && relevance ? [{ field: RELEVANCE, direction: SortDirection.DESC }] : spec.defaultOrder.map((o) => ({ field: o.field, direction: o.direction as SortDirection }));
  const keys: SortKey[] = [];
  const joins: string[] = [];
  let unique = false;
  for (const order of requested) {
    if (order.field === RELEVANCE) {
      if (!relevance) throw invalidInput('orderBy', 'RELEVANCE needs a search text');
      keys.push({ expression: sql(`round((${relevance.text})::numeric, 6)`, relevance.values), direction: order.direction, nullable: false });
      continue;
    }
    const spec_: OrderSpec | undefined = spec.orders[order.field];
    if (!spec_) throw invalidInput('orderBy', `cannot order by ${order.field}`);
    if (spec_.join) joins.push(spec_.join(alias));
    keys.push({ expression: sql(spec_.expression(alias)), direction: order.direction, nullable: spec_.nullable, unique: spec_.unique });
    if (spec_.unique && !spec_.nullable) {
      unique = true;
      break;
    }
  }
  if (!unique) keys.push({ expression: sql(`${alias}.id`), direction: keys.at(-1)?.direction ?? SortDirection.ASC, nullable: false });
  return { keys, joins: [...new Set(joins)] };
}

const orderClause = (keys: SortKey[], reverse: boolean): Sql => {
  const parts = keys.map((k) => {
    const ascending = (k.direction === SortDirection.ASC) !== reverse;
    return sql(`${k.expression.text} ${ascending ? 'ASC NULLS LAST' : 'DESC NULLS FIRST'}`, k.expression.values);
  });
  return { text: parts.map((p) => p.text).join(', '), values: parts.flatMap((p) => p.values) };
};

/** The ORDER BY a list would use, and the joins it needs, for reads that walk a whole list outside `listOf` (exports). */
export function orderClauseOf(spec: QuerySpec, options: ListOptions, relevance: Sql | undefined, alias: string): { order: Sql; joins: string[] } {
  const { keys, joins } = sortKeys(spec, options, relevance, alias);
  return { order: orderClause(keys, false), joins };
}

/** Rows strictly after the cursor's values, in PostgreSQL's null placement (nulls last ascending, first descending). */
function after(keys: SortKey[], values: readonly unknown[], reverse: boolean): Sql {
  const alternatives: Sql[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const ascending = (key.direction === SortDirection.ASC) !== reverse;
    const value = values[i];
    let step: Sql | undefined;
    const e = key.expression;
    if (value === null) step = ascending ? undefined : sql(`${e.text} IS NOT NULL`, e.values);
    else if (ascending) step = key.nullable ? sql(`(${e.text} > ? OR ${e.text} IS NULL)`, [...e.values, value, ...e.values]) : sql(`${e.text} > ?`, [...e.values, value]);
    else step = sql(`${e.text} < ?`, [...e.values, value]);
    if (step) {
      const equal = keys.slice(0, i).map((k, j) => (values[j] === null ? sql(`${k.expression.text} IS NULL`, k.expression.values) : sql(`${k.expression.text} = ?`, [...k.expression.values, values[j]])));
      alternatives.push(and([...equal, step]));
    }
    if (key.unique && value !== null) break;
  }
  if (alternatives.length === 0) return sql('FALSE');
  return alternatives.length === 1 ? alternatives[0]! : sql(`(${alternatives.map((a) => `(${a.text})`).join(' OR ')})`, alternatives.flatMap((a) => a.values));
}

const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

function decodeCursor(cursor: string, length: number, field: string): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length && values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) return values;
  } catch {
    // reported below
  }
  throw invalidInput(field, 'is not a valid cursor for this list and order');
}

function cursorValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value ?? null;
}

/**
 * The generic list: visibility, filter, search and order compiled to one
 * SQL query over the type's table, keyset cursors on the sort values (a deep
 * page costs what the first one does), entities hydrated from the same rows.
 * The relations the selection asks of the nodes come in the same statement
 * and wait in the loaders for their field resolvers.
 */
export async function listOf<T extends object>(
  ctx: Pick<Context, 'em' | 'viewer' | 'loaders' | 'cache'>,
  entity: EntityClass<T>,
  spec: QuerySpec,
  options: ListOptions,
  page: PageArgs,
  info?: GraphQLResolveInfo,
): Promise<Connection<T>> {
  const { em, viewer } = ctx;
  const alias = 'a';
  const { where, relevance } = whereOf(spec, viewer, options, alias);
  const { keys, joins } = sortKeys(spec, options, relevance, alias);
  const includeCount = selectsField(info, 'totalCount');
  const select = keys.map((k, i) => sql(`${k.expression.text} AS __k${i}`, k.expression.values));
  const selectSql = { text: select.map((s) => s.text).join(', '), values: select.flatMap((s) => s.values) };
  const from = `FROM ${spec.table} ${alias} ${joins.join(' ')}`;

  let limit: number;
  let offset = 0;
  let backwards = false;
  const conditions: Sql[] = [where];
  if (page.offset !== undefined) {
    if (page.after || page.before || page.last !== undefined) throw invalidInput('offset', 'cannot be combined with cursors or `last`');
    limit = page.first ?? DEFAULT_PAGE_SIZE;
    offset = page.offset;
  } else {
    if (page.first !== undefined && page.last !== undefined) throw invalidInput('last', 'cannot be combined with `first`');
    backwards = page.last !== undefined;
    limit = (backwards ? page.last : page.first) ?? DEFAULT_PAGE_SIZE;
    if (page.after) conditions.push(after(keys, decodeCursor(page.after, keys.length, 'after'), false));
    if (page.before) conditions.push(after(keys, decodeCursor(page.before, keys.length, 'before'), true));
  }
  const condition = and(conditions);
  const order = orderClause(keys, backwards);
  const prefetches = [...selectedNodeFields(info)].flatMap(([field, type]) => ctx.loaders.prefetch(entity as EntityClass<object>, field, alias, type) ?? []);
  const prefetched = prefetches.map((p, i) => `, ${p.expression.text} AS __r${i}`).join('');
  const pageQuery = sql(
    `SELECT ${columnsOf(em, entity as EntityClass<object>, alias)}, ${selectSql.text}${prefetched} ${from} WHERE ${condition.text} ORDER BY ${order.text} LIMIT ? OFFSET ?`,
    [...selectSql.values, ...prefetches.flatMap((p) => p.expression.values), ...condition.values, ...order.values, limit + 1, offset],
  );
  const countQuery = includeCount ? sql(`SELECT count(*)::int AS count FROM ${spec.table} ${alias} WHERE ${where.text}`, where.values) : undefined;
  const [rows, countResult] = await Promise.all([readRows(ctx, pageQuery), countQuery ? readRows(ctx, countQuery) : undefined]);
  const more = rows.length > limit;
  const kept = rows.slice(0, limit);
  if (backwards) kept.reverse();
  const edges = kept.map((row) => {
    const values = keys.map((_, i) => cursorValue(row[`__k${i}`]));
    const node = hydrate(em, entity, row);
    prefetches.forEach((p, i) => p.prime((node as { id: number }).id, row[`__r${i}`]));
    ctx.loaders.known(entity as EntityClass<object>, node as { id: number });
    return { node, cursor: encodeCursor(values) };
  });
  const totalCount = countResult ? (countResult as { count: number }[])[0]!.count : -1;
  const hasPreviousPage = page.offset !== undefined ? offset > 0 : backwards ? more : Boolean(page.after);
  const hasNextPage = page.offset !== undefined ? (includeCount ? offset + kept.length < totalCount : more) : backwards ? Boolean(page.before) : more;
  return {
    edges,
    nodes: edges.map((e) => e.node),
    totalCount,
    pageInfo: { hasPreviousPage, hasNextPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
