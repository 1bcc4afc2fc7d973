/**
 * Reading pledges from CSV, in the columns of the open data export, without I/O: the file into rows,
 * each row's cells into what it asks for, names into IDs (given the directory the service loads),
 * and the service's field names back into column names. PledgeImportService does the rest.
 */
import { parse } from 'csv-parse/sync';
import { AppError, ErrorCode, invalidInput } from '../common/errors.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import type { ItemError } from '../common/bulk.js';
import { PledgeType } from './pledge.entity.js';
import { PLEDGE_EXPORT_COLUMN_NAMES } from './pledge-export.js';

/** The columns an import reads, all of them the export's; its others (reference, USD value, progress...) are the platform's to compute. */
export const IMPORTED_COLUMNS = [
  'title', 'description', 'type', 'lead_member_id', 'lead_member_name', 'partner_ids', 'partner_names', 'focus_areas', 'pillars',
  'countries', 'regions', 'is_global', 'beneficiary_groups', 'sdgs', 'estimated_value_amount', 'estimated_value_currency',
  'target_beneficiaries', 'start_date', 'end_date', 'announced_on', 'event_id', 'event_name',
] as const;

export type ImportedColumn = (typeof IMPORTED_COLUMNS)[number];

export const MAX_IMPORT_ROWS = 5000;

const REQUIRED_COLUMNS = ['title', 'description', 'type'] as const;
const LIST_SEPARATOR = ';';

export interface CsvRow {
  /** Line of the file the row starts on; the header is line 1. */
  readonly line: number;
  readonly cells: Readonly<Partial<Record<ImportedColumn, string>>>;
  /** Set when the row's cells do not line up with the header's columns. */
  readonly cellCount?: { readonly found: number; readonly expected: number };
}

const lines = (text: string) => text.split('\n').length - 1;

/**
 * The file's rows with the cells of the imported columns. Problems of the file as a whole (not CSV,
 * a header naming unknown columns or missing required ones, too many rows) are a BAD_USER_INPUT error
 * on `csv`, with the line they concern.
 */
export function parsePledgeCsv(csv: string): CsvRow[] {
  // Line numbers are counted on LF alone: csv-parse counts a CRLF inside a quoted cell as two lines.
  const text = csv.replace(/\r\n?/g, '\n');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it ends; csv-parse's types do not say so.
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const { message, lines: line } = error as { message: string; lines?: number };
    throw invalidInput('csv', `line ${line ?? 1}: the file is not valid CSV (${message})`);
  }
  const rowsOf = records.map(({ record, info }) => ({ cells: record, line: info.lines - lines(record.join('')) }));
  const [header, ...body] = rowsOf;
  if (!header) throw invalidInput('csv', 'the file is empty: it needs a header row naming the columns, then one pledge per row');
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  assertHeader(columns, header.line);
  const rows = body.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) throw invalidInput('csv', 'the file has a header but no pledge rows');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw invalidInput('csv', `the file has ${rows.length.toLocaleString('en-US')} rows; an import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')}: split it`);
  }
  const imported = new Set<string>(IMPORTED_COLUMNS);
  return rows.map(({ cells, line }) => {
    const values: Partial<Record<ImportedColumn, string>> = {};
    columns.forEach((column, i) => {
      if (imported.has(column)) values[column as ImportedColumn] = unprotect(cells[i] ?? '').trim();
    });
    return cells.length === columns.length ? { line, cells: values } : { line, cells: values, cellCount: { found: cells.length, expected: columns.length } };
  });
}

function assertHeader(columns: readonly string[], line: number): void {
  const known = new Set(PLEDGE_EXPORT_COLUMN_NAMES);
  const problems = [
    ...columns.filter((c) => !known.has(c)).map((c) => (c === '' ? 'a column has no name' : `unknown column "${c}"`)),
    ...columns.filter((c, i) => c !== '' && columns.indexOf(c) !== i).map((c) => `column "${c}" appears twice`),
    ...REQUIRED_COLUMNS.filter((c) => !columns.includes(c)).map((c) => `missing column "${c}"`),
    ...(columns.includes('lead_member_id') || columns.includes('lead_member_name') ? [] : ['missing column "lead_member_id" or "lead_member_name"']),
  ].map((message) => ({ field: 'csv', message: `line ${line}: ${message}` }));
  if (problems.length === 0) return;
  const summary = `${problems.map((p) => p.message).join('; ')} (the columns are those of the open data export: ${PLEDGE_EXPORT_COLUMN_NAMES.join(', ')})`;
  throw new AppError(ErrorCode.BAD_USER_INPUT, `csv: ${summary}`, problems);
}

