import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useDataProvider, usePermissions, useRecordContext } from 'react-admin';
import type { Permissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { ReasonDialog } from '../pledges/ReasonDialog.js';
import type { ProgressReportRecord, ReportAction } from './reports.adapter.js';
import { useRunAction } from './useRunAction.js';
import { availableReportActions, REPORT_ACTIONS } from './workflow.js';

/** Submit (pledgers and staff), accept or return with a reason (staff), as the report's status allows. */
export function ReportWorkflowButtons() {
  const report = useRecordContext<ProgressReportRecord>();
  const { permissions } = usePermissions<Permissions>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { busy, run } = useRunAction();
  const [returning, setReturning] = useState(false);

  if (!report || report.archivedAt) return null;
  const actions = availableReportActions(report.status, permissions);
  if (!actions.length) return null;

  const transition = (action: ReportAction, reason?: string) =>
    run(
      async () => {
        await dataProvider.transitionProgressReport({ id: report.id, action, expectedVersion: report.version, reason });
        return REPORT_ACTIONS[action].done;
      },
      () => setReturning(false),
    );

  return (
    <Stack direction="row" spacing={1}>
      {actions.map((action) => (
        <Button
          key={action}
          size="small"
          variant={action === 'return' ? 'outlined' : 'contained'}
          disabled={busy}
          onClick={() => (REPORT_ACTIONS[action].needsReason ? setReturning(true) : void transition(action))}
        >
          {REPORT_ACTIONS[action].label}
        </Button>
      ))}
      <ReasonDialog
        open={returning}
        title="Return the report: why?"
        confirmLabel="Return"
        description="The pledger will see this reason, correct the report and submit it again; it is also kept in the audit trail."
        busy={busy}
        onCancel={() => setReturning(false)}
        onConfirm={(reason) => void transition('return', reason)}
      />
    </Stack>
  );
}
