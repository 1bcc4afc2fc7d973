import { archivedField, column, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { sql } from '../common/query/sql.js';
import { escapeLike } from '../common/text.js';
import { memberSpec } from '../members/member.query.js';

export const personSpec: QuerySpec = {
  name: 'Person',
  table: 'person',
  fields: {
    id: scalar('id', 'id'),
    name: scalar('name', 'string'),
    jobTitle: scalar('job_title', 'string'),
    member: one('member_id', () => memberSpec),
    createdAt: scalar('created_at', 'datetime'),
    archived: archivedField(),
  },
  orders: { NAME: column('name'), CREATED_AT: column('created_at') },
  defaultOrder: [{ field: 'NAME', direction: 'ASC' }],
  search: { match: (alias, text) => (text.trim() ? { condition: sql(`${alias}.name ILIKE ?`, [`%${escapeLike(text.trim().slice(0, 200))}%`]) } : undefined) },
};
