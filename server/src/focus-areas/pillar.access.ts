import { columnIs, notArchived, type AccessRule } from '../common/access.js';
import { and, TRUE } from '../common/query/sql.js';
import { isStaff } from '../common/viewer.js';

/** Unpublished and archived pillars are staff's. */
export const pillarAccess: AccessRule = {
  table: 'pillar',
  visible: (viewer, alias) => (isStaff(viewer) ? TRUE : and([notArchived(alias), columnIs(alias, 'published', true)])),
};
