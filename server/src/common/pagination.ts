import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { getNamedType, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

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

function collectFields(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Map<string, FieldNode[]>): void {
  for (const s of selectionSet?.selections ?? []) {
    if (s.kind === Kind.FIELD) into.set(s.name.value, [...(into.get(s.name.value) ?? []), s]);
    else if (s.kind === Kind.INLINE_FRAGMENT) collectFields(s.selectionSet, info, into);
    else {
      const fragment = info.fragments[s.name.value];
      if (fragment) collectFields(fragment.selectionSet, info, into);
    }
  }
}

/**
 * The fields without arguments a connection's selection asks of its nodes,
 * through `nodes` or `edges { node }`, with the name of the type each returns.
 */
export function selectedNodeFields(info: GraphQLResolveInfo | undefined): Map<string, string> {
  const selected = new Map<string, string>();
  if (!info) return selected;
  const connection_ = getNamedType(info.returnType);
  const nodeType = isObjectType(connection_) ? getNamedType(connection_.getFields().nodes?.type) : undefined;
  if (!isObjectType(nodeType)) return selected;
  const types = nodeType.getFields();
  const connection = new Map<string, FieldNode[]>();
  for (const node of info.fieldNodes) collectFields(node.selectionSet, info, connection);
  const nodes = new Map<string, FieldNode[]>();
  for (const field of connection.get('nodes') ?? []) collectFields(field.selectionSet, info, nodes);
  for (const edges of connection.get('edges') ?? []) {
    const edge = new Map<string, FieldNode[]>();
    collectFields(edges.selectionSet, info, edge);
    for (const field of edge.get('node') ?? []) collectFields(field.selectionSet, info, nodes);
  }
  for (const [name, fields] of nodes) {
    const type = types[name];
    if (type && fields.every((f) => !f.arguments?.length)) selected.set(name, getNamedType(type.type).name);
  }
  return selected;
}
