import { notArchived, ofViewersMembers, visibleThrough, type AccessRule } from '../common/access.js';
import { and, FALSE, or, sql, TRUE } from '../common/query/sql.js';
import { hasRole, isStaff, Role } from '../common/viewer.js';

/**
 * People are personal data: staff and organizers see everyone, pledgers the
 * people of their members; a working group's participants are public by
 * their role (their contact details stay behind the field rules).
 */
export const personAccess: AccessRule = {
  table: 'person',
  visible: (viewer, alias) => {
    if (isStaff(viewer)) return TRUE;
    const member = visibleThrough('Member', viewer, 'member_id', alias);
    if (hasRole(viewer, Role.ORGANIZER)) return and([notArchived(alias), member]);
    const participant = sql(
      `${alias}.id IN (SELECT ${alias}_wm.person_id FROM working_group_membership ${alias}_wm JOIN working_group ${alias}_wg ON ${alias}_wg.id = ${alias}_wm.working_group_id
        WHERE ${alias}_wm.archived_at IS NULL AND ${alias}_wg.archived_at IS NULL)`,
    );
    return and([notArchived(alias), member, or([participant, ofViewersMembers(viewer, alias, 'member_id')].filter((c) => c !== FALSE))]);
  },
};
