import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useDataProvider, useGetIdentity, usePermissions, useRecordContext } from 'react-admin';
import type { Identity, Permissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { ReasonDialog } from '../pledges/ReasonDialog.js';
import { useRunAction } from '../reports/useRunAction.js';
import type { CountryNeedRecord, NeedAction } from './needs.adapter.js';
import { availableNeedActions, NEED_ACTIONS } from './workflow.js';

/** Submit (its government or staff), approve, request changes, reject (staff), withdraw, as the need's status allows. */
export function NeedWorkflowButtons() {
  const need = useRecordContext<CountryNeedRecord>();
  const { permissions } = usePermissions<Permissions>();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { busy, run } = useRunAction();
  const [asking, setAsking] = useState<NeedAction | undefined>();

  if (!need) return null;
  const actions = availableNeedActions(need, permissions, (identity as Identity | undefined)?.memberIds ?? []);
  if (!actions.length) return null;

  const transition = (action: NeedAction, reason?: string) =>
    run(
      async () => {
        await dataProvider.transitionCountryNeed({ id: need.id, action, expectedVersion: need.version, reason });
        return NEED_ACTIONS[action].done;
      },
      () => setAsking(undefined),
    );

  return (
    <Stack direction="row" spacing={1}>
      {actions.map((action) => (
        <Button
          key={action}
          size="small"
          variant={action === 'submit' || action === 'approve' ? 'contained' : 'outlined'}
          color={action === 'reject' || action === 'withdraw' ? 'error' : 'primary'}
          disabled={busy}
          onClick={() => (NEED_ACTIONS[action].needsReason ? setAsking(action) : void transition(action))}
        >
          {NEED_ACTIONS[action].label}
        </Button>
      ))}
      <ReasonDialog
        open={asking !== undefined}
        title={asking ? `${NEED_ACTIONS[asking].label}: why?` : ''}
        confirmLabel={asking ? NEED_ACTIONS[asking].label : ''}
        description="The government's focal points will see this reason; it is also kept in the audit trail."
        busy={busy}
        onCancel={() => setAsking(undefined)}
        onConfirm={(reason) => asking && void transition(asking, reason)}
      />
    </Stack>
  );
}
