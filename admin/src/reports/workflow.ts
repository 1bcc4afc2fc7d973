import type { ReportAction } from './reports.adapter.js';

/** What the notification says once an action is taken; which actions the viewer may take, the API says. */
export const REPORT_ACTION_DONE: Record<ReportAction, string> = {
  submit: 'Report submitted for review',
  accept: "Report accepted: its figures count in the pledge's progress",
  return: 'Report returned to the pledger',
};
