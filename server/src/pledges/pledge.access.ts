import { columnIs, curatedWorkflow, ofViewersMembers, visibleThrough, type AccessRule } from '../common/access.js';
import { and, sql, TRUE } from '../common/query/sql.js';
import { isStaff, Role } from '../common/viewer.js';
import { PledgeStatus } from './pledge.entity.js';

/** Published pledges are public; pledgers also see their members' pledges; organizers every one not archived; staff all. */
export const pledgeAccess: AccessRule = curatedWorkflow({
  table: 'pledge',
  publicWhen: (alias) => columnIs(alias, 'status', PledgeStatus.PUBLISHED),
  memberColumn: 'lead_member_id',
  seeAll: [Role.ORGANIZER],
  also: (viewer, alias) => visibleThrough('Member', viewer, 'lead_member_id', alias),
});

/** Proposed changes are for staff and the lead member's focal points, on a pledge they may see. */
export const pledgeRevisionAccess: AccessRule = {
  table: 'pledge_revision',
  visible: (viewer, alias) => {
    if (isStaff(viewer)) return TRUE;
    const own = ofViewersMembers(viewer, `${alias}_lp`, 'lead_member_id');
    return and([
      visibleThrough('Pledge', viewer, 'pledge_id', alias),
      sql(`${alias}.pledge_id IN (SELECT ${alias}_lp.id FROM pledge ${alias}_lp WHERE ${own.text})`, own.values),
    ]);
  },
};
