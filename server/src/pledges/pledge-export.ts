import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { toGlobalId } from '../common/global-id.js';
import { DecimalScalar } from '../common/scalars.js';
import { ANONYMOUS } from '../common/viewer.js';
import { SortDirection } from '../common/pagination.js';
import { orderClauseOf, whereOf, type ListOptions, type OrderInput } from '../common/query/list.js';
import { and, join, sql, type Sql } from '../common/query/sql.js';
import { accessRuleOf } from '../common/access.js';
import { healthOf } from '../reports/reporting-health.js';
import { pledgeSpec } from './pledge.query.js';

/**
 * One column of the open data export of published pledges. The list below is a published contract:
 * columns are only ever added at its end, never renamed, reordered or removed, because people load
 * these files by column name (and the CSV import takes exactly these names).
 */
export interface PledgeExportColumn {
  /** snake_case, the CSV header and the JSON key. */
  readonly name: string;
  readonly description: string;
  /** What a JSON reader gets, for the documentation: string, integer, boolean, or an array of them. */
  readonly json: string;
  /** A value as it appears in the CSV, for the documentation. */
  readonly example: string;
  /** The value as SQL over the pledge `a` and the rows EXPORT_JOINS adds to it. */
  readonly select: string | (() => Sql);
  /** The JSON value from what PostgreSQL returns; without it, that value as it is (text, integer, boolean, array, null). */
  readonly render?: (value: never) => unknown;
}

/** The related records of `type` as the public sees them: the type's access rule, for an anonymous viewer. */
const publicly = (type: string, alias: string): Sql => accessRuleOf(type).visible(ANONYMOUS, alias);

/**
 * A many-valued column: the `value` of the related records of `type` through a link table that the
 * public may see (as the API's relation fields give them), in the order the API lists them.
 */
const related = (link: string, column: string, type: string, value: string, order = 't.id') => (): Sql => {
  const where = and([sql('l.pledge_id = a.id'), publicly(type, 't')]);
  return sql(`ARRAY(SELECT t.${value} FROM ${link} l JOIN ${accessRuleOf(type).table} t ON t.id = l.${column} WHERE ${where.text} ORDER BY ${order})`, where.values);
};

/** Ids and names come in the same order. */
const partners = (value: string) => related('pledge_partner', 'member_id', 'Member', value);

const globalId = (type: string) => (id: number | null) => (id === null ? null : toGlobalId(type, id));
const globalIds = (type: string) => (ids: number[]) => ids.map((id) => toGlobalId(type, id));
/** Exactly as the API's Decimal scalar writes it: a string, never a float. */
const decimal = (value: string | null) => (value === null ? null : (DecimalScalar.serialize(value) as string));
const day = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

/** The lead member is visible with every exported pledge (its rule says so); the event only while the public may see it. */
const exportJoins = (): Sql => {
  const event = publicly('Event', 'x_event');
  return sql(
    `JOIN member x_lead ON x_lead.id = a.lead_member_id
  LEFT JOIN currency x_currency ON x_currency.id = a.currency_id
  LEFT JOIN event x_event ON x_event.id = a.event_id AND ${event.text}
  LEFT JOIN pledge_progress x_progress ON x_progress.id = a.id`,
    event.values,
  );
};

