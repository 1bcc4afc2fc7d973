import http, { type IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApi, type TestApi } from '../support/harness.js';
import { createMember } from '../support/factories.js';
import { documentIdOf } from '../../admin/src/graphql-client.js';
import { LoginDocument, LogoutDocument, MemberListDocument, ReferenceSdgsDocument } from '../../admin/src/gql/graphql.js';
import { TrustedDocuments } from '../../server/src/common/trusted-documents.js';
import { loadConfig } from '../../server/src/config.js';

type Body = { data?: Record<string, unknown> | null; errors?: { message: string; extensions: Record<string, unknown> }[] };

const registry = TrustedDocuments.load(loadConfig().trustedDocumentsManifest);
const idOf = documentIdOf;
const textOf = (document: TypedDocumentNode<unknown, never>) => registry.byId(idOf(document))!;
const UNKNOWN_ID = `sha256:${'0'.repeat(64)}`;

/** An arbitrary mutation anyone may call, which writes a row when it runs. */
const SUBMIT_INTEREST = {
  query: 'mutation ($input: SubmitExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id } }',
  variables: {
    input: { organizationName: 'Lake Basin Connect', sector: 'PRIVATE_SECTOR', countryCode: 'KE', contactName: 'Amina Wanjiru', contactEmail: 'amina@lakebasin.example', focusAreaCodes: ['ACCESS'] },
  },
};

async function post(target: TestApi, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${target.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}

/** A GET as a CDN sends it: fetch() would add `Cache-Control: no-cache` beside If-None-Match, which asks for a full answer. */
async function get(target: TestApi, params: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await new Promise<IncomingMessage>((resolve, reject) => http.get(`${target.url}/graphql?${new URLSearchParams(params)}`, { headers }, resolve).on('error', reject));
  let text = '';
  for await (const chunk of response) text += chunk;
  return { status: response.statusCode!, headers: new Headers(response.headers as Record<string, string>), text, body: (text ? JSON.parse(text) : undefined) as Body | undefined };
}

/** Logs in as the admin with the console's own registered login mutation, as an anonymous caller must. */
async function sessionCookie(target: TestApi): Promise<string> {
  const login = await post(target, { documentId: idOf(LoginDocument), variables: { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } } });
  expect(login.body.errors).toBeUndefined();
  return login.headers.get('set-cookie')!.split(';')[0]!;
}

const interestCount = async (target: TestApi) => Number((await target.sql<{ count: string }>('select count(*) from expression_of_interest'))[0]!.count);

let guarded: TestApi;
let open: TestApi;
let cookie: string;
beforeAll(async () => {
  guarded = await startTestApi({ trustedDocuments: 'anonymous', publicCacheMaxAge: 120 });
  open = await startTestApi();
  cookie = await sessionCookie(guarded);
  await createMember(guarded.anonymous.with({ cookie }), { name: 'Lake Basin Connect' });
});
afterAll(async () => {
  await guarded?.close();
  await open?.close();
});

