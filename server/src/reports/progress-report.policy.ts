import { hasRole, isStaff, representsMember, Role, type Viewer } from '../common/viewer.js';
import { PledgeStatus, type Pledge } from '../pledges/pledge.entity.js';
import { ProgressReportStatus, type ProgressReport } from './progress-report.entity.js';

/** Staff see every report; pledgers their members' reports; anyone else accepted reports of published pledges. */
export function canViewReport(viewer: Viewer, report: ProgressReport, pledge: Pledge): boolean {
  if (isStaff(viewer) || representsMember(viewer, pledge.leadMember.id)) return true;
  return report.status === ProgressReportStatus.ACCEPTED && !report.isArchived && pledge.status === PledgeStatus.PUBLISHED && !pledge.isArchived;
}

/** Who reports on a pledge: staff, and the pledgers of its lead member. */
export const canReportOn = (viewer: Viewer, pledge: Pledge) =>
  isStaff(viewer) || (hasRole(viewer, Role.PLEDGER) && representsMember(viewer, pledge.leadMember.id));

/** Staff fix any report; pledgers edit theirs until submitted, and again when returned. */
export const canEditReport = (viewer: Viewer, report: ProgressReport, pledge: Pledge) =>
  isStaff(viewer) || (canReportOn(viewer, pledge) && report.isEditableByPledger && !report.isArchived);
