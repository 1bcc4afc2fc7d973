import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { Cursor, QueryOrder, type EntityClass, type FilterQuery } from '@mikro-orm/core';
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

/** Maps `orderBy` keys (dotted paths allowed) to MikroORM's order definition, ending with the id as a stable tie-break. */
export function toOrderDefinition(keys: readonly OrderKey[]): Record<string, unknown> {
  const order: Record<string, unknown> = {};
  for (const key of keys) {
    const direction = key.direction === SortDirection.DESC ? QueryOrder.DESC : QueryOrder.ASC;
    const path = key.field.split('.');
    let target = order;
    for (const part of path.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    target[path[path.length - 1]!] = direction;
  }
  if (!('id' in order)) order.id = keys.at(-1)?.direction === SortDirection.DESC ? QueryOrder.DESC : QueryOrder.ASC;
  return order;
}

/**
 * Keyset pagination for any entity: cursors encode the sort values of the
 * row, so a deep page costs what the first one does. `offset` is the
 * console's page-number form.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  orderBy: readonly OrderKey[],
  info?: GraphQLResolveInfo,
): Promise<Connection<T>> {
  const includeCount = selectsField(info, 'totalCount');
  const order = toOrderDefinition(orderBy);
  if (args.offset !== undefined) {
    if (args.after || args.before || args.last !== undefined) throw invalidInput('offset', 'cannot be combined with cursors or `last`');
    const limit = args.first ?? DEFAULT_PAGE_SIZE;
    const [items, count] = includeCount
      ? await em.findAndCount(entity, where, { orderBy: order as never, limit, offset: args.offset })
      : [await em.find(entity, where, { orderBy: order as never, limit, offset: args.offset }), -1];
    const meta = em.getMetadata().get(entity.name);
    const edges = items.map((node) => ({ node, cursor: Cursor.for(meta, node as never, order as never) }));
    return {
      edges,
      nodes: items,
      totalCount: count,
      pageInfo: {
        hasPreviousPage: args.offset > 0,
        hasNextPage: includeCount ? args.offset + items.length < count : items.length === limit,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
  const first = args.first ?? (args.last === undefined ? DEFAULT_PAGE_SIZE : undefined);
  let cursor;
  try {
    cursor = await em.findByCursor(entity, where, {
      first,
      last: args.last,
      after: args.after,
      before: args.before,
      orderBy: order as never,
      includeCount,
    });
  } catch (error) {
    if (error instanceof Error && /cursor/i.test(error.message)) throw invalidInput(args.after ? 'after' : 'before', 'is not a valid cursor for this list');
    throw error;
  }
  const items = cursor.items as T[];
  const edges = items.map((node) => ({ node, cursor: cursor.from(node as never) }));
  return {
    edges,
    nodes: items,
    totalCount: cursor.totalCount ?? -1,
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
  };
}
