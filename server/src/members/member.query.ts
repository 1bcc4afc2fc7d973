import { column, custom, one, replacedBy, scalar, type QuerySpec } from '../common/query/spec.js';
import { containsInsensitive, list, sql, TRUE } from '../common/query/sql.js';
import { isStaff } from '../common/viewer.js';
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
    includeArchived: custom<boolean>({ input: () => Boolean, description: 'Include archived members (staff only).', compile: () => TRUE }),
    nameContains: custom<string>({ input: () => String, ...replacedBy('search, or name: { containsInsensitive }'), compile: (v, a) => contains(a, v) }),
    sectors: custom<Sector[]>({
      input: () => [Sector],
      ...replacedBy('sector: { in }'),
      compile: (v, a) => (v.length ? sql(`${a}.sector IN (${list(v).text})`, v) : sql('FALSE')),
    }),
    countryCodes: custom<string[]>({
      input: () => [String],
      ...replacedBy('country: { code: { in } }'),
      compile: (v, a, ctx) => {
        if (!v.length) return sql('FALSE');
        const c = ctx.alias();
        const codes = list(v.map((code) => code.toUpperCase()));
        return sql(`EXISTS (SELECT 1 FROM country ${c} WHERE ${c}.id = ${a}.country_id AND ${c}.code IN (${codes.text}))`, codes.values);
      },
    }),
  },
  orders: { NAME: column('name'), CREATED_AT: column('created_at'), SECTOR: column('sector') },
  defaultOrder: [{ field: 'NAME', direction: 'ASC' }],
  search: { match: (alias, text) => (text.trim() ? { condition: contains(alias, text.trim()) } : undefined) },
  visibility: (viewer, alias, { includeArchived }) => (includeArchived && isStaff(viewer) ? TRUE : sql(`${alias}.archived_at IS NULL`)),
};