describe('with TRUSTED_DOCUMENTS=anonymous', () => {
  it('refuses an anonymous query that is not a registered document, and runs nothing', async () => {
    const refused = await post(guarded, SUBMIT_INTEREST);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ message: expect.stringContaining('TRUSTED_DOCUMENTS=anonymous'), extensions: { code: 'PERSISTED_QUERY_REQUIRED' } }]);
    expect(refused.headers.get('x-sql-statements')).toBeNull();
    // A cookie or token that names no account does not make the caller anyone.
    expect((await post(guarded, SUBMIT_INTEREST, { cookie: 'p2c_session=forged' })).body.errors![0]!.extensions.code).toBe('PERSISTED_QUERY_REQUIRED');
    // One stray operation in a batch refuses the batch.
    const batch = await post(guarded, [{ documentId: idOf(ReferenceSdgsDocument) }, SUBMIT_INTEREST]);
    expect(batch.body.errors![0]!.extensions.code).toBe('PERSISTED_QUERY_REQUIRED');
    expect(await interestCount(guarded)).toBe(0);
  });

  it('runs an anonymous registered document, by id (with or without its sha256: prefix), by APQ hash or by its exact text', async () => {
    const login = await post(guarded, { documentId: idOf(LoginDocument), variables: { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } } });
    expect(login.body.data).toMatchObject({ login: { account: { role: 'ADMIN' } } });
    expect(login.headers.get('set-cookie')).toMatch(/^p2c_session=/);

    const hex = idOf(ReferenceSdgsDocument).replace(/^sha256:/, '');
    for (const body of [{ documentId: hex }, { extensions: { persistedQuery: { version: 1, sha256Hash: hex } } }, { query: textOf(ReferenceSdgsDocument) }]) {
      const answer = await post(guarded, body);
      expect(answer.body.errors).toBeUndefined();
      expect((answer.body.data!.sdgs as unknown[]).length).toBe(17);
    }
  });

  it('lets a logged-in caller send any query', async () => {
    const viewer = await post(guarded, { query: '{ viewer { email } }' }, { cookie });
    expect(viewer.body).toEqual({ data: { viewer: { email: ADMIN_EMAIL } } });
  });

  it('answers an unknown document id with PERSISTED_QUERY_NOT_FOUND', async () => {
    for (const body of [{ documentId: UNKNOWN_ID }, { documentId: 'not-a-hash' }, { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }]) {
      const unknown = await post(guarded, body);
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors![0]).toMatchObject({ message: expect.stringContaining('No document is registered'), extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
    }
    expect((await get(guarded, { documentId: UNKNOWN_ID })).body!.errors![0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(guarded, { documentId: idOf(ReferenceSdgsDocument), query: '{ viewer { id } }' })).body.errors![0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers an anonymous GET of a registered query with public cache headers and an ETag, and a matching If-None-Match with 304', async () => {
    const params = { documentId: idOf(MemberListDocument), variables: JSON.stringify({ first: 10, offset: 0 }), operationName: 'MemberList' };
    const first = await get(guarded, params);
    expect(first.status).toBe(200);
    expect(first.body!.data).toMatchObject({ members: { totalCount: 1, nodes: [{ name: 'Lake Basin Connect' }] } });
    expect(first.headers.get('cache-control')).toBe('public, max-age=120');
    expect(first.headers.get('vary')).toMatch(/Cookie.*Authorization/);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);

    const again = await get(guarded, params, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');

    await createMember(guarded.anonymous.with({ cookie }), { name: 'Another Member' });
    const changed = await get(guarded, params, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('refuses a GET of a mutation, and keeps errors out of caches', async () => {
    const mutation = await get(guarded, { documentId: idOf(LogoutDocument) });
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get('cache-control')).toBe('private, no-store');
    const badVariables = await get(guarded, { documentId: idOf(MemberListDocument), variables: JSON.stringify({ first: 'ten' }) });
    expect(badVariables.body!.errors).toBeDefined();
    expect(badVariables.headers.get('cache-control')).toBe('private, no-store');
    expect(badVariables.headers.get('etag')).toBeNull();
  });

  it('answers a GET with a session cookie privately, and only with a CSRF preflight header', async () => {
    const params = { documentId: idOf(MemberListDocument), variables: JSON.stringify({ first: 10, offset: 0 }) };
    // A page elsewhere can make a curator's browser send this GET with the cookie: it must be refused.
    const simple = await get(guarded, params, { cookie });
    expect(simple.status).toBe(400);
    expect(simple.body!.errors![0]!.message).toContain('Cross-Site Request Forgery');

    const preflighted = await get(guarded, params, { cookie, 'apollo-require-preflight': 'true' });
    expect(preflighted.status).toBe(200);
    expect(preflighted.body!.data).toMatchObject({ members: { totalCount: expect.any(Number) } });
    expect(preflighted.headers.get('cache-control')).toBe('private, no-store');
    expect(preflighted.headers.get('etag')).toBeNull();
  });

  it('serves the text of a registered document at /graphql/documents/<id>', async () => {
    for (const id of [idOf(MemberListDocument), idOf(MemberListDocument).replace(/^sha256:/, '')]) {
      const response = await fetch(`${guarded.url}/graphql/documents/${id}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(await response.text()).toBe(textOf(MemberListDocument));
    }
    expect((await fetch(`${guarded.url}/graphql/documents/${UNKNOWN_ID}`)).status).toBe(404);
  });
});

describe('with TRUSTED_DOCUMENTS=off (the default)', () => {
  it('is off unless asked for, and takes only its known values', () => {
    expect(loadConfig({}).trustedDocuments).toBe('off');
    expect(loadConfig({ TRUSTED_DOCUMENTS: 'anonymous' }).trustedDocuments).toBe('anonymous');
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'everyone' })).toThrow(/TRUSTED_DOCUMENTS must be one of off, anonymous/);
  });

  it('runs any anonymous query as before, and registered documents by id', async () => {
    const submitted = await post(open, SUBMIT_INTEREST);
    expect(submitted.body.errors).toBeUndefined();
    expect(await interestCount(open)).toBe(1);
    expect((await open.anonymous.request(LoginDocument, { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } })).data).toMatchObject({ login: { account: { role: 'ADMIN' } } });
    expect((await post(open, { documentId: idOf(ReferenceSdgsDocument) })).body.data!.sdgs).toHaveLength(17);
    const cached = await get(open, { documentId: idOf(ReferenceSdgsDocument) });
    expect(cached.headers.get('cache-control')).toBe('public, max-age=60');
  });

  it('keeps CSRF prevention for GETs of queries that are not registered', async () => {
    const simple = await get(open, { query: '{ sdgs { number } }' });
    expect(simple.status).toBe(400);
    expect(simple.body!.errors![0]!.message).toContain('Cross-Site Request Forgery');
    const preflighted = await get(open, { query: '{ sdgs { number } }' }, { 'apollo-require-preflight': 'true' });
    expect(preflighted.body!.data!.sdgs).toHaveLength(17);
    expect(preflighted.headers.get('cache-control')).toBe('private, no-store');
  });
});
