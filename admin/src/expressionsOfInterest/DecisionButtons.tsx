import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useDataProvider, useNotify, usePermissions, useRecordContext, useRefresh } from 'react-admin';
import { isStaff, type Permissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { ReasonDialog } from '../pledges/ReasonDialog.js';
import type { ExpressionOfInterestDecision, ExpressionOfInterestRecord } from './expressionsOfInterest.adapter.js';

/**
 * Accept (creating the member, its focal point and an invited pledger account) or decline with a reason,
 * for pending requests. Deciding twice (someone else was quicker) is refused by the API, and said so.
 */
export function DecisionButtons() {
  const request = useRecordContext<ExpressionOfInterestRecord>();
  const { permissions } = usePermissions<Permissions>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);

  if (!request || request.status !== 'PENDING' || !isStaff(permissions)) return null;

  const decide = async (action: ExpressionOfInterestDecision, reason?: string) => {
    setBusy(true);
    try {
      const { data } = await dataProvider.decideExpressionOfInterest({ id: request.id, action, reason });
      notify(action === 'accept' ? `Accepted: ${data.member?.name ?? request.organizationName} is now a member, and its contact is invited` : 'Declined: the contact is told why', {
        type: 'success',
      });
      setAsking(false);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The decision failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" variant="contained" disabled={busy} onClick={() => void decide('accept')}>
        Accept
      </Button>
      <Button size="small" variant="outlined" color="error" disabled={busy} onClick={() => setAsking(true)}>
        Decline
      </Button>
      <ReasonDialog
        open={asking}
        title={`Decline ${request.organizationName}: why?`}
        confirmLabel="Decline"
        description="The contact receives this reason by e-mail; it is also kept in the audit trail."
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={(reason) => void decide('decline', reason)}
      />
    </Stack>
  );
}
