import { archivedField, column, custom, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { containsInsensitive, sql } from '../common/query/sql.js';
import { countrySpec } from '../reference/reference.query.js';
import { Sector } from './member.entity.js';

const contains = (alias: string, text: string) => containsInsensitive(alias, ['name', 'acronym'], text);

export const memberSpec: QuerySpec = {
  name: 'Member',
  table: 'member',
  fields: {
    id: scalar('id', 'id'),
    name: scalar('name', 'string'),
    acronym: scalar('acronym', 'string'),
    sector: scalar('sector', { enum: Sector, name: 'Sector' }),
    champion: custom<boolean>({ input: () => Boolean, description: 'P2C Champion.', compile: (v, a) => sql(`${a}.champion = ?`, [v]) }),
    website: scalar('website', 'string'),
    country: one('country_id', () => countrySpec, { description: 'Home country (and through it, home region).' }),
    createdAt: scalar('created_at', 'datetime'),
    updatedAt: scalar('updated_at', 'datetime'),
    archived: archivedField(),
  },
  orders: { NAME: column('name'), CREATED_AT: column('created_at'), SECTOR: column('sector') },
  defaultOrder: [{ field: 'NAME', direction: 'ASC' }],
  search: { match: (alias, text) => (text.trim() ? { condition: contains(alias, text.trim()) } : undefined) },
};
