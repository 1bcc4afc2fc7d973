import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/src/common/errors.js';
import { toGlobalId } from '../../server/src/common/global-id.js';
import { PLEDGE_EXPORT_COLUMN_NAMES } from '../../server/src/pledges/pledge-export.js';
import {
  columnOfField,
  IMPORTED_COLUMNS,
  isIsoDate,
  MAX_IMPORT_ROWS,
  parsePledgeCsv,
  readRow,
  repeatedRows,
  resolveRow,
  unprotect,
  type Directory,
} from '../../server/src/pledges/pledge-import.js';

const HEADER = 'title,description,type,lead_member_name';
const DESCRIPTION = 'Broadband and digital skills for rural schools.';

/** The error a call throws, which must be an AppError. */
function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

const directory: Directory = {
  membersByName: new Map([
    ['ministry of ict', [{ id: 7, archived: false }]],
    ['twin', [{ id: 8, archived: false }, { id: 9, archived: false }]],
    ['renamed', [{ id: 10, archived: false }, { id: 11, archived: true }]],
  ]),
  eventsByName: new Map([['wtdc-22 roundtable', [{ id: 3, archived: false }]]]),
  focusAreaCodes: new Set(['ACCESS', 'ADOPTION']),
  pillars: [
    { id: 1, name: 'Infrastructure', slug: 'infrastructure', focusAreaCode: 'ACCESS' },
    { id: 2, name: 'Skills', slug: 'skills', focusAreaCode: 'ADOPTION' },
  ],
  regions: [
    { id: 1, kind: 'ITU_D', code: 'AFRICA', name: 'Africa' },
    { id: 2, kind: 'M49_REGION', code: '002', name: 'Africa' },
    { id: 3, kind: 'M49_SUB_REGION', code: '014', name: 'Eastern Africa' },
  ],
  countryCodes: new Set(['KE', 'RW']),
  beneficiaryGroupCodes: new Set(['YOUTH']),
  currencyCodes: new Set(['USD', 'EUR']),
};

/** One data row of a file with the given header, read and resolved. */
function row(header: string, line: string) {
  const [parsed] = parsePledgeCsv(`${header}\n${line}\n`);
  const read = readRow(parsed!);
  return { read, resolved: resolveRow(read, directory) };
}

