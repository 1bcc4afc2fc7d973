import { column, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { and, list, sql } from '../common/query/sql.js';
import { escapeLike } from '../common/text.js';
import { hasRole, isStaff, Role } from '../common/viewer.js';
import { memberSpec } from '../members/member.query.js';

/** People are personal data: staff and organizers see everyone, pledgers the people of their members, nobody else anyone. */
export const personSpec: QuerySpec = {
  name: 'Person',
  table: 'person',
  fields: {
    id: scalar('id', 'id'),
    name: scalar('name', 'string'),
    jobTitle: scalar('job_title', 'string'),
    member: one('member_id', () => memberSpec),
    createdAt: scalar('created_at', 'datetime'),
  },
  orders: { NAME: column('name'), CREATED_AT: column('created_at') },
  defaultOrder: [{ field: 'NAME', direction: 'ASC' }],
  search: { match: (alias, text) => (text.trim() ? { condition: sql(`${alias}.name ILIKE ?`, [`%${escapeLike(text.trim().slice(0, 200))}%`]) } : undefined) },
  visibility: (viewer, alias) => {
    const notArchived = sql(`${alias}.archived_at IS NULL`);
    if (isStaff(viewer) || hasRole(viewer, Role.ORGANIZER)) return notArchived;
    if (viewer.kind !== 'account' || viewer.memberIds.size === 0) return sql('FALSE');
    const members = list([...viewer.memberIds]);
    return and([notArchived, sql(`${alias}.member_id IN (${members.text})`, members.values)]);
  },
};
