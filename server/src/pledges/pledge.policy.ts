import { hasRole, isStaff, representsMember, Role, type Viewer } from '../common/viewer.js';
import { PledgeStatus, type Pledge } from './pledge.entity.js';

/** Published pledges are public; pledgers also see their members' pledges; staff and organizers see all. */
export function canViewPledge(viewer: Viewer, pledge: Pledge): boolean {
  if (isStaff(viewer) || hasRole(viewer, Role.ORGANIZER)) return true;
  if (representsMember(viewer, pledge.leadMember.id)) return true;
  return pledge.status === PledgeStatus.PUBLISHED && !pledge.isArchived;
}

/** Staff edit any pledge; a pledger edits the drafts of the members they represent. */
export function canEditPledge(viewer: Viewer, pledge: Pledge): boolean {
  if (isStaff(viewer)) return true;
  return hasRole(viewer, Role.PLEDGER) && representsMember(viewer, pledge.leadMember.id) && pledge.isEditableByPledger && !pledge.isArchived;
}

export const canSubmitPledge = (viewer: Viewer, pledge: Pledge) =>
  isStaff(viewer) || (hasRole(viewer, Role.PLEDGER) && representsMember(viewer, pledge.leadMember.id));

/** Curation notes and the reason for a decision: the pledge's own focal points and staff. */
export const canSeeCurationNotes = (viewer: Viewer, pledge: Pledge) => isStaff(viewer) || representsMember(viewer, pledge.leadMember.id);