/**
 * The export puts a quote before a cell starting with = + - @ (or a tab or CR) so that spreadsheets do not run it
 * as a formula. The CR has become a line feed by the time a cell is read here (see parsePledgeCsv).
 */
export function unprotect(cell: string): string {
  return /^'[=+\-@\t\r\n]/.test(cell) ? cell.slice(1) : cell;
}

/** A member, partner or event as the row names it: by global ID, or by name when the ID column is empty. */
export interface Named {
  readonly by: 'id' | 'name';
  readonly value: string;
}

/** What a row asks for, as written (trimmed); names still to be resolved. */
export interface RowValues {
  readonly title?: string;
  readonly description?: string;
  readonly type?: PledgeType;
  readonly leadMember?: Named;
  readonly partners: readonly Named[];
  readonly focusAreaCodes: readonly string[];
  readonly pillarNames: readonly string[];
  readonly countryCodes: readonly string[];
  readonly regionNames: readonly string[];
  readonly isGlobal?: boolean;
  readonly beneficiaryGroupCodes: readonly string[];
  readonly sdgs: readonly number[];
  readonly estimatedValue?: { readonly amount: string; readonly currency: string };
  readonly targetBeneficiaries?: number;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly announcedOn?: string;
  readonly event?: Named;
}

export interface ReadRow {
  readonly line: number;
  readonly title: string | null;
  readonly values: RowValues;
  readonly errors: ItemError[];
}

const badInput = (field: ImportedColumn | null, message: string): ItemError => ({ code: ErrorCode.BAD_USER_INPUT, field, message });

const listOf = (cell: string | undefined) => (cell ?? '').split(LIST_SEPARATOR).map((v) => v.trim()).filter((v) => v !== '');
const present = (cell: string | undefined) => (cell === undefined || cell === '' ? undefined : cell);

/** GraphQL's Int, which the API's own inputs are held to, and the database's integer. */
const MAX_INT = 2_147_483_647;

const BOOLEANS: Record<string, boolean> = { true: true, yes: true, 1: true, false: false, no: false, 0: false };

