import { columnIs, notArchived, ofViewersMembers, visibleThrough, type AccessRule } from '../common/access.js';
import { and, FALSE, or, sql, TRUE } from '../common/query/sql.js';
import { isStaff } from '../common/viewer.js';
import { ProgressReportStatus } from './progress-report.entity.js';

/** Accepted reports on pledges the viewer may see; the lead member's focal points also see the others; staff all. */
export const progressReportAccess: AccessRule = {
  table: 'progress_report',
  visible: (viewer, alias) => {
    if (isStaff(viewer)) return TRUE;
    const own = ofViewersMembers(viewer, `${alias}_lp`, 'lead_member_id');
    const onOwnPledge = own === FALSE ? FALSE : sql(`${alias}.pledge_id IN (SELECT ${alias}_lp.id FROM pledge ${alias}_lp WHERE ${own.text})`, own.values);
    return and([
      notArchived(alias),
      visibleThrough('Pledge', viewer, 'pledge_id', alias),
      or([columnIs(alias, 'status', ProgressReportStatus.ACCEPTED), onOwnPledge].filter((c) => c !== FALSE)),
    ]);
  },
};
