import type { ProgressReportStatus, Role } from '../gql/graphql.js';
import type { ReportAction } from './reports.adapter.js';

/** What the notification says once an action is taken; which actions the viewer may take, the API says. */
export const REPORT_ACTION_DONE: Record<ReportAction, string> = {
  submit: 'Report submitted for review',
  accept: "Report accepted: its figures count in the pledge's progress",
  return: 'Report returned to the pledger',
};

/** Pledgers edit their reports until submitted, and again once returned; staff fix any. */
export const canEditReport = (status: ProgressReportStatus, role: Role | undefined) =>
  role === 'ADMIN' || role === 'CURATOR' || (role === 'PLEDGER' && (status === 'DRAFT' || status === 'RETURNED'));
