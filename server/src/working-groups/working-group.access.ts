import { notArchived, publicUntilArchived, visibleThrough, type AccessRule } from '../common/access.js';
import { and, TRUE } from '../common/query/sql.js';
import { isStaff } from '../common/viewer.js';

export const workingGroupAccess: AccessRule = publicUntilArchived('working_group');

/** A participation is seen with its group and its participant. */
export const workingGroupMembershipAccess: AccessRule = {
  table: 'working_group_membership',
  visible: (viewer, alias) =>
    isStaff(viewer)
      ? TRUE
      : and([notArchived(alias), visibleThrough('WorkingGroup', viewer, 'working_group_id', alias), visibleThrough('Person', viewer, 'person_id', alias)]),
};
