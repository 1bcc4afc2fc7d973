import { useDataProvider, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { WorkflowButtons } from '../ui/WorkflowButtons.js';
import type { ProgressReportRecord, ReportAction } from './reports.adapter.js';
import { REPORT_ACTION_DONE } from './workflow.js';

/** The report's workflow actions the API offers the viewer: submit, accept, or return with a reason. */
export function ReportWorkflowButtons() {
  const report = useRecordContext<ProgressReportRecord>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  if (!report) return null;
  const take = async (action: ReportAction, reason?: string) => {
    await dataProvider.transitionProgressReport({ id: report.id, action, expectedVersion: report.version, reason });
    return REPORT_ACTION_DONE[action];
  };
  return (
    <WorkflowButtons
      actions={report.availableActions}
      take={take}
      reasonTitle={(label) => `${label} the report: why?`}
      reasonReadBy="The pledger will see this reason, correct the report and submit it again; it is also kept in the audit trail."
    />
  );
}
