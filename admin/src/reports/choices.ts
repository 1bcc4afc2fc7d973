import type { ImplementationStatus, ProgressReportStatus, ReportingHealth } from '../gql/graphql.js';
import type { Choice } from '../reference/choices.js';

/** As `reference/choices.ts` builds its choices: a `Record` of every value keeps them in step with the schema. */
const choices = <T extends string>(names: Record<T, string>): Choice<T>[] => (Object.entries(names) as [T, string][]).map(([id, name]) => ({ id, name }));

export const progressReportStatusChoices = choices<ProgressReportStatus>({
  DRAFT: 'Draft',
  SUBMITTED: 'Waiting for review',
  RETURNED: 'Returned',
  ACCEPTED: 'Accepted',
});

export const implementationStatusChoices = choices<ImplementationStatus>({
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  DELAYED: 'Delayed',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
});

export const reportingHealthChoices = choices<ReportingHealth>({
  REPORTED: 'Reported',
  DUE: 'Report due',
  OVERDUE: 'Overdue',
  CLOSED: 'Closed',
});

export const choiceName = <T extends string>(list: readonly Choice<T>[], id: T | null | undefined): string => (id ? (list.find((c) => c.id === id)?.name ?? id) : '—');
