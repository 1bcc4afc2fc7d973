import { columnIs, curatedWorkflow, notArchived, ofViewersMembers, visibleThrough, type AccessRule } from '../common/access.js';
import { and, FALSE, or, sql, TRUE, type Sql } from '../common/query/sql.js';
import { hasRole, isStaff, Role, type Viewer } from '../common/viewer.js';
import { CountryNeedStatus } from './country-need.entity.js';

/** Published needs are public; the submitting government's focal points see theirs; organizers every one not archived; staff all. */
export const countryNeedAccess: AccessRule = curatedWorkflow({
  table: 'country_need',
  publicWhen: (alias) => columnIs(alias, 'status', CountryNeedStatus.PUBLISHED),
  memberColumn: 'member_id',
  seeAll: [Role.ORGANIZER],
});

function onOwnSide(viewer: Viewer, alias: string): Sql {
  const pledges = ofViewersMembers(viewer, `${alias}_op`, 'lead_member_id');
  const needs = ofViewersMembers(viewer, `${alias}_on`, 'member_id');
  if (pledges === FALSE) return FALSE;
  return or([
    sql(`${alias}.pledge_id IN (SELECT ${alias}_op.id FROM pledge ${alias}_op WHERE ${pledges.text})`, pledges.values),
    sql(`${alias}.need_id IN (SELECT ${alias}_on.id FROM country_need ${alias}_on WHERE ${needs.text})`, needs.values),
  ]);
}

/** Matches of a need and a pledge the viewer may both see: every one for organizers, their own side's for focal points, none for the public. */
export const matchAccess: AccessRule = {
  table: 'match',
  visible: (viewer, alias) => {
    if (isStaff(viewer)) return TRUE;
    const side = hasRole(viewer, Role.ORGANIZER) ? TRUE : onOwnSide(viewer, alias);
    if (side === FALSE) return FALSE;
    return and([notArchived(alias), side, visibleThrough('CountryNeed', viewer, 'need_id', alias), visibleThrough('Pledge', viewer, 'pledge_id', alias)]);
  },
};
