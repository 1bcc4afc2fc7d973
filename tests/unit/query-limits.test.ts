import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { checkRequestBody, countTokens, DEFAULT_QUERY_LIMITS, measureOperation } from '../../server/src/common/query-limits.js';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Member implements Node { id: ID! name: String! pledges(first: Int, last: Int): PledgeConnection! }
  type Pledge implements Node { id: ID! title: String! leadMember: Member! partners: [Member!]! }
  type PledgeConnection { totalCount: Int! nodes: [Pledge!]! }
  type MemberConnection { nodes: [Member!]! }
  type Query {
    pledges(first: Int, last: Int): PledgeConnection!
    members(first: Int = 50): MemberConnection!
    nodes(ids: [ID!]!): [Node]!
    viewer: Member
  }
`);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(schema, document, operation, variables);
}

describe('query measures', () => {
  it('count the nodes a query can return: page sizes multiply along the nesting', () => {
    expect(measure('{ pledges(first: 10) { nodes { title } } }').cost).toBe(10);
    expect(measure('{ members(first: 10) { nodes { pledges(first: 30) { nodes { title } } } } }').cost).toBe(10 + 10 * 30);
    expect(measure('query ($n: Int) { pledges(last: $n) { nodes { leadMember { pledges(first: 5) { totalCount } } } } }', { n: 40 }).cost).toBe(40 + 40 * 5);
  });

  it('take the argument\'s default, or the default page size, when no size is given; ids lists count as many', () => {
    expect(measure('{ members { nodes { name } } }').cost).toBe(50);
    expect(measure('{ pledges { totalCount } }').cost).toBe(20);
    expect(measure('{ nodes(ids: ["a", "b", "c"]) { id ... on Member { pledges(first: 10) { totalCount } } } }').cost).toBe(3 + 30);
  });

  it('count a variable the request leaves out at its default, as the query runs with it', () => {
    const query = 'query ($n: Int = 100, $ids: [ID!] = ["a", "b"]) { members(first: $n) { nodes { pledges(first: $n) { totalCount } } } nodes(ids: $ids) { id } }';
    expect(measure(query).cost).toBe(100 + 100 * 100 + 2);
    expect(measure(query, { n: 5, ids: ['a'] }).cost).toBe(5 + 5 * 5 + 1);
  });

  it('follow fragments for depth, and count aliases and directives wherever they are', () => {
    const query = `
      query Q @skip(if: false) { ...Root first: viewer { name } second: viewer { name @include(if: true) } }
      fragment Root on Query { pledges(first: 2) { nodes { leadMember { pledges(first: 2) { nodes { title } } } } } }`;
    expect(measure(query)).toEqual({ depth: 6, aliases: 2, directives: 2, cost: 2 + 4 });
    expect(measure('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }').depth).toBe(0);
  });
});

describe('request bodies', () => {
  it('are refused when a batch holds too many operations or a document too many tokens, naming the limit', () => {
    const batch = Array.from({ length: DEFAULT_QUERY_LIMITS.maxBatch + 1 }, () => ({ query: '{ viewer { id } }' }));
    expect(checkRequestBody(batch, DEFAULT_QUERY_LIMITS)?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'batch', max: 10, actual: 11 });
    const long = `{ ${'viewer { id } '.repeat(2000)} }`;
    expect(checkRequestBody({ query: long }, DEFAULT_QUERY_LIMITS)?.extensions).toMatchObject({ limit: 'tokens', max: 5000, actual: 5001 });
    expect(checkRequestBody([{ query: '{ viewer { id } }' }, { query: '{ viewer { name } }' }], DEFAULT_QUERY_LIMITS)).toBeUndefined();
    expect(countTokens('{ viewer { id } }', 100)).toBe(6);
    expect(countTokens('{ "unterminated', 100)).toBeGreaterThan(0);
  });
});
