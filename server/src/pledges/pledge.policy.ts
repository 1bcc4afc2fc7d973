import { hasRole, isStaff, representsMember, Role, type Viewer } from '../common/viewer.js';
import type { Pledge } from './pledge.entity.js';

/** The focal points of the lead member speak for the pledge. */
export const speaksForPledge = (viewer: Viewer, pledge: Pledge) => hasRole(viewer, Role.PLEDGER) && representsMember(viewer, pledge.leadMember.id);

/** Staff edit any pledge; a pledger edits the drafts of the members they represent. */
export function canEditPledge(viewer: Viewer, pledge: Pledge): boolean {
  if (isStaff(viewer)) return true;
  return speaksForPledge(viewer, pledge) && pledge.isEditableByPledger && !pledge.isArchived;
}

/** Curation notes and the reason for a decision: the pledge's own focal points and staff. */
export const canSeeCurationNotes = (viewer: Viewer, pledge: Pledge) => isStaff(viewer) || representsMember(viewer, pledge.leadMember.id);