describe('parsing a pledge CSV', () => {
  it('gives each row the line it starts on, through quoted newlines, CRLF, a BOM and empty rows', () => {
    const csv = `\uFEFF${HEADER}\r\n"Title, with a comma","${DESCRIPTION}\r\nSecond line\r\nThird",PROGRAMMATIC,Ministry of ICT\r\n\r\n,,,\r\nSecond title,${DESCRIPTION},POLICY,Ministry of ICT`;
    const rows = parsePledgeCsv(csv);
    expect(rows.map((r) => r.line)).toEqual([2, 7]);
    expect(rows[0]!.cells).toEqual({ title: 'Title, with a comma', description: `${DESCRIPTION}\nSecond line\nThird`, type: 'PROGRAMMATIC', lead_member_name: 'Ministry of ICT' });
    expect(rows[1]!.cells.title).toBe('Second title');
  });

  it('accepts the export\'s columns in any order and case, keeping only those it reads', () => {
    const [parsed] = parsePledgeCsv(`ID,Reference,TYPE,title,usd_value,description,lead_member_id,reporting_health\nUGxlZGdlOjE,12,POLICY,A title,100.00,${DESCRIPTION},TWVtYmVyOjc,DUE\n`);
    expect(parsed!.cells).toEqual({ type: 'POLICY', title: 'A title', description: DESCRIPTION, lead_member_id: 'TWVtYmVyOjc' });
  });

  it('refuses an unknown or repeated column, or a missing required one, on line 1', () => {
    const unknown = thrown(() => parsePledgeCsv(`${HEADER},colour\nA title,${DESCRIPTION},POLICY,Ministry of ICT,red\n`));
    expect(unknown.code).toBe('BAD_USER_INPUT');
    expect(unknown.problems).toEqual([{ field: 'csv', message: 'line 1: unknown column "colour"' }]);
    const missing = thrown(() => parsePledgeCsv('title,title,type\nA,A,POLICY\n'));
    expect(missing.problems.map((p) => p.message)).toEqual([
      'line 1: column "title" appears twice',
      'line 1: missing column "description"',
      'line 1: missing column "lead_member_id" or "lead_member_name"',
    ]);
  });

  it('refuses malformed CSV with the line of the fault, an empty file, and a file without rows', () => {
    expect(thrown(() => parsePledgeCsv(`${HEADER}\nA title,"unclosed,POLICY,x\n`)).message).toMatch(/^csv: line 2: the file is not valid CSV/);
    expect(thrown(() => parsePledgeCsv('')).message).toMatch(/empty/);
    expect(thrown(() => parsePledgeCsv(`${HEADER}\n\n`)).message).toMatch(/no pledge rows/);
  });

  it(`takes at most ${MAX_IMPORT_ROWS} rows`, () => {
    const body = (n: number) => `${HEADER}\n${Array.from({ length: n }, (_, i) => `Title ${i},${DESCRIPTION},POLICY,Ministry of ICT`).join('\n')}`;
    expect(parsePledgeCsv(body(MAX_IMPORT_ROWS))).toHaveLength(MAX_IMPORT_ROWS);
    expect(thrown(() => parsePledgeCsv(body(MAX_IMPORT_ROWS + 1))).message).toBe('csv: the file has 5,001 rows; an import takes at most 5,000: split it');
  });

  it('removes the quote the export puts before a cell that a spreadsheet would take for a formula, and only that', () => {
    expect(unprotect("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unprotect("'-5")).toBe('-5');
    expect(unprotect("'@home")).toBe('@home');
    expect(unprotect("'quoted'")).toBe("'quoted'");
    expect(row(HEADER, `'+Connect,${DESCRIPTION},POLICY,Ministry of ICT`).read.title).toBe('+Connect');
  });

  it('reports a row whose cells do not line up with the header', () => {
    const { read } = row(HEADER, `A title,${DESCRIPTION},POLICY,Ministry of ICT,extra`);
    expect(read.errors).toEqual([{ code: 'BAD_USER_INPUT', field: null, message: expect.stringMatching(/5 cells where the header has 4 columns/) }]);
  });
});

const FULL = 'title,description,type,lead_member_name,partner_names,focus_areas,pillars,countries,regions,is_global,beneficiary_groups,sdgs,estimated_value_amount,estimated_value_currency,target_beneficiaries,start_date,end_date,announced_on,event_name';

describe('reading and resolving a row', () => {
  it('turns every imported column into what PledgeService.create takes, money as exact text', () => {
    const { resolved } = row(FULL, `A title,${DESCRIPTION},financial,ministry of ict,Renamed,access;adoption,Infrastructure; skills,ke;RW,Africa;014,no,youth,4;9,1234567.89,usd,12000,2024-01-01,2026-12-31,2022-06-07,WTDC-22 Roundtable`);
    expect(resolved.errors).toEqual([]);
    expect(resolved.leadMemberId).toBe(7);
    expect(resolved.fields).toEqual({
      title: 'A title',
      description: DESCRIPTION,
      type: 'FINANCIAL',
      leadMemberId: toGlobalId('Member', 7),
      partnerIds: [toGlobalId('Member', 10)],
      focusAreaCodes: ['ACCESS', 'ADOPTION'],
      pillarIds: [toGlobalId('Pillar', 1), toGlobalId('Pillar', 2)],
      countryCodes: ['KE', 'RW'],
      regionIds: [toGlobalId('Region', 1), toGlobalId('Region', 3)],
      isGlobal: false,
      beneficiaryGroupCodes: ['YOUTH'],
      sdgs: [4, 9],
      estimatedValue: { amount: '1234567.89', currency: 'USD' },
      targetBeneficiaries: 12000,
      startDate: '2024-01-01',
      endDate: '2026-12-31',
      announcedOn: '2022-06-07',
      eventId: toGlobalId('Event', 3),
    });
  });

  it('prefers the ID columns to the name columns', () => {
    const header = 'title,description,type,lead_member_id,lead_member_name,partner_ids,partner_names,event_id,event_name';
    const { resolved } = row(header, `A title,${DESCRIPTION},POLICY,${toGlobalId('Member', 42)},Nobody,${toGlobalId('Member', 43)},Nobody else,${toGlobalId('Event', 5)},No event`);
    expect(resolved.errors).toEqual([]);
    expect(resolved.fields).toMatchObject({ leadMemberId: toGlobalId('Member', 42), partnerIds: [toGlobalId('Member', 43)], eventId: toGlobalId('Event', 5) });
  });

  it('reports every bad cell of a row, each naming its column', () => {
    const { resolved } = row(FULL, `,,SPEECH,Twin,Nobody,ACCESS;SPACE,Skills,KE;XX,Atlantis,maybe,YOUTH;ELVES,4;nine,12.5,,lots,2024-02-30,2024-13-01,yesterday,Nowhere`);
    expect(resolved.fields).toBeUndefined();
    expect(resolved.errors.map((e) => [e.field, e.code, e.message])).toEqual([
      ['type', 'BAD_USER_INPUT', '"SPEECH" is not a pledge type: one of PROGRAMMATIC, FINANCIAL, POLICY, ADVOCACY'],
      ['title', 'BAD_USER_INPUT', 'is required'],
      ['description', 'BAD_USER_INPUT', 'is required'],
      ['is_global', 'BAD_USER_INPUT', '"maybe" is not one of true, false, yes, no, 1, 0'],
      ['sdgs', 'BAD_USER_INPUT', '"nine" is not a whole number'],
      ['target_beneficiaries', 'BAD_USER_INPUT', '"lots" is not a whole number'],
      ['estimated_value_currency', 'BAD_USER_INPUT', 'is required with an amount'],
      ['start_date', 'BAD_USER_INPUT', '"2024-02-30" is not a date written YYYY-MM-DD'],
      ['end_date', 'BAD_USER_INPUT', '"2024-13-01" is not a date written YYYY-MM-DD'],
      ['announced_on', 'BAD_USER_INPUT', '"yesterday" is not a date written YYYY-MM-DD'],
      ['lead_member_name', 'BAD_USER_INPUT', '2 members are named "Twin": give their IDs in lead_member_id'],
      ['partner_names', 'NOT_FOUND', 'no member is named "Nobody"'],
      ['focus_areas', 'BAD_USER_INPUT', 'unknown focus area: SPACE'],
      ['pillars', 'BAD_USER_INPUT', 'pillar "Skills" is not in one of the pledge\'s focus areas (it is in ADOPTION)'],
      ['countries', 'BAD_USER_INPUT', 'unknown country code: XX'],
      ['regions', 'NOT_FOUND', 'no region is named "Atlantis"'],
      ['beneficiary_groups', 'BAD_USER_INPUT', 'unknown beneficiary group: ELVES'],
      ['event_name', 'NOT_FOUND', 'no event is named "Nowhere"'],
    ]);
  });

  it('refuses a lead member ID of another type, and numbers beyond a 32-bit integer', () => {
    const { resolved } = row('title,description,type,lead_member_id,target_beneficiaries', `A title,${DESCRIPTION},POLICY,${toGlobalId('Pledge', 1)},3000000000`);
    expect(resolved.errors.map((e) => e.field)).toEqual(['target_beneficiaries', 'lead_member_id']);
  });

  it('tells repeated rows (same lead member and title, whatever the case and spacing) from the first', () => {
    const repeats = repeatedRows([
      { line: 2, leadMemberId: 7, title: 'Rural schools' },
      { line: 3, leadMemberId: 8, title: 'Rural schools' },
      { line: 5, leadMemberId: 7, title: 'rural  SCHOOLS' },
      { line: 6, leadMemberId: undefined, title: 'Rural schools' },
    ]);
    expect([...repeats]).toEqual([[5, 2]]);
  });

  it('names the column a service error came from, the name column when the row named the record', () => {
    const byName = row(HEADER + ',partner_names,event_name', `A title,${DESCRIPTION},POLICY,Ministry of ICT,Renamed,WTDC-22 Roundtable`).read.values;
    expect(columnOfField('leadMemberId', byName)).toBe('lead_member_name');
    expect(columnOfField('partnerIds', byName)).toBe('partner_names');
    expect(columnOfField('eventId', byName)).toBe('event_name');
    const byId = row('title,description,type,lead_member_id', `A title,${DESCRIPTION},POLICY,${toGlobalId('Member', 7)}`).read.values;
    expect(columnOfField('leadMemberId', byId)).toBe('lead_member_id');
    expect(columnOfField('countryCodes', byId)).toBe('countries');
    expect(columnOfField('estimatedValue.amount', byId)).toBe('estimated_value_amount');
    expect(columnOfField('estimatedValue.currency', byId)).toBe('estimated_value_currency');
    expect(columnOfField('expectedVersion', byId)).toBeNull();
    expect(columnOfField(undefined, byId)).toBeNull();
  });

  it('reads columns of the export only, and real calendar dates', () => {
    expect(IMPORTED_COLUMNS.filter((c) => !PLEDGE_EXPORT_COLUMN_NAMES.includes(c))).toEqual([]);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
  });
});
