import { GraphQLLocalDate } from 'graphql-scalars';
import { column, custom, one, replacedBy, scalar, type QuerySpec } from '../common/query/spec.js';
import { containsInsensitive, list, sql, TRUE } from '../common/query/sql.js';
import { isStaff } from '../common/viewer.js';
import { countrySpec, regionSpec } from '../reference/reference.query.js';
import { EventKind } from './event.entity.js';

const contains = (alias: string, text: string) => containsInsensitive(alias, ['name', 'code'], text);

export const eventSpec: QuerySpec = {
  name: 'Event',
  table: 'event',
  fields: {
    id: scalar('id', 'id'),
    code: scalar('code', 'string'),
    name: scalar('name', 'string'),
    kind: scalar('kind', { enum: EventKind, name: 'EventKind' }),
    startDate: scalar('start_date', 'date'),
    endDate: scalar('end_date', 'date'),
    city: scalar('city', 'string'),
    country: one('country_id', () => countrySpec),
    region: one('region_id', () => regionSpec),
    includeArchived: custom<boolean>({ input: () => Boolean, description: 'Include archived events (staff only).', compile: () => TRUE }),
    kinds: custom<EventKind[]>({
      input: () => [EventKind],
      ...replacedBy('kind: { in }'),
      compile: (v, a) => (v.length ? sql(`${a}.kind IN (${list(v).text})`, v) : sql('FALSE')),
    }),
    from: custom<string>({ input: () => GraphQLLocalDate, ...replacedBy('endDate: { gte }'), compile: (v, a) => sql(`${a}.end_date >= ?`, [v]) }),
    to: custom<string>({ input: () => GraphQLLocalDate, ...replacedBy('startDate: { lte }'), compile: (v, a) => sql(`${a}.start_date <= ?`, [v]) }),
    nameContains: custom<string>({ input: () => String, ...replacedBy('search, or name: { containsInsensitive }'), compile: (v, a) => contains(a, v) }),
  },
  orders: { START_DATE: column('start_date'), NAME: column('name'), CODE: column('code', { unique: true }) },
  defaultOrder: [{ field: 'START_DATE', direction: 'DESC' }],
  search: { match: (alias, text) => (text.trim() ? { condition: contains(alias, text.trim()) } : undefined) },
  visibility: (viewer, alias, { includeArchived }) => (includeArchived && isStaff(viewer) ? TRUE : sql(`${alias}.archived_at IS NULL`)),
};
