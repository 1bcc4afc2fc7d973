import {
  getNamedType,
  Lexer,
  Source,
  TokenKind,
  visit,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_PAGE_SIZE } from './pagination.js';

/** What a query may ask for before it runs. Each is checked before execution and named in the error. */
export interface QueryLimits {
  /** Nested selections, fragments included. */
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** Lexical tokens of the document, checked while parsing. */
  readonly maxTokens: number;
  /** Operations in one batched HTTP request. */
  readonly maxBatch: number;
  /** Nodes the query can return: over every paginated field, the product of the page sizes along its path. */
  readonly maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxDirectives: 20, maxTokens: 5000, maxBatch: 10, maxCost: 50_000 };

export type QueryLimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'batch' | 'cost';

export interface QueryMeasures {
  readonly depth: number;
  readonly aliases: number;
  readonly directives: number;
  readonly cost: number;
}

/** The error for a query over a limit: which limit, its maximum and what the query asked. */
export function queryLimitError(limit: QueryLimitName, max: number, actual: number): GraphQLError {
  return new GraphQLError(`The query exceeds the ${limit} limit: ${actual} where at most ${max} is allowed`, {
    extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, max, actual, http: { status: 400 } },
  });
}

function intValue(node: ValueNode | undefined, variables: Readonly<Record<string, unknown>>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

function listLength(node: ValueNode | undefined, variables: Readonly<Record<string, unknown>>): number | undefined {
  if (!node) return undefined;
  if (node.kind === Kind.LIST) return node.values.length;
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return Array.isArray(value) ? value.length : undefined;
  }
  return undefined;
}

/**
 * Depth, aliases, directives and cost of one operation. Cost counts the nodes a query can return,
 * as large public GraphQL APIs do: each field taking `first` / `last` returns that many (the default
 * page size when absent), `ids` lists as many as they hold, and a page nested in a page multiplies.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  given: Readonly<Record<string, unknown>> = {},
): QueryMeasures {
  // A variable the request leaves out takes its default, which is what the query then runs with.
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variables[definition.variable.name.value] = valueFromASTUntyped(definition.defaultValue);
  }
  Object.assign(variables, given);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let aliases = 0;
  let directives = operation.directives?.length ?? 0;
  let depth = 0;
  let cost = 0;

  const visit = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, level: number, multiplier: number, seen: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        directives += fragment.directives?.length ?? 0;
        visit(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? parent, level, multiplier, new Set([...seen, name]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        visit(selection.selectionSet, type ?? parent, level, multiplier, seen);
        continue;
      }
      if (selection.alias) aliases += 1;
      const name = selection.name.value;
      // Introspection has a fixed shape of its own; its depth is no attack.
      if (name.startsWith('__')) continue;
      depth = Math.max(depth, level);
      const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
      const argument = (arg: string) => selection.arguments?.find((a) => a.name.value === arg)?.value;
      const paginated = field?.args.find((a) => a.name === 'first') ?? field?.args.find((a) => a.name === 'last');
      const byIds = !paginated && field?.args.some((a) => a.name === 'ids');
      let size = 1;
      if (paginated) {
        const fallback = typeof paginated.defaultValue === 'number' ? paginated.defaultValue : DEFAULT_PAGE_SIZE;
        size = intValue(argument('first'), variables) ?? intValue(argument('last'), variables) ?? fallback;
      } else if (byIds) {
        size = listLength(argument('ids'), variables) ?? 1;
      }
      if (paginated || byIds) cost += multiplier * size;
      if (selection.selectionSet) visit(selection.selectionSet, field ? getNamedType(field.type) : undefined, level + 1, multiplier * size, seen);
    }
  };

  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  visit(operation.selectionSet, root ?? undefined, 1, 1, new Set());
  return { depth, aliases, directives, cost };
}

/** Tokens of a document, counted up to one past `max` (an oversized document is not lexed to its end). */
export function countTokens(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && count <= max) count += 1;
  } catch {
    // A syntax error is the parser's to report, with its location.
  }
  return count;
}

/** Where a value holds a NUL character, which PostgreSQL text cannot store, as a path; undefined when none does. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulPath(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Checks a GraphQL HTTP body before Apollo parses it: the number of operations of a batch, NUL characters
 * anywhere (no text column can hold them) and the tokens of each document. Answers the first problem found
 * in GraphQL's error shape, or undefined.
 */
export function checkRequestBody(body: unknown, limits: QueryLimits): GraphQLError | undefined {
  const operations = Array.isArray(body) ? body : [body];
  if (operations.length > limits.maxBatch) return queryLimitError('batch', limits.maxBatch, operations.length);
  for (const operation of operations) {
    const nul = nulPath(operation, '');
    if (nul) return new GraphQLError(`Text may not contain NUL characters (at ${nul})`, { extensions: { code: 'BAD_USER_INPUT', field: nul.replace(/^variables\./, '') } });
    const query = (operation as { query?: unknown } | null)?.query;
    if (typeof query !== 'string') continue;
    const tokens = countTokens(query, limits.maxTokens);
    if (tokens > limits.maxTokens) return queryLimitError('tokens', limits.maxTokens, tokens);
  }
  return undefined;
}

/** The first limit a parsed operation goes beyond, for every transport (HTTP here, WebSocket in live/). */
export function checkOperationLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  limits: QueryLimits,
): GraphQLError | undefined {
  const measured = measureOperation(schema, document, operation, variables);
  if (measured.depth > limits.maxDepth) return queryLimitError('depth', limits.maxDepth, measured.depth);
  if (measured.aliases > limits.maxAliases) return queryLimitError('aliases', limits.maxAliases, measured.aliases);
  if (measured.directives > limits.maxDirectives) return queryLimitError('directives', limits.maxDirectives, measured.directives);
  if (measured.cost > limits.maxCost) return queryLimitError('cost', limits.maxCost, measured.cost);
  return undefined;
}

/** Checks every operation against the limits once it is parsed and validated, before it runs. */
export function queryLimitsPlugin<C extends object>(limits: QueryLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          // An escaped NUL in a literal ("\\u0000") becomes one only once parsed.
          visit(document, {
            StringValue(node) {
              if (node.value.includes('\u0000')) throw new GraphQLError('Text may not contain NUL characters', { nodes: [node], extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            },
          });
          const exceeded = checkOperationLimits(schema, document, operation, request.variables ?? {}, limits);
          if (exceeded) throw exceeded;
        },
      };
    },
  };
}