/** The cells of a row as typed values, with a problem for each cell that cannot be one. */
export function readRow(row: CsvRow): ReadRow {
  const errors: ItemError[] = [];
  const { cells } = row;
  if (row.cellCount) {
    errors.push(badInput(null, `the row has ${row.cellCount.found} cells where the header has ${row.cellCount.expected} columns (a comma or a quote out of place?)`));
  }

  const whole = (column: ImportedColumn, text: string): number | undefined => {
    if (!/^\d+$/.test(text)) errors.push(badInput(column, `"${text}" is not a whole number`));
    else if (Number(text) > MAX_INT) errors.push(badInput(column, `${text} is more than ${MAX_INT.toLocaleString('en-US')}`));
    else return Number(text);
    return undefined;
  };
  const date = (column: 'start_date' | 'end_date' | 'announced_on') => {
    const text = present(cells[column]);
    if (text === undefined || isIsoDate(text)) return text;
    errors.push(badInput(column, `"${text}" is not a date written YYYY-MM-DD`));
    return undefined;
  };
  const named = (idColumn: 'lead_member_id' | 'event_id', nameColumn: 'lead_member_name' | 'event_name'): Named | undefined => {
    const id = present(cells[idColumn]);
    if (id !== undefined) return { by: 'id', value: id };
    const name = present(cells[nameColumn]);
    return name === undefined ? undefined : { by: 'name', value: name };
  };

  const typeCell = present(cells.type);
  const type = typeCell === undefined ? undefined : (Object.values(PledgeType) as string[]).find((t) => t === typeCell.toUpperCase()) as PledgeType | undefined;
  if (typeCell === undefined) errors.push(badInput('type', `is required: one of ${Object.values(PledgeType).join(', ')}`));
  else if (!type) errors.push(badInput('type', `"${typeCell}" is not a pledge type: one of ${Object.values(PledgeType).join(', ')}`));

  const title = present(cells.title);
  if (title === undefined) errors.push(badInput('title', 'is required'));
  const description = present(cells.description);
  if (description === undefined) errors.push(badInput('description', 'is required'));
  const leadMember = named('lead_member_id', 'lead_member_name');
  if (!leadMember) errors.push(badInput(cells.lead_member_id === undefined ? 'lead_member_name' : 'lead_member_id', 'is required: the lead member\'s ID, or its name'));

  const partnerIds = listOf(cells.partner_ids);
  const partners: Named[] = partnerIds.length ? partnerIds.map((value) => ({ by: 'id', value })) : listOf(cells.partner_names).map((value) => ({ by: 'name', value }));

  const globalCell = present(cells.is_global);
  const isGlobal = globalCell === undefined ? undefined : BOOLEANS[globalCell.toLowerCase()];
  if (globalCell !== undefined && isGlobal === undefined) errors.push(badInput('is_global', `"${globalCell}" is not one of true, false, yes, no, 1, 0`));

  const sdgs = listOf(cells.sdgs).flatMap((s) => whole('sdgs', s) ?? []);
  const targetCell = present(cells.target_beneficiaries);
  const targetBeneficiaries = targetCell === undefined ? undefined : whole('target_beneficiaries', targetCell);

  const amount = present(cells.estimated_value_amount);
  const currency = present(cells.estimated_value_currency);
  if (amount !== undefined && currency === undefined) errors.push(badInput('estimated_value_currency', 'is required with an amount'));
  if (currency !== undefined && amount === undefined) errors.push(badInput('estimated_value_amount', 'is required with a currency'));

  const values: RowValues = {
    title,
    description,
    type,
    leadMember,
    partners,
    focusAreaCodes: listOf(cells.focus_areas).map((c) => c.toUpperCase()),
    pillarNames: listOf(cells.pillars),
    countryCodes: listOf(cells.countries).map((c) => c.toUpperCase()),
    regionNames: listOf(cells.regions),
    isGlobal,
    beneficiaryGroupCodes: listOf(cells.beneficiary_groups).map((c) => c.toUpperCase()),
    sdgs,
    // The amount stays text all the way to the database's numeric column: money is never a float.
    estimatedValue: amount !== undefined && currency !== undefined ? { amount, currency: currency.toUpperCase() } : undefined,
    targetBeneficiaries,
    startDate: date('start_date'),
    endDate: date('end_date'),
    announcedOn: date('announced_on'),
    event: named('event_id', 'event_name'),
  };
  return { line: row.line, title: title ?? null, values, errors };
}

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** The reference data and records a file's names are resolved against (the service loads what the file names). */
export interface Directory {
  /** Members by lower-cased name. */
  readonly membersByName: ReadonlyMap<string, readonly { readonly id: number; readonly archived: boolean }[]>;
  /** Events by lower-cased name. */
  readonly eventsByName: ReadonlyMap<string, readonly { readonly id: number; readonly archived: boolean }[]>;
  readonly focusAreaCodes: ReadonlySet<string>;
  readonly pillars: readonly { readonly id: number; readonly name: string; readonly slug: string; readonly focusAreaCode: string }[];
  readonly regions: readonly { readonly id: number; readonly kind: string; readonly code: string; readonly name: string }[];
  readonly countryCodes: ReadonlySet<string>;
  readonly beneficiaryGroupCodes: ReadonlySet<string>;
  readonly currencyCodes: ReadonlySet<string>;
}

/** What PledgeService.create takes, as plain data (the service makes it a CreatePledgeInput and validates it). */
export interface PledgeFields {
  title: string;
  description: string;
  type: PledgeType;
  leadMemberId: string;
  partnerIds?: string[];
  focusAreaCodes?: string[];
  pillarIds?: string[];
  countryCodes?: string[];
  regionIds?: string[];
  isGlobal?: boolean;
  beneficiaryGroupCodes?: string[];
  sdgs?: number[];
  estimatedValue?: { amount: string; currency: string };
  targetBeneficiaries?: number;
  startDate?: string;
  endDate?: string;
  announcedOn?: string;
  eventId?: string;
}

