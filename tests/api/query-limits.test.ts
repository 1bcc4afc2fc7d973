import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ queryLimits: { maxDepth: 4, maxAliases: 3, maxDirectives: 2, maxTokens: 200, maxBatch: 3, maxCost: 150 } });
});
afterAll(() => api?.close());

async function post(body: unknown) {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] } | unknown[] };
}

const refusal = (limit: string, max: number, actual: number) => ({
  status: 400,
  body: { errors: [{ message: `The query exceeds the ${limit} limit: ${actual} where at most ${max} is allowed`, extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit, max, actual } }] },
});

describe('query limits', () => {
  it('refuse a query over each limit before it runs, with an error naming the limit', async () => {
    expect(await post({ query: '{ pledges(first: 1) { nodes { leadMember { country { name } } } } }' })).toMatchObject(refusal('depth', 4, 5));
    expect(await post({ query: '{ a: viewer { id } b: viewer { id } c: viewer { id } d: viewer { id } }' })).toMatchObject(refusal('aliases', 3, 4));
    expect(await post({ query: '{ viewer @include(if: true) { id @include(if: true) } countries @skip(if: false) { totalCount } }' })).toMatchObject(refusal('directives', 2, 3));
    expect(await post({ query: `{ ${'viewer { id } '.repeat(60)} }` })).toMatchObject(refusal('tokens', 200, 201));
    // A query in the URL of a GET is held to the same limits as one in a POST body.
    const long = await fetch(`${api.url}/graphql?query=${encodeURIComponent(`{ ${'viewer { id } '.repeat(60)} }`)}`, { headers: { 'apollo-require-preflight': '1' } });
    expect({ status: long.status, body: await long.json() }).toMatchObject(refusal('tokens', 200, 201));
    expect(await post({ query: '{ pledges(first: 100) { nodes { id } } members(first: 60) { nodes { id } } }' })).toMatchObject(refusal('cost', 150, 160));
    // Page sizes given in variables count as well.
    expect(await post({ query: 'query ($n: Int) { pledges(first: $n) { nodes { id } } }', variables: { n: 151 } })).toMatchObject(refusal('cost', 150, 151));
    expect(await post({ query: 'query ($n: Int = 151) { pledges(first: $n) { nodes { id } } }' })).toMatchObject(refusal('cost', 150, 151));
  });

  it('refuse text holding NUL characters, which no column can store, wherever it is', async () => {
    const search = await post({ query: 'query ($s: String) { pledges(filter: { title: { contains: $s } }) { totalCount } }', variables: { s: 'a\u0000b' } });
    expect(search).toMatchObject({ status: 400, body: { errors: [{ message: 'Text may not contain NUL characters (at variables.s)', extensions: { code: 'BAD_USER_INPUT', field: 's' } }] } });
    expect((await post({ query: '{ pledges(search: "a\u0000b") { totalCount } }' })).status).toBe(400);
    expect(await post({ query: '{ pledges(search: "a\\u0000b") { totalCount } }' })).toMatchObject({ status: 400, body: { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] } });
  });

  it('let queries within the limits through, batched ones included, up to the batch limit', async () => {
    const single = await post({ query: 'query ($n: Int) { pledges(first: $n) { totalCount } members(first: 50) { totalCount } }', variables: { n: 100 } });
    expect(single).toMatchObject({ status: 200, body: { data: { pledges: { totalCount: 0 }, members: { totalCount: 0 } } } });
    const batch = await post([{ query: '{ viewer { id } }' }, { query: '{ countries(first: 1) { totalCount } }' }, { query: '{ viewer { id } }' }]);
    expect(batch.status).toBe(200);
    expect(batch.body).toHaveLength(3);
    expect(await post(Array.from({ length: 4 }, () => ({ query: '{ viewer { id } }' })))).toMatchObject(refusal('batch', 3, 4));
  });
});
