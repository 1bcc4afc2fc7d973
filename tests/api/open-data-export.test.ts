import { readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createMember, createPledge, createPublishedPledge } from '../support/factories.js';
import { loadDemoData } from '../../server/src/demo/load-demo-data.js';
import { PLEDGE_EXPORT_COLUMN_NAMES } from '../../server/src/pledges/pledge-export.js';
import { graphql } from '../gql/index.js';
import type { OpenDataPledgesQuery, OpenDataPledgesQueryVariables } from '../gql/graphql.js';

const OpenDataPledges = graphql(`
  query OpenDataPledges($first: Int!, $after: String, $filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!]) {
    pledges(first: $first, after: $after, filter: $filter, search: $search, orderBy: $orderBy) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        reference
        title
        description
        type
        isGlobal
        usdValue
        targetBeneficiaries
        startDate
        endDate
        announcedOn
        publishedAt
        leadMember {
          id
          name
          sector
        }
        partners {
          id
          name
        }
        focusAreas {
          code
        }
        pillars {
          name
        }
        countries {
          code
        }
        regions {
          name
        }
        beneficiaryGroups {
          code
        }
        sdgs {
          number
        }
        estimatedValue {
          amount
          currency {
            code
          }
        }
        event {
          id
          name
        }
        progress {
          implementationStatus
          disbursedUsd
          peopleReached
          reportingHealth
        }
      }
    }
  }
`);

const WithdrawPledge = graphql(`
  mutation OpenDataWithdrawPledge($id: ID!, $input: PledgeDecisionInput!) {
    withdrawPledge(id: $id, input: $input) {
      id
      status
    }
  }
`);

/** The columns as first published: a later version may add columns after them, never rename, reorder or drop one. */
const PUBLISHED_COLUMNS = [
  'id', 'reference', 'title', 'description', 'type', 'lead_member_id', 'lead_member_name', 'lead_member_sector', 'partner_ids', 'partner_names',
  'focus_areas', 'pillars', 'countries', 'regions', 'is_global', 'beneficiary_groups', 'sdgs', 'estimated_value_amount', 'estimated_value_currency',
  'usd_value', 'target_beneficiaries', 'start_date', 'end_date', 'announced_on', 'event_id', 'event_name', 'published_at', 'implementation_status',
  'disbursed_usd', 'people_reached', 'reporting_health',
];

type Node = OpenDataPledgesQuery['pledges']['nodes'][number];
type Variables = Omit<OpenDataPledgesQueryVariables, 'first' | 'after'>;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

interface ExportParameters {
  filter?: unknown;
  search?: string;
  orderBy?: unknown;
}

const exportUrl = (format: 'csv' | 'json', parameters: ExportParameters | Record<string, string> = {}) => {
  const query = new URLSearchParams(Object.entries(parameters).flatMap(([k, v]) => (v === undefined ? [] : [[k, typeof v === 'string' ? v : JSON.stringify(v)]])));
  return `${api.url}/open-data/pledges.${format}${query.size ? `?${query}` : ''}`;
};

async function exportCsv(parameters: ExportParameters = {}) {
  const response = await fetch(exportUrl('csv', parameters));
  const text = await response.text();
  expect(response.status, text).toBe(200);
  const [header, ...rows] = parse(text, { relax_column_count: false }) as string[][];
  return { response, text, header: header!, records: rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!]))) };
}

async function exportJson(parameters: ExportParameters = {}) {
  const response = await fetch(exportUrl('json', parameters));
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return { response, records: JSON.parse(text) as Record<string, unknown>[] };
}

/** Every node `pledges` gives an anonymous caller for these arguments, page after page. */
async function allThroughGraphQL(variables: Variables): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null | undefined;
  for (;;) {
    const { pledges } = await api.anonymous.data(OpenDataPledges, { ...variables, first: 100, after });
    nodes.push(...pledges.nodes);
    if (!pledges.pageInfo.hasNextPage) return nodes;
    after = pledges.pageInfo.endCursor;
  }
}