export interface ResolvedRow {
  /** Absent when the row has errors. */
  readonly fields?: PledgeFields;
  /** The lead member's database ID, when known: rows are duplicates by it and their title. */
  readonly leadMemberId?: number;
  readonly errors: ItemError[];
}

/** An archived namesake does not make a live record ambiguous. */
function live<T extends { readonly archived: boolean }>(named: readonly T[] = []): readonly T[] {
  return named.length > 1 ? named.filter((r) => !r.archived) : named;
}

/** The ITU-D regions are the coalition's: "Africa" is the ITU-D region, not the UN M49 one of the same name. */
const PREFERRED_REGION_KIND = 'ITU_D';

/** Resolves a read row's names and codes against the directory, with a problem for each that is unknown or ambiguous. */
export function resolveRow(row: ReadRow, directory: Directory): ResolvedRow {
  const errors = [...row.errors];
  const v = row.values;
  const notFound = (field: ImportedColumn, message: string) => errors.push({ code: ErrorCode.NOT_FOUND, field, message });
  const unknownCodes = (field: ImportedColumn, codes: readonly string[], known: ReadonlySet<string>, label: string) => {
    const unknown = codes.filter((c) => !known.has(c));
    if (unknown.length) errors.push(badInput(field, `unknown ${label}: ${unknown.join(', ')}`));
  };

  const memberNamed = (name: string, column: 'lead_member_name' | 'partner_names'): number | undefined => {
    const found = live(directory.membersByName.get(name.toLowerCase()));
    if (found.length === 1) return found[0]!.id;
    if (found.length === 0) notFound(column, `no member is named "${name}"`);
    else errors.push(badInput(column, `${found.length} members are named "${name}": give their IDs in ${column === 'lead_member_name' ? 'lead_member_id' : 'partner_ids'}`));
    return undefined;
  };

  let leadMemberId: number | undefined;
  let leadMemberGlobalId: string | undefined;
  if (v.leadMember?.by === 'id') {
    const parsed = fromGlobalId(v.leadMember.value);
    if (parsed?.type === 'Member') [leadMemberId, leadMemberGlobalId] = [parsed.id, v.leadMember.value];
    else errors.push(badInput('lead_member_id', `"${v.leadMember.value}" is not a member ID`));
  } else if (v.leadMember) {
    leadMemberId = memberNamed(v.leadMember.value, 'lead_member_name');
    if (leadMemberId !== undefined) leadMemberGlobalId = toGlobalId('Member', leadMemberId);
  }

  const partnerIds = v.partners.flatMap((p) => {
    if (p.by === 'id') return [p.value];
    const id = memberNamed(p.value, 'partner_names');
    return id === undefined ? [] : [toGlobalId('Member', id)];
  });

  unknownCodes('focus_areas', v.focusAreaCodes, directory.focusAreaCodes, 'focus area');
  const pillarIds = v.pillarNames.flatMap((name) => {
    const key = name.toLowerCase();
    const named = directory.pillars.filter((p) => p.name.toLowerCase() === key || p.slug === key);
    const inAreas = named.filter((p) => v.focusAreaCodes.includes(p.focusAreaCode));
    if (inAreas.length === 1) return [toGlobalId('Pillar', inAreas[0]!.id)];
    if (inAreas.length > 1) errors.push(badInput('pillars', `"${name}" names ${inAreas.length} pillars of the focus areas ${v.focusAreaCodes.join(', ')}`));
    else if (named.length) errors.push(badInput('pillars', `pillar "${name}" is not in one of the pledge's focus areas (it is in ${[...new Set(named.map((p) => p.focusAreaCode))].join(', ')})`));
    else notFound('pillars', `no pillar is named "${name}"`);
    return [];
  });

  unknownCodes('countries', v.countryCodes, directory.countryCodes, 'country code');
  const regionIds = v.regionNames.flatMap((name) => {
    const key = name.toLowerCase();
    const byCode = directory.regions.filter((r) => r.code.toLowerCase() === key);
    const byName = directory.regions.filter((r) => r.name.toLowerCase() === key);
    const found = byCode.length === 1 ? byCode : byName.length > 1 ? byName.filter((r) => r.kind === PREFERRED_REGION_KIND) : byName;
    if (found.length === 1) return [toGlobalId('Region', found[0]!.id)];
    if (found.length === 0 && byName.length === 0) notFound('regions', `no region is named "${name}"`);
    else errors.push(badInput('regions', `"${name}" names ${byName.length} regions: give its code`));
    return [];
  });
  unknownCodes('beneficiary_groups', v.beneficiaryGroupCodes, directory.beneficiaryGroupCodes, 'beneficiary group');
  if (v.estimatedValue) unknownCodes('estimated_value_currency', [v.estimatedValue.currency], directory.currencyCodes, 'currency');

  let eventId: string | undefined;
  if (v.event?.by === 'id') eventId = v.event.value;
  else if (v.event) {
    const found = live(directory.eventsByName.get(v.event.value.toLowerCase()));
    if (found.length === 1) eventId = toGlobalId('Event', found[0]!.id);
    else if (found.length === 0) notFound('event_name', `no event is named "${v.event.value}"`);
    else errors.push(badInput('event_name', `${found.length} events are named "${v.event.value}": give its ID in event_id`));
  }

  if (errors.length || !v.title || !v.description || !v.type || !leadMemberGlobalId) return { leadMemberId, errors };
  const nonEmpty = <T>(list: T[]) => (list.length ? list : undefined);
  const fields: PledgeFields = {
    title: v.title,
    description: v.description,
    type: v.type,
    leadMemberId: leadMemberGlobalId,
    partnerIds: nonEmpty(partnerIds),
    focusAreaCodes: nonEmpty([...v.focusAreaCodes]),
    pillarIds: nonEmpty(pillarIds),
    countryCodes: nonEmpty([...v.countryCodes]),
    regionIds: nonEmpty(regionIds),
    isGlobal: v.isGlobal,
    beneficiaryGroupCodes: nonEmpty([...v.beneficiaryGroupCodes]),
    sdgs: nonEmpty([...v.sdgs]),
    estimatedValue: v.estimatedValue && { ...v.estimatedValue },
    targetBeneficiaries: v.targetBeneficiaries,
    startDate: v.startDate,
    endDate: v.endDate,
    announcedOn: v.announcedOn,
    eventId,
  };
  return { fields: Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as PledgeFields, leadMemberId, errors };
}

