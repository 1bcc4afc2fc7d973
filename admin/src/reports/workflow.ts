import type { ProgressReportStatus, Role } from '../gql/graphql.js';
import type { ActionDescription } from '../pledges/workflow.js';
import type { ReportAction } from './reports.adapter.js';

export const REPORT_ACTIONS: Record<ReportAction, ActionDescription> = {
  submit: { label: 'Submit', done: 'Report submitted for review', needsReason: false },
  accept: { label: 'Accept', done: "Report accepted: its figures count in the pledge's progress", needsReason: false },
  return: { label: 'Return', done: 'Report returned to the pledger', needsReason: true },
};

/** The transitions the API allows from a status to a role (it checks again, including that a pledger represents the lead member). */
export function availableReportActions(status: ProgressReportStatus, role: Role | undefined): ReportAction[] {
  const staff = role === 'ADMIN' || role === 'CURATOR';
  switch (status) {
    case 'DRAFT':
    case 'RETURNED':
      return staff || role === 'PLEDGER' ? ['submit'] : [];
    case 'SUBMITTED':
      return staff ? ['accept', 'return'] : [];
    case 'ACCEPTED':
      return [];
  }
}

/** Pledgers edit their reports until submitted, and again once returned; staff fix any. */
export const canEditReport = (status: ProgressReportStatus, role: Role | undefined) =>
  role === 'ADMIN' || role === 'CURATOR' || (role === 'PLEDGER' && (status === 'DRAFT' || status === 'RETURNED'));