/** A pledge as the JSON export should hold it, from what the API says of it. */
const expectedRow = (n: Node): Record<string, unknown> => ({
  id: n.id,
  reference: n.reference,
  title: n.title,
  description: n.description,
  type: n.type,
  lead_member_id: n.leadMember.id,
  lead_member_name: n.leadMember.name,
  lead_member_sector: n.leadMember.sector,
  partner_ids: n.partners.map((m) => m.id),
  partner_names: n.partners.map((m) => m.name),
  focus_areas: n.focusAreas.map((f) => f.code),
  pillars: n.pillars.map((p) => p.name),
  countries: n.countries.map((c) => c.code),
  regions: n.regions.map((r) => r.name),
  is_global: n.isGlobal,
  beneficiary_groups: n.beneficiaryGroups.map((b) => b.code),
  sdgs: n.sdgs.map((s) => s.number),
  estimated_value_amount: n.estimatedValue?.amount ?? null,
  estimated_value_currency: n.estimatedValue?.currency.code ?? null,
  usd_value: n.usdValue ?? null,
  target_beneficiaries: n.targetBeneficiaries ?? null,
  start_date: n.startDate ?? null,
  end_date: n.endDate ?? null,
  announced_on: n.announcedOn ?? null,
  event_id: n.event?.id ?? null,
  event_name: n.event?.name ?? null,
  published_at: n.publishedAt ?? null,
  implementation_status: n.progress.implementationStatus ?? null,
  disbursed_usd: n.progress.disbursedUsd,
  people_reached: n.progress.peopleReached ?? null,
  reporting_health: n.progress.reportingHealth ?? null,
});

async function expectBadRequest(parameters: Record<string, string>, message: RegExp, format: 'csv' | 'json' = 'csv') {
  const response = await fetch(exportUrl(format, parameters));
  const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('content-disposition')).toBeNull();
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
  expect(body.errors[0]!.message).toMatch(message);
  return body.errors[0]!;
}

