import { columnIs, notArchived, type AccessRule } from '../common/access.js';
import { and, or, sql, TRUE, FALSE } from '../common/query/sql.js';
import { hasRole, isStaff, Role } from '../common/viewer.js';

/** Staff see every account; organizers also their fellow organizers (a roundtable's team); everyone sees their own. */
export const accountAccess: AccessRule = {
  table: 'account',
  visible: (viewer, alias) => {
    if (isStaff(viewer)) return TRUE;
    if (viewer.kind !== 'account') return FALSE;
    const self = columnIs(alias, 'id', viewer.accountId);
    if (!hasRole(viewer, Role.ORGANIZER)) return self;
    return or([self, and([notArchived(alias), columnIs(alias, 'role', Role.ORGANIZER)])]);
  },
};

/** A token is its owner's and the admins' to see (never its secret). */
export const apiTokenAccess: AccessRule = {
  table: 'api_token',
  visible: (viewer, alias) => {
    if (hasRole(viewer, Role.ADMIN)) return TRUE;
    if (viewer.kind !== 'account') return FALSE;
    return sql(`${alias}.account_id = ?`, [viewer.accountId]);
  },
};
