import { isStaff, type Viewer } from '../common/viewer.js';
import type { Pledge } from '../pledges/pledge.entity.js';
import { speaksForPledge } from '../pledges/pledge.policy.js';
import type { ProgressReport } from './progress-report.entity.js';

/** Who reports on a pledge: staff, and the pledgers of its lead member. */
export const canReportOn = (viewer: Viewer, pledge: Pledge) => isStaff(viewer) || speaksForPledge(viewer, pledge);

/** Staff fix any report; pledgers edit theirs until submitted, and again when returned. */
export const canEditReport = (viewer: Viewer, report: ProgressReport, pledge: Pledge) =>
  isStaff(viewer) || (canReportOn(viewer, pledge) && report.isEditableByPledger && !report.isArchived);
