import { hasRole, isStaff, representsMember, Role, type Viewer } from '../common/viewer.js';
import { CountryNeedStatus, type CountryNeed } from './country-need.entity.js';

/** Published needs are public; staff and organizers see all; a government's focal points see their own. */
export function canViewNeed(viewer: Viewer, need: CountryNeed): boolean {
  if (isStaff(viewer) || hasRole(viewer, Role.ORGANIZER)) return true;
  if (need.member && representsMember(viewer, need.member.id)) return true;
  return need.status === CountryNeedStatus.PUBLISHED && !need.isArchived;
}

/** The focal points of the government that submitted the need speak for its country. */
export const speaksForNeed = (viewer: Viewer, need: CountryNeed) => Boolean(need.member && hasRole(viewer, Role.PLEDGER) && representsMember(viewer, need.member.id));

export const canEditNeed = (viewer: Viewer, need: CountryNeed) => isStaff(viewer) || (speaksForNeed(viewer, need) && need.isEditableBySubmitter && !need.isArchived);
