import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useDataProvider, useNotify, usePermissions, useRecordContext, useRefresh } from 'react-admin';
import type { Permissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import type { PledgeAction, PledgeRecord } from './pledges.adapter.js';
import { ACTIONS, availableActions } from './workflow.js';
import { ReasonDialog } from './ReasonDialog.js';

/** Submit, approve, request changes, reject or withdraw, as the pledge's status and the viewer's role allow. */
export function PledgeWorkflowButtons() {
  const pledge = useRecordContext<PledgeRecord>();
  const { permissions } = usePermissions<Permissions>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<PledgeAction | undefined>();

  if (!pledge || pledge.archivedAt) return null;
  const actions = availableActions(pledge.status, permissions);
  if (!actions.length) return null;

  const run = async (action: PledgeAction, reason?: string) => {
    setBusy(true);
    try {
      await dataProvider.transitionPledge({ id: pledge.id, action, expectedVersion: pledge.version, reason });
      notify(ACTIONS[action].done, { type: 'success' });
      setAsking(undefined);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The action failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" spacing={1}>
      {actions.map((action) => (
        <Button
          key={action}
          size="small"
          variant={action === 'submit' || action === 'approve' ? 'contained' : 'outlined'}
          color={action === 'reject' || action === 'withdraw' ? 'error' : 'primary'}
          disabled={busy}
          onClick={() => (ACTIONS[action].needsReason ? setAsking(action) : void run(action))}
        >
          {ACTIONS[action].label}
        </Button>
      ))}
      <ReasonDialog
        open={asking !== undefined}
        title={asking ? `${ACTIONS[asking].label}: why?` : ''}
        confirmLabel={asking ? ACTIONS[asking].label : ''}
        busy={busy}
        onCancel={() => setAsking(undefined)}
        onConfirm={(reason) => asking && void run(asking, reason)}
      />
    </Stack>
  );
}