describe('open data export over 1,250 demo pledges', () => {
  let published: { id: number; reference: number }[];
  let unpublished: number[];
  const pledgeId = (id: number) => Buffer.from(`Pledge:${id}`).toString('base64url');

  beforeAll(async () => {
    await api.reset();
    await loadDemoData(api.server.database.orm.em.fork(), { seed: 11, members: 150, pledges: 1250 });
    published = await api.sql<{ id: number; reference: number }>(`SELECT id, reference FROM pledge WHERE status = 'PUBLISHED' AND archived_at IS NULL ORDER BY reference, id`);
    unpublished = (await api.sql<{ id: number }>(`SELECT id FROM pledge WHERE status <> 'PUBLISHED' OR archived_at IS NOT NULL`)).map((r) => r.id);
    expect(published.length).toBeGreaterThan(1200);
    expect(unpublished.length).toBeGreaterThan(0);
  }, 120_000);

  it('streams every published pledge as CSV, the documented columns first, by reference', async () => {
    const { response, header, records } = await exportCsv();
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="p2c-pledges-${new Date().toISOString().slice(0, 10)}.csv"`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    // The request id, the security headers and the rate limiter's accounting are in front of the export.
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    expect(header).toEqual([...PLEDGE_EXPORT_COLUMN_NAMES]);
    expect(header.slice(0, PUBLISHED_COLUMNS.length)).toEqual(PUBLISHED_COLUMNS);
    // More than two batches of the cursor: every row, not one page.
    expect(records.map((r) => r.id)).toEqual(published.map((p) => pledgeId(p.id)));
    expect(records.map((r) => Number(r.reference))).toEqual(published.map((p) => p.reference));
    const ids = new Set(records.map((r) => r.id));
    for (const id of unpublished) expect(ids.has(pledgeId(id))).toBe(false);
  });

  it('streams the same rows as a JSON array of objects with exactly the columns', async () => {
    const { response, records } = await exportJson();
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="p2c-pledges-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(records.map((r) => r.id)).toEqual(published.map((p) => pledgeId(p.id)));
    for (const record of records) expect(Object.keys(record)).toEqual([...PLEDGE_EXPORT_COLUMN_NAMES]);
    const withValue = records.find((r) => r.estimated_value_amount !== null)!;
    expect(withValue.usd_value).toMatch(/^\d+(\.\d{1,2})?$/);
    expect(typeof withValue.reference).toBe('number');
    expect(Array.isArray(withValue.sdgs) && (withValue.sdgs as unknown[]).every((n) => Number.isInteger(n))).toBe(true);
  });

  it('says of each pledge what the API says of it, progress included', async () => {
    const orderBy = [{ field: 'REFERENCE' as const, direction: 'ASC' as const }];
    const { pledges } = await api.anonymous.data(OpenDataPledges, { first: 100, orderBy });
    const { records } = await exportJson({ orderBy });
    expect(records.slice(0, 100)).toEqual(pledges.nodes.map(expectedRow));
    // The demo data has progress reports, partners, events and values among these pledges.
    expect(records.slice(0, 100).some((r) => r.implementation_status !== null && r.disbursed_usd !== '0')).toBe(true);
    expect(records.slice(0, 100).some((r) => (r.partner_ids as string[]).length > 1 && r.event_id !== null)).toBe(true);
  });

  it('selects with a PledgeFilter, a search and an order exactly the pledges `pledges` lists, in its order', async () => {
    const cases: Variables[] = [
      { filter: { focusAreas: { some: { code: { in: ['ADOPTION'] } } } } },
      { filter: { countries: { some: { code: { in: ['KE', 'NG', 'IN'] } } }, or: [{ type: { eq: 'FINANCIAL' } }, { usdValue: { gte: '1000000' } }] } },
      { filter: { countryGroups: { some: ['LDC'] }, beneficiaryGroups: { some: { code: { eq: 'WOMEN_AND_GIRLS' } } } }, orderBy: [{ field: 'USD_VALUE', direction: 'DESC' }] },
      { search: 'digital', orderBy: [{ field: 'RELEVANCE', direction: 'DESC' }] },
      // What the public cannot see stays out of the export, whatever the filter asks.
      { filter: { status: { in: ['DRAFT', 'SUBMITTED', 'PUBLISHED'] }, archived: 'INCLUDED', leadMember: { sector: { in: ['GOVERNMENT'] } } } },
    ];
    for (const variables of cases) {
      const expected = (await allThroughGraphQL(variables)).map((n) => n.id);
      expect(expected.length).toBeGreaterThan(0);
      const { records } = await exportCsv({ filter: variables.filter, search: variables.search ?? undefined, orderBy: variables.orderBy });
      const ids = records.map((r) => r.id);
      if (variables.orderBy) expect(ids).toEqual(expected);
      else expect([...ids].sort()).toEqual([...expected].sort());
    }
  });

  it('waits for clients that do not read, runs 3 at once, and stops reading when a client goes away', async () => {
    // A file larger than what the sockets can buffer (a few MB), so that the export has to wait for its client.
    await api.sql(`UPDATE pledge SET description = repeat(description || ' ', 10)`);
    const exporting = () =>
      api.sql<{ state: string; waiting: boolean }>(
        `SELECT state, now() - state_change > interval '1 second' AS waiting FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'FETCH FORWARD%'`,
      );
    const stalled = await Promise.all(
      [1, 2, 3].map(async () => {
        const request = httpRequest(exportUrl('csv'));
        const response = await new Promise<IncomingMessage>((resolve, reject) => {
          request.on('response', resolve);
          request.on('error', reject);
          request.end();
        });
        response.pause();
        return request;
      }),
    );
    // Each between two batches, its snapshot held, for as long as nobody reads.
    const waiting = { state: 'idle in transaction', waiting: true };
    await expect.poll(exporting, { timeout: 10_000 }).toEqual([waiting, waiting, waiting]);
    // Each holds a database connection: a fourth is asked to come back.
    const fourth = await fetch(exportUrl('json'));
    expect(fourth.status).toBe(429);
    expect(fourth.headers.get('retry-after')).toBe('10');
    expect(((await fourth.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');

    for (const request of stalled) request.destroy();
    await expect.poll(exporting, { timeout: 5_000 }).toEqual([]);
    // The API goes on answering.
    const { records } = await exportCsv({ filter: { reference: { lte: 3 } } });
    expect(records.map((r) => Number(r.reference))).toEqual([1, 2, 3]);
  });
});

describe('open data export of awkward content', () => {
  const awkward = [
    'Fibre, towers and "last mile" links',
    'Line one\nline two',
    '=HYPERLINK("http://evil.example","click")',
    '+1 million connections',
    '-5% on device prices',
    '@SUM(A1:A2) of skills',
    'Ordinary title with ; a semicolon',
  ];
  let published: Awaited<ReturnType<typeof createPublishedPledge>>[];
  let hidden: string[];

  beforeAll(async () => {
    await api.reset();
    const admin = await api.admin();
    const lead = await createMember(admin, { name: 'Tele, "Quoted" & Co' });
    const partner = await createMember(admin, { name: '=Partner formula' });
    published = [];
    for (const [i, title] of awkward.entries()) {
      published.push(
        await createPublishedPledge(admin, {
          leadMemberId: lead.id,
          partnerIds: i === 0 ? [partner.id] : [],
          title,
          description: i === 1 ? 'Windows line\r\nbreaks, commas, "quotes"' : 'A plain description of the pledge.',
          estimatedValue: i === 0 ? { amount: '1234567890123.45', currency: 'EUR' } : undefined,
          sdgs: [9, 4, 17],
        }),
      );
    }
    const withdrawn = await createPublishedPledge(admin, { title: 'Withdrawn later' });
    await admin.data(WithdrawPledge, { id: withdrawn.id, input: { reason: 'Merged into another pledge' } });
    const draft = await createPledge(admin, { title: 'Never published' });
    hidden = [withdrawn.id, draft.id];
  });

  it('round-trips commas, quotes and line breaks through a CSV parser, and defuses formulas', async () => {
    const { text, records } = await exportCsv();
    expect(text.endsWith('\r\n')).toBe(true);
    expect(records.map((r) => r.id)).toEqual(published.map((p) => p.id));
    expect(records.map((r) => r.title)).toEqual(awkward.map((t) => (/^[=+\-@]/.test(t) ? `'${t}` : t)));
    expect(records[1]!.description).toBe('Windows line\r\nbreaks, commas, "quotes"');
    expect(records[0]!.lead_member_name).toBe('Tele, "Quoted" & Co');
    expect(records[0]!.partner_names).toBe("'=Partner formula");
    expect(records[0]!.partner_ids).toBe(published[0]!.partners[0]!.id);
    expect(records[0]!.sdgs).toBe('4;9;17');
    expect(records[0]!.estimated_value_amount).toBe('1234567890123.45');
    expect(records[0]!.estimated_value_currency).toBe('EUR');
    expect(records[1]!.estimated_value_amount).toBe('');
    expect(records[0]!.is_global).toBe('false');
    expect(records[0]!.disbursed_usd).toBe('0');
    expect(records[0]!.reporting_health).toBe('DUE');
    for (const id of hidden) expect(records.some((r) => r.id === id)).toBe(false);
  });

  it('keeps the values as they are in JSON', async () => {
    const { records } = await exportJson();
    expect(records.map((r) => r.title)).toEqual(awkward);
    expect(records[0]!.partner_names).toEqual(['=Partner formula']);
    expect(records[0]!.sdgs).toEqual([4, 9, 17]);
    expect(records[0]!.estimated_value_amount).toBe('1234567890123.45');
    expect(records[1]!.estimated_value_amount).toBeNull();
    expect(records[0]!.is_global).toBe(false);
    expect(records[0]!.published_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('answers an empty selection with the header alone, and an empty JSON array', async () => {
    const filter = { title: { eq: 'no such pledge' } };
    const { text } = await exportCsv({ filter });
    expect(text).toBe(`${PLEDGE_EXPORT_COLUMN_NAMES.join(',')}\r\n`);
    expect((await exportJson({ filter })).records).toEqual([]);
  });

  it('refuses a bad filter with 400 and a message naming the problem', async () => {
    await expectBadRequest({ filter: '{"title": ' }, /^filter: is not valid JSON/);
    await expectBadRequest({ filter: '{"titel": {"eq": "x"}}' }, /^filter: Field "titel" is not defined by type "PledgeFilter"\. Did you mean "title"/);
    await expectBadRequest({ filter: '{"focusAreas": {"some": {"cod": {"eq": "ACCESS"}}}}' }, /^filter\.focusAreas\.some: Field "cod" is not defined by type "FocusAreaFilter"/, 'json');
    await expectBadRequest({ filter: '{"type": {"eq": "GRANT"}}' }, /^filter\.type\.eq: Value "GRANT" does not exist in "PledgeType" enum/);
    await expectBadRequest({ filter: '{"usdValue": {"gte": 12.5e400}}' }, /^filter\.usdValue\.gte: /);
    await expectBadRequest({ filter: '[1, 2]' }, /^filter: Expected type "PledgeFilter" to be an object/);
    // The rules of the API's input classes apply too.
    const tooMany = await expectBadRequest({ filter: JSON.stringify({ title: { in: Array.from({ length: 501 }, (_, i) => `t${i}`) } }) }, /^filter\.title\.in: /);
    expect(tooMany.message).toContain('500');
    await expectBadRequest({ filter: '{"leadMember": {"id": {"eq": "not-an-id"}}}' }, /^filter\.leadMember\.id\.eq: is not a Member ID/);
    await expectBadRequest({ orderBy: '[{"field": "PRICE"}]' }, /^orderBy\.0\.field: Value "PRICE" does not exist in "PledgeOrderField" enum/);
    await expectBadRequest({ orderBy: '[{"field": "RELEVANCE"}]' }, /^orderBy: RELEVANCE needs a search text/);
    await expectBadRequest({ filtr: '{}' }, /^filtr: is not a parameter of the export; it takes filter, search, orderBy/);
    const repeated = await fetch(`${exportUrl('csv')}?search=a&search=b`);
    expect(repeated.status).toBe(400);
  });

  it('treats injection-looking text as text', async () => {
    const sneaky = ["'); DROP TABLE pledge; --", '%\' OR 1=1 --', '_%', '"; SELECT pg_sleep(5); --'];
    for (const text of sneaky) {
      expect((await exportCsv({ filter: { title: { containsInsensitive: text } } })).records).toEqual([]);
      expect((await exportCsv({ filter: { or: [{ description: { startsWith: text } }, { countries: { some: { code: { eq: text } } } }] } })).records).toEqual([]);
      expect((await exportCsv({ search: text })).response.status).toBe(200);
    }
    await expectBadRequest({ orderBy: '[{"field": "REFERENCE; DROP TABLE pledge"}]' }, /does not exist in "PledgeOrderField" enum/);
    const [{ n }] = await api.sql<{ n: number }>('SELECT count(*)::int AS n FROM pledge');
    expect(n).toBe(awkward.length + 2);
  });

  it('answers HEAD with the headers alone', async () => {
    const response = await fetch(exportUrl('csv'), { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await response.text()).toBe('');
  });
});

describe('open data export behind the rate limiter', () => {
  it('counts exports against the anonymous limit', async () => {
    const limited = await startTestApi({ rateLimits: { anonymousPerMinute: 2, authenticatedPerMinute: 0 } });
    try {
      const url = `${limited.url}/open-data/pledges.json`;
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await fetch(url));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
      expect(answers[0]!.headers.get('ratelimit-limit')).toBe('2');
      const body = (await answers[2]!.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
      expect(Number(answers[2]!.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe('the README', () => {
  it('documents exactly the exported columns, in order', () => {
    const readme = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8');
    const section = readme.split('\n### Open data\n')[1]?.split('\n#')[0] ?? '';
    const documented = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual([...PLEDGE_EXPORT_COLUMN_NAMES]);
  });
});
