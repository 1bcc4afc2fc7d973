import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { QueryOrder, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { invalidInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType({ description: 'Where a page sits in its list.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size from the start (at most ${MAX_PAGE_SIZE}).` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string;

  @Field(() => Int, { nullable: true, description: `Page size from the end (at most ${MAX_PAGE_SIZE}).` })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: 'Cursor before which the page ends.' })
  before?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Offset form for consoles: skip this many rows and return `first` rows. Cannot be combined with cursors.',
  })
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function ConnectionType<T extends object>(node: ClassType<T>, name = node.name): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} records.` })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => [node], { description: 'The nodes of `edges`, for clients that need no cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of records matching the query, over all pages.' })
    totalCount!: number;
  }
  return ConnectionClass as ClassType<Connection<T>>;
}

/** An `orderBy` input with an enum of allowed fields, shared by every list. */
export function OrderType<F extends Record<string, string>>(name: string, fields: F) {
  registerEnumType(fields, { name: `${name}OrderField` });

  @InputType(`${name}Order`)
  class OrderInput {
    @Field(() => fields)
    field!: F[keyof F];

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
    direction: SortDirection = SortDirection.ASC;
  }
  return OrderInput;
}

export interface OrderKey {
  field: string;
  direction: SortDirection;
}

function selects(selectionSet: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  if (!selectionSet) return false;
  return selectionSet.selections.some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name;
    if (s.kind === Kind.INLINE_FRAGMENT) return selects(s.selectionSet, name, info);
    const fragment = info.fragments[s.name.value];
    return fragment ? selects(fragment.selectionSet, name, info) : false;
  });
}

export function selectsField(info: GraphQLResolveInfo | undefined, name: string): boolean {
  if (!info) return true;
  return info.fieldNodes.some((node) => selects(node.selectionSet, name, info));
}

const encodeCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

function decodeCursor(cursor: string, length: number, field: string): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length && values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
      return values;
    }
  } catch {
    // reported below
  }
  throw invalidInput(field, 'is not a valid cursor for this list and order');
}

function sortValue(entity: object, field: string): unknown {
  const value = (entity as Record<string, unknown>)[field];
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/**
 * The rows strictly after `values` in the order `keys`, following PostgreSQL's
 * null placement (ASC puts nulls last, DESC first), so that nullable sort keys
 * page correctly.
 */
function afterCondition(keys: readonly OrderKey[], values: readonly unknown[]): Record<string, unknown> {
  const alternatives = keys.map((key, i): Record<string, unknown> | undefined => {
    const equalBefore = Object.fromEntries(keys.slice(0, i).map((k, j) => [k.field, values[j] === null ? null : { $eq: values[j] }]));
    const value = values[i];
    const ascending = key.direction === SortDirection.ASC;
    let after: unknown;
    if (value === null) after = ascending ? undefined : { $ne: null };
    else after = ascending ? { $or: [{ [key.field]: { $gt: value } }, { [key.field]: null }] } : { [key.field]: { $lt: value } };
    if (after === undefined) return undefined;
    return value === null ? { ...equalBefore, [key.field]: after } : { $and: [equalBefore, after] };
  });
  const usable = alternatives.filter((a): a is Record<string, unknown> => a !== undefined);
  return usable.length ? { $or: usable } : { id: { $lt: 0 } };
}

const reverse = (keys: readonly OrderKey[]): OrderKey[] =>
  keys.map((k) => ({ field: k.field, direction: k.direction === SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC }));

function orderDefinition(keys: readonly OrderKey[]): Record<string, QueryOrder>[] {
  return keys.map((k) => ({ [k.field]: k.direction === SortDirection.ASC ? QueryOrder.ASC_NULLS_LAST : QueryOrder.DESC_NULLS_FIRST }));
}

/**
 * Keyset pagination for any entity, ordered by its own columns with the id as
 * the final tie-break: cursors carry the row's sort values, so a deep page
 * costs what the first one does. `offset` is the console's page-number form.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  orderBy: readonly OrderKey[],
  info?: GraphQLResolveInfo,
): Promise<Connection<T>> {
  const keys: OrderKey[] = [...orderBy.filter((k) => k.field !== 'id')];
  keys.push({ field: 'id', direction: orderBy.find((k) => k.field === 'id')?.direction ?? keys.at(-1)?.direction ?? SortDirection.ASC });
  const includeCount = selectsField(info, 'totalCount');
  const cursorOf = (node: T) => encodeCursor(keys.map((k) => sortValue(node, k.field)));
  const count = includeCount ? em.count(entity, where) : Promise.resolve(-1);

  if (args.offset !== undefined) {
    if (args.after || args.before || args.last !== undefined) throw invalidInput('offset', 'cannot be combined with cursors or `last`');
    const limit = args.first ?? DEFAULT_PAGE_SIZE;
    const [items, total] = await Promise.all([em.find(entity, where, { orderBy: orderDefinition(keys) as never, limit, offset: args.offset }), count]);
    return connection(items, total, cursorOf, args.offset > 0, includeCount ? args.offset + items.length < total : items.length === limit);
  }
  if (args.first !== undefined && args.last !== undefined) throw invalidInput('last', 'cannot be combined with `first`');

  const backwards = args.last !== undefined;
  const limit = (backwards ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const conditions: FilterQuery<T>[] = [where];
  if (args.after) conditions.push(afterCondition(keys, decodeCursor(args.after, keys.length, 'after')) as FilterQuery<T>);
  if (args.before) conditions.push(afterCondition(reverse(keys), decodeCursor(args.before, keys.length, 'before')) as FilterQuery<T>);
  const [rows, total] = await Promise.all([
    em.find(entity, { $and: conditions } as FilterQuery<T>, { orderBy: orderDefinition(backwards ? reverse(keys) : keys) as never, limit: limit + 1 }),
    count,
  ]);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backwards) page.reverse();
  return backwards
    ? connection(page, total, cursorOf, more, Boolean(args.before))
    : connection(page, total, cursorOf, Boolean(args.after), more);
}

function connection<T>(items: T[], totalCount: number, cursorOf: (node: T) => string, hasPreviousPage: boolean, hasNextPage: boolean): Connection<T> {
  const edges = items.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    nodes: items,
    totalCount,
    pageInfo: { hasPreviousPage, hasNextPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
