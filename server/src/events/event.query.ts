import { archivedField, column, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { containsInsensitive } from '../common/query/sql.js';
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
    archived: archivedField(),
  },
  orders: { START_DATE: column('start_date'), NAME: column('name'), CODE: column('code', { unique: true }) },
  defaultOrder: [{ field: 'START_DATE', direction: 'DESC' }],
  search: { match: (alias, text) => (text.trim() ? { condition: contains(alias, text.trim()) } : undefined) },
};