export const PLEDGE_EXPORT_COLUMNS: readonly PledgeExportColumn[] = [
  { name: 'id', description: 'Global ID of the pledge, as the API gives it (`pledge(id:)`, `node(id:)`).', json: 'string', example: 'UGxlZGdlOjEwNDI', select: 'a.id', render: globalId('Pledge') },
  { name: 'reference', description: 'Public reference number, given at the first publication.', json: 'integer', example: '1042', select: 'a.reference' },
  { name: 'title', description: 'Title.', json: 'string', example: 'Connecting rural schools in Kenya', select: 'a.title' },
  { name: 'description', description: 'Description; may hold line breaks.', json: 'string', example: 'Broadband and digital skills for 300 schools...', select: 'a.description' },
  { name: 'type', description: 'PROGRAMMATIC, FINANCIAL, POLICY or ADVOCACY.', json: 'string', example: 'PROGRAMMATIC', select: 'a.type::text' },
  { name: 'lead_member_id', description: 'Global ID of the lead member.', json: 'string', example: 'TWVtYmVyOjQy', select: 'a.lead_member_id', render: globalId('Member') },
  { name: 'lead_member_name', description: 'Name of the lead member.', json: 'string', example: 'Kenya ICT Authority', select: 'x_lead.name' },
  {
    name: 'lead_member_sector',
    description: 'Sector of the lead member: GOVERNMENT, PRIVATE_SECTOR, ACADEMIA, CIVIL_SOCIETY, INTERNATIONAL_ORGANIZATION or UN_AGENCY.',
    json: 'string',
    example: 'GOVERNMENT',
    select: 'x_lead.sector::text',
  },
  { name: 'partner_ids', description: 'Global IDs of the partner members.', json: 'string[]', example: 'TWVtYmVyOjU3;TWVtYmVyOjMxMA', select: partners('id'), render: globalIds('Member') },
  { name: 'partner_names', description: 'Names of the partner members, in the order of `partner_ids`.', json: 'string[]', example: 'Safaricom;UNICEF', select: partners('name') },
  { name: 'focus_areas', description: 'Focus area codes: ACCESS, ADOPTION, VALUE_CREATION, ACCELERATE.', json: 'string[]', example: 'ACCESS;ADOPTION', select: related('pledge_focus_area', 'focus_area_id', 'FocusArea', 'code') },
  { name: 'pillars', description: 'Names of the focus area pillars.', json: 'string[]', example: 'Infrastructure;Skills', select: related('pledge_pillar', 'pillar_id', 'Pillar', 'name') },
  { name: 'countries', description: 'Implementation countries, ISO 3166-1 alpha-2.', json: 'string[]', example: 'KE;UG', select: related('pledge_country', 'country_id', 'Country', 'code') },
  { name: 'regions', description: 'Names of the implementation regions named on the pledge (not those of its countries).', json: 'string[]', example: 'Africa', select: related('pledge_region', 'region_id', 'Region', 'name') },
  { name: 'is_global', description: 'Implemented worldwide rather than in named countries or regions.', json: 'boolean', example: 'false', select: 'a.is_global' },
  {
    name: 'beneficiary_groups',
    description: 'Beneficiary group codes (WOMEN_AND_GIRLS, YOUTH, RURAL_AND_REMOTE_COMMUNITIES...).',
    json: 'string[]',
    example: 'WOMEN_AND_GIRLS;YOUTH',
    select: related('pledge_beneficiary_group', 'beneficiary_group_id', 'BeneficiaryGroup', 'code'),
  },
  { name: 'sdgs', description: 'Sustainable Development Goals, by number, ascending.', json: 'integer[]', example: '4;9', select: related('pledge_sdg', 'sdg_id', 'Sdg', 'number', 't.number') },
  {
    name: 'estimated_value_amount',
    description: 'Estimated value in its original currency, exact decimal; empty for pledges without a value.',
    json: 'string (decimal)',
    example: '2500000.5',
    select: 'CASE WHEN a.currency_id IS NOT NULL THEN a.amount::text END',
    render: decimal,
  },
  { name: 'estimated_value_currency', description: 'ISO 4217 code of the original currency.', json: 'string', example: 'EUR', select: 'CASE WHEN a.amount IS NOT NULL THEN x_currency.code END' },
  { name: 'usd_value', description: 'Estimated value in USD at the exchange rate of the announcement day, exact decimal.', json: 'string (decimal)', example: '2712500.54', select: 'a.usd_value::text', render: decimal },
  { name: 'target_beneficiaries', description: 'Number of people the pledge means to reach.', json: 'integer', example: '150000', select: 'a.target_beneficiaries' },
  { name: 'start_date', description: 'Start of implementation, YYYY-MM-DD.', json: 'string (date)', example: '2023-01-01', select: day('a.start_date') },
  { name: 'end_date', description: 'End of implementation, YYYY-MM-DD.', json: 'string (date)', example: '2026-12-31', select: day('a.end_date') },
  { name: 'announced_on', description: 'Day the pledge was announced, YYYY-MM-DD.', json: 'string (date)', example: '2022-06-07', select: day('a.announced_on') },
  { name: 'event_id', description: 'Global ID of the event where the pledge was announced.', json: 'string', example: 'RXZlbnQ6Mw', select: 'x_event.id', render: globalId('Event') },
  { name: 'event_name', description: 'Name of that event.', json: 'string', example: 'WTDC-22 Digital Development Roundtable', select: 'x_event.name' },
  {
    name: 'published_at',
    description: 'When the pledge was first published, ISO 8601 in UTC.',
    json: 'string (date-time)',
    example: '2022-06-08T09:30:00.000Z',
    select: `to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  },
  {
    name: 'implementation_status',
    description: 'As of the latest accepted progress report: NOT_STARTED, IN_PROGRESS, COMPLETED, DELAYED or CANCELLED; empty before any.',
    json: 'string',
    example: 'IN_PROGRESS',
    select: 'x_progress.implementation_status::text',
  },
  { name: 'disbursed_usd', description: 'Disbursed in total over the accepted progress reports, in USD, exact decimal.', json: 'string (decimal)', example: '800000', select: 'coalesce(x_progress.disbursed_usd, 0)::text', render: decimal },
  { name: 'people_reached', description: 'People reached so far, as of the latest accepted progress report.', json: 'integer', example: '42000', select: 'x_progress.people_reached' },
  {
    name: 'reporting_health',
    description: 'Up to date with its yearly progress reports on the day of the export: REPORTED, DUE, OVERDUE or CLOSED.',
    json: 'string',
    example: 'DUE',
    select: healthOf('a', 'x_progress'),
  },
];

/** The CSV header, in order: what the CSV import accepts as column names. */
export const PLEDGE_EXPORT_COLUMN_NAMES: readonly string[] = PLEDGE_EXPORT_COLUMNS.map((c) => c.name);

/** One exported pledge: its values in the order of PLEDGE_EXPORT_COLUMNS, as a JSON reader gets them. */
export type PledgeExportRow = readonly unknown[];

export interface PledgeExportOptions {
  /** A PledgeFilter, already coerced and validated (see argumentValueOf). */
  readonly filter?: object | null;
  readonly search?: string | null;
  readonly orderBy?: readonly OrderInput[] | null;
}

/** Stable for diffs between downloads, whether or not the pledges are searched. */
const DEFAULT_ORDER: readonly OrderInput[] = [{ field: 'REFERENCE', direction: SortDirection.ASC }];

/**
 * The export's statement: the pledges `pledges(filter, search, orderBy)` lists for an anonymous caller (the same
 * visibility, filter and search SQL, so the two always agree: published pledges only, whoever asks), with every column.
 * Throws a BAD_USER_INPUT error for a filter the compiler refuses (a malformed ID, too deep).
 */
export function pledgeExportQuery(options: PledgeExportOptions): Sql {
  const list: ListOptions = { filter: options.filter, search: options.search, orderBy: options.orderBy?.length ? options.orderBy : DEFAULT_ORDER };
  const { where, relevance } = whereOf(pledgeSpec, ANONYMOUS, list, 'a');
  const { order, joins } = orderClauseOf(pledgeSpec, list, relevance, 'a');
  const columns = join(
    PLEDGE_EXPORT_COLUMNS.map((c, i) => {
      const select = typeof c.select === 'string' ? sql(c.select) : c.select();
      return sql(`${select.text} AS c${i}`, select.values);
    }),
    ', ',
  );
  const exported = exportJoins();
  return sql(`SELECT ${columns.text} FROM pledge a ${joins.join(' ')} ${exported.text} WHERE ${where.text} ORDER BY ${order.text}`, [
    ...columns.values,
    ...exported.values,
    ...where.values,
    ...order.values,
  ]);
}

const BATCH_ROWS = 500;
const CURSOR = 'p2c_pledge_export';

const rowOf = (record: Record<string, unknown>): PledgeExportRow =>
  PLEDGE_EXPORT_COLUMNS.map((column, i) => {
    const value = record[`c${i}`] ?? null;
    return column.render ? column.render(value as never) : value;
  });

/**
 * Reads the rows of an export statement in batches through a cursor, inside one READ ONLY REPEATABLE READ transaction:
 * however long the download, the file is one consistent snapshot. `write` gets each batch and says whether to go on;
 * false (the client went away) ends the transaction, and the rest is never read. Resolves with the number of rows read.
 */
export function readPledgeExport(em: EntityManager, query: Sql, write: (rows: PledgeExportRow[]) => Promise<boolean>): Promise<number> {
  return em.transactional(
    async (tx) => {
      const run = (statement: Sql) =>
        tx.getConnection().execute(tx.getKnex().raw(statement.text, statement.values as never[]), [], 'all', tx.getTransactionContext()) as Promise<Record<string, unknown>[]>;
      await run(sql(`DECLARE ${CURSOR} NO SCROLL CURSOR FOR ${query.text}`, query.values));
      let count = 0;
      for (;;) {
        const records = await run(sql(`FETCH FORWARD ${BATCH_ROWS} FROM ${CURSOR}`));
        count += records.length;
        if (!records.length || !(await write(records.map(rowOf))) || records.length < BATCH_ROWS) return count;
      }
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}

/** Cells that spreadsheets would run as formulas (OWASP's list: =, +, -, @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV cell (RFC 4180): quoted when it holds a quote, comma or line break, quotes doubled. Many values are joined
 * with `;`; empty values are empty cells. A cell that starts like a formula gets a leading `'`, which spreadsheets
 * show as text and readers of the file should strip.
 */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  const inert = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

export interface PledgeExportFormat {
  readonly extension: 'csv' | 'json';
  readonly contentType: string;
  /** A file piece by piece: what opens it, each batch of rows, what closes it. */
  writer(): { readonly start: string; rows(rows: readonly PledgeExportRow[]): string; readonly end: string };
}

const CRLF = '\r\n';

/** A header row of the column names, then one line per pledge, CRLF line ends (RFC 4180). */
export const CSV: PledgeExportFormat = {
  extension: 'csv',
  contentType: 'text/csv; charset=utf-8',
  writer: () => ({
    start: PLEDGE_EXPORT_COLUMN_NAMES.join(',') + CRLF,
    rows: (rows) => rows.map((row) => row.map(csvCell).join(',') + CRLF).join(''),
    end: '',
  }),
};

/** One JSON array of objects keyed by column name, one object a line. */
export const JSON_ARRAY: PledgeExportFormat = {
  extension: 'json',
  contentType: 'application/json; charset=utf-8',
  writer: () => {
    let first = true;
    return {
      start: '[',
      rows: (rows) =>
        rows
          .map((row) => {
            const separator = first ? '\n' : ',\n';
            first = false;
            return separator + JSON.stringify(Object.fromEntries(PLEDGE_EXPORT_COLUMN_NAMES.map((name, i) => [name, row[i]])));
          })
          .join(''),
      end: '\n]\n',
    };
  },
};
