import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createEvent, createMember, createPledge, createPublishedPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';
import type { ImportPledgesInput } from '../gql/graphql.js';
import { toGlobalId } from '../../server/src/common/global-id.js';

const ImportPledges = graphql(`
  mutation ImportPledges($input: ImportPledgesInput!) {
    importPledges(input: $input) {
      dryRun
      committed
      rowCount
      errorCount
      rows {
        line
        title
        errors {
          code
          field
          message
        }
        pledge {
          id
          reference
          status
          title
          description
          type
          isGlobal
          targetBeneficiaries
          startDate
          endDate
          announcedOn
          estimatedValue {
            amount
            usdValue
            currency {
              code
            }
          }
          leadMember {
            name
          }
          partners {
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
            code
          }
          beneficiaryGroups {
            code
          }
          sdgs {
            number
          }
          event {
            code
          }
        }
      }
    }
  }
`);

const ArchiveMember = graphql(`
  mutation ImportArchiveMember($id: ID!) {
    archiveMember(id: $id) {
      id
    }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());
beforeEach(() => api.reset());

const HEADER = 'title,description,type,lead_member_name,focus_areas,countries';
const DESCRIPTION = 'Broadband and digital skills training for rural schools.';

/** Pledges, audit entries and notifications in the database, and whether a reference number was ever taken. */
async function written() {
  const [counts] = await api.sql<{ pledges: number; audit: number; notifications: number }>(
    `select (select count(*) from pledge)::int as pledges, (select count(*) from audit_entry)::int as audit, (select count(*) from notification)::int as notifications`,
  );
  const [sequence] = await api.sql<{ is_called: boolean }>('select is_called from pledge_reference_seq');
  return { ...counts!, referenceTaken: sequence!.is_called };
}

async function importAs(input: ImportPledgesInput) {
  return (await (await api.admin()).data(ImportPledges, { input })).importPledges;
}

const errorsOf = (result: Awaited<ReturnType<typeof importAs>>) => result.rows.flatMap((r) => r.errors.map((e) => ({ line: r.line, field: e.field, code: e.code })));

describe('importing pledges from CSV', () => {
  it('checks every row on a dry run, reporting each problem with its line and column, and writes nothing', async () => {
    const admin = await api.admin();
    await createMember(admin, { name: 'Kenya ICT Authority' });
    await createMember(admin, { name: 'Rwanda Utilities Regulatory Authority' });
    const archived = await createMember(admin, { name: 'Closed Foundation' });
    await admin.data(ArchiveMember, { id: archived.id });
    const before = await written();

    const csv = [
      HEADER,
      `Connecting rural schools,${DESCRIPTION},PROGRAMMATIC,Kenya ICT Authority,ACCESS,KE`,
      `Short,${DESCRIPTION},SPEECH,Nobody Known,ACCESS,XX`,
      `Digital skills for girls,${DESCRIPTION},PROGRAMMATIC,rwanda utilities regulatory authority,,RW`,
      `Connecting rural schools,${DESCRIPTION},PROGRAMMATIC,Kenya ICT Authority,ACCESS,KE`,
      `Archived lead member,${DESCRIPTION},POLICY,Closed Foundation,ACCESS,KE`,
      `Money without value,${DESCRIPTION},FINANCIAL,Kenya ICT Authority,ACCESS,KE`,
      `Tiny,${DESCRIPTION},POLICY,Kenya ICT Authority,ACCESS,KE`,
    ].join('\n');
    const result = await importAs({ csv, status: 'SUBMITTED' });

    expect(result).toMatchObject({ dryRun: true, committed: false, rowCount: 7, errorCount: 6 });
    expect(result.rows.map((r) => [r.line, r.title])).toEqual([
      [2, 'Connecting rural schools'],
      [3, 'Short'],
      [4, 'Digital skills for girls'],
      [5, 'Connecting rural schools'],
      [6, 'Archived lead member'],
      [7, 'Money without value'],
      [8, 'Tiny'],
    ]);
    expect(errorsOf(result)).toEqual([
      { line: 3, field: 'type', code: 'BAD_USER_INPUT' },
      { line: 3, field: 'lead_member_name', code: 'NOT_FOUND' },
      { line: 3, field: 'countries', code: 'BAD_USER_INPUT' },
      // Found by PledgeService itself: what a submitted pledge needs, an archived member.
      { line: 4, field: 'focus_areas', code: 'BAD_USER_INPUT' },
      { line: 5, field: 'title', code: 'CONFLICT' },
      { line: 6, field: 'lead_member_name', code: 'BAD_USER_INPUT' },
      { line: 7, field: 'estimated_value_amount', code: 'BAD_USER_INPUT' },
      // The rules of CreatePledgeInput, as for a pledge created through the API.
      { line: 8, field: 'title', code: 'BAD_USER_INPUT' },
    ]);
    const messages = result.rows.flatMap((r) => r.errors.map((e) => e.message));
    expect(messages).toContain('repeats line 2: the same lead member and title');
    expect(messages).toContain('a submitted pledge needs at least one focus area');
    expect(messages).toContain('the member is archived');
    expect(messages).toContain('title must be longer than or equal to 5 characters');
    expect(result.rows[0]!.pledge).toBeNull();
    expect(await written()).toEqual(before);
  });

  it('writes nothing when a commit has a row at fault, and says so', async () => {
    await createMember(await api.admin(), { name: 'Kenya ICT Authority' });
    const before = await written();
    const csv = [HEADER, `Connecting rural schools,${DESCRIPTION},PROGRAMMATIC,Kenya ICT Authority,ACCESS,KE`, `Bad row,${DESCRIPTION},PROGRAMMATIC,Kenya ICT Authority,ACCESS,ZZ`].join('\n');
    const result = await importAs({ csv, dryRun: false, status: 'PUBLISHED' });
    expect(result).toMatchObject({ dryRun: false, committed: false, rowCount: 2, errorCount: 1 });
    expect(result.rows.map((r) => r.pledge)).toEqual([null, null]);
    expect(errorsOf(result)).toEqual([{ line: 3, field: 'countries', code: 'BAD_USER_INPUT' }]);
    expect(await written()).toEqual(before);
  });

  for (const status of ['DRAFT', 'SUBMITTED', 'PUBLISHED'] as const) {
    it(`commits every row as ${status}, with the audit entries of the API's own steps`, async () => {
      await createMember(await api.admin(), { name: 'Kenya ICT Authority' });
      const csv = [HEADER, ...[1, 2, 3].map((n) => `Connecting rural schools ${n},${DESCRIPTION},PROGRAMMATIC,Kenya ICT Authority,ACCESS,KE`)].join('\n');
      const result = await importAs({ csv, dryRun: false, status });
      expect(result).toMatchObject({ committed: true, errorCount: 0, rowCount: 3 });
      expect(result.rows.map((r) => [r.pledge?.title, r.pledge?.status])).toEqual([1, 2, 3].map((n) => [`Connecting rural schools ${n}`, status]));
      const references = result.rows.map((r) => r.pledge!.reference);
      expect(references).toEqual(status === 'PUBLISHED' ? [1, 2, 3] : [null, null, null]);

      const steps = { DRAFT: ['pledge.create'], SUBMITTED: ['pledge.create', 'pledge.submit'], PUBLISHED: ['pledge.create', 'pledge.submit', 'pledge.approve'] }[status];
      const audit = await api.sql<{ action: string; n: number }>(`select action, count(*)::int as n from audit_entry where entity_type = 'Pledge' group by action order by action`);
      expect(audit).toEqual(steps.map((action) => ({ action, n: 3 })).sort((a, b) => a.action.localeCompare(b.action)));
      const [stored] = await api.sql<{ n: number }>(`select count(*)::int as n from pledge where status = $1`, [status]);
      expect(stored!.n).toBe(3);
      // As for one pledge submitted through the API: staff hear of each submission.
      const [queued] = await api.sql<{ n: number }>(`select count(*)::int as n from notification where topic = 'pledge.submit'`);
      expect(queued!.n).toBe(status === 'DRAFT' ? 0 : 3);
    });
  }

  it('refuses anyone but staff', async () => {
    const member = await createMember(await api.admin(), { name: 'Kenya ICT Authority' });
    const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
    const curator = await api.as('CURATOR');
    const input = { csv: `${HEADER}\nConnecting rural schools,${DESCRIPTION},PROGRAMMATIC,Kenya ICT Authority,ACCESS,KE` };
    expect((await api.anonymous.error(ImportPledges, { input })).code).toBe('UNAUTHENTICATED');
    expect((await pledger.error(ImportPledges, { input })).code).toBe('FORBIDDEN');
    expect((await curator.data(ImportPledges, { input })).importPledges).toMatchObject({ errorCount: 0, rowCount: 1 });
  });

  it('reads quoted commas, quotes and line breaks, a BOM and CRLF line ends, and keeps money exact', async () => {
    await createMember(await api.admin(), { name: 'Kenya ICT Authority, Ltd.' });
    const header = 'title,description,type,lead_member_name,focus_areas,countries,estimated_value_amount,estimated_value_currency,is_global,sdgs';
    const csv =
      `\uFEFF${header}\r\n` +
      `"Schools, clinics and ""hubs""","First line, with a comma\r\nSecond line of the description",FINANCIAL,"Kenya ICT Authority, Ltd.",ACCESS,KE,1234567.89,USD,no,4;9\r\n` +
      `\r\n` +
      `Second pledge with a value in euros,${DESCRIPTION},FINANCIAL,"Kenya ICT Authority, Ltd.",ACCESS,KE,99999999999999.99,EUR,yes,\r\n`;
    const result = await importAs({ csv, dryRun: false });
    expect(result).toMatchObject({ committed: true, errorCount: 0 });
    expect(result.rows.map((r) => r.line)).toEqual([2, 5]);
    const [first, second] = result.rows.map((r) => r.pledge!);
    expect(first).toMatchObject({
      title: 'Schools, clinics and "hubs"',
      description: 'First line, with a comma\nSecond line of the description',
      leadMember: { name: 'Kenya ICT Authority, Ltd.' },
      estimatedValue: { amount: '1234567.89', usdValue: '1234567.89', currency: { code: 'USD' } },
      isGlobal: false,
      sdgs: [{ number: 4 }, { number: 9 }],
    });
    expect(second).toMatchObject({ estimatedValue: { amount: '99999999999999.99', currency: { code: 'EUR' } }, isGlobal: true });
    const stored = await api.sql<{ amount: string }>(`select amount::text from pledge order by id`);
    expect(stored.map((r) => r.amount)).toEqual(['1234567.89', '99999999999999.99']);
  });

  it('refuses more than 5,000 rows, an unknown column and a status pledges are not created in', async () => {
    const admin = await api.admin();
    const rows = Array.from({ length: 5001 }, (_, i) => `Pledge ${i},${DESCRIPTION},POLICY,Kenya ICT Authority,ACCESS,KE`);
    const tooMany = await admin.error(ImportPledges, { input: { csv: [HEADER, ...rows].join('\n') } });
    expect(tooMany).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv', message: 'csv: the file has 5,001 rows; an import takes at most 5,000: split it' });

    const unknown = await admin.error(ImportPledges, { input: { csv: `${HEADER},colour\nA title,${DESCRIPTION},POLICY,Kenya ICT Authority,ACCESS,KE,red` } });
    expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
    expect(unknown.message).toMatch(/^csv: line 1: unknown column "colour"/);

    const rejected = await admin.error(ImportPledges, { input: { csv: `${HEADER}\nA title,${DESCRIPTION},POLICY,Kenya ICT Authority,ACCESS,KE`, status: 'REJECTED' } });
    expect(rejected).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });

  it('re-imports the open data export of published pledges without an error', async () => {
    const admin = await api.admin();
    const lead = await createMember(admin, { name: 'Kenya ICT Authority' });
    const partner = await createMember(admin, { name: 'Safaricom, PLC' });
    const event = await createEvent(admin, { name: 'East Africa roundtable' });
    const [africa] = await api.sql<{ id: number }>(`select id from region where kind = 'ITU_D' and code = 'AFRICA'`);
    const [skills] = await api.sql<{ id: number }>(`select id from pillar where slug = 'skills'`);
    await createPublishedPledge(admin, {
      leadMemberId: lead.id,
      title: '=Connecting "rural" schools, clinics',
      description: 'First line.\nSecond line, with a comma.',
      type: 'FINANCIAL',
      partnerIds: [partner.id],
      focusAreaCodes: ['ACCESS', 'ADOPTION'],
      countryCodes: ['KE', 'RW'],
      regionIds: [toGlobalId('Region', africa!.id)],
      pillarIds: [toGlobalId('Pillar', skills!.id)],
      beneficiaryGroupCodes: ['YOUTH', 'WOMEN_AND_GIRLS'],
      sdgs: [4, 9, 17],
      estimatedValue: { amount: '1234567.89', currency: 'EUR' },
      targetBeneficiaries: 150000,
      startDate: '2024-01-01',
      endDate: '2026-12-31',
      eventId: event.id,
    });
    await createPublishedPledge(admin, { leadMemberId: partner.id, title: '-Policy for affordable access', type: 'POLICY', isGlobal: true, countryCodes: [] });
    await createPledge(admin, { leadMemberId: lead.id, title: 'A draft the export leaves out' });

    const response = await fetch(`${api.url}/open-data/pledges.csv`);
    expect(response.status).toBe(200);
    const csv = await response.text();
    expect(csv).toContain("'=Connecting");
    const before = await written();

    const result = await importAs({ csv, status: 'PUBLISHED' });
    expect(errorsOf(result)).toEqual([]);
    expect(result).toMatchObject({ dryRun: true, committed: false, rowCount: 2, errorCount: 0 });
    expect(result.rows.map((r) => r.title)).toEqual(['=Connecting "rural" schools, clinics', '-Policy for affordable access']);
    expect(await written()).toEqual(before);
  });
});