/** For each row repeating an earlier one (same lead member, same title but for case and spacing), the line it repeats. */
export function repeatedRows(rows: readonly { readonly line: number; readonly leadMemberId?: number; readonly title: string | null }[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (const { line, leadMemberId, title } of rows) {
    if (leadMemberId === undefined || !title) continue;
    const key = `${leadMemberId}\u0000${title.toLowerCase().replace(/\s+/g, ' ')}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, line);
    else repeats.set(line, earlier);
  }
  return repeats;
}

const COLUMN_OF_FIELD: Readonly<Record<string, ImportedColumn>> = {
  title: 'title',
  description: 'description',
  type: 'type',
  leadMemberId: 'lead_member_id',
  partnerIds: 'partner_ids',
  focusAreaCodes: 'focus_areas',
  pillarIds: 'pillars',
  countryCodes: 'countries',
  regionIds: 'regions',
  isGlobal: 'is_global',
  beneficiaryGroupCodes: 'beneficiary_groups',
  sdgs: 'sdgs',
  estimatedValue: 'estimated_value_amount',
  'estimatedValue.amount': 'estimated_value_amount',
  'estimatedValue.currency': 'estimated_value_currency',
  targetBeneficiaries: 'target_beneficiaries',
  startDate: 'start_date',
  endDate: 'end_date',
  announcedOn: 'announced_on',
  eventId: 'event_id',
};

const BY_NAME: Partial<Record<ImportedColumn, ImportedColumn>> = { lead_member_id: 'lead_member_name', partner_ids: 'partner_names', event_id: 'event_name' };

/** The column a field of CreatePledgeInput came from: the name column when the row named the record rather than giving its ID. */
export function columnOfField(field: string | undefined, values: RowValues): ImportedColumn | null {
  const column = field === undefined ? undefined : COLUMN_OF_FIELD[field];
  if (!column) return null;
  const named: Partial<Record<ImportedColumn, boolean>> = {
    lead_member_id: values.leadMember?.by === 'name',
    partner_ids: values.partners[0]?.by === 'name',
    event_id: values.event?.by === 'name',
  };
  return named[column] ? BY_NAME[column]! : column;
}
