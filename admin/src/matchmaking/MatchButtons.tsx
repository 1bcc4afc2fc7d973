import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useDataProvider, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { ReasonDialog } from '../pledges/ReasonDialog.js';
import { useRunAction } from '../reports/useRunAction.js';
import { AmountDialog } from './AmountDialog.js';
import type { MatchAction, MatchRecord } from './matches.adapter.js';
import { useViewer } from './useViewer.js';
import { availableMatchActions, MATCH_ACTIONS } from './workflow.js';

const pairOf = (match: MatchRecord) => `${match.pledge.title} for ${match.need.title}`;

/** The match in context's next steps for the viewer: accept (amount adjustable), confirm, start, close, decline with a reason. */
export function MatchButtons() {
  const match = useRecordContext<MatchRecord>();
  const viewer = useViewer();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { busy, run } = useRunAction();
  const [asking, setAsking] = useState<'accept' | 'decline' | undefined>();

  if (!match) return null;
  const actions = availableMatchActions(match, viewer);
  if (!actions.length) return null;

  const transition = (action: MatchAction, extra: { amountUsd?: string; reason?: string } = {}) =>
    run(
      async () => {
        const { data } = await dataProvider.transitionMatch({ id: match.id, action, expectedVersion: match.version, ...extra });
        if (action === 'confirm') return data.status === 'AGREED' ? 'Match agreed by both sides' : "Confirmation recorded: the other side's is awaited";
        return MATCH_ACTIONS[action].done;
      },
      () => setAsking(undefined),
    );

  const ask = (action: MatchAction) => {
    if (action === 'decline' || (action === 'accept' && match.amountUsd)) setAsking(action);
    else void transition(action);
  };

  return (
    <Stack direction="row" spacing={1} onClick={(event) => event.stopPropagation()}>
      {actions.map((action) => (
        <Button key={action} size="small" variant={action === 'decline' ? 'outlined' : 'contained'} color={action === 'decline' ? 'error' : 'primary'} disabled={busy} onClick={() => ask(action)}>
          {MATCH_ACTIONS[action].label}
        </Button>
      ))}
      {asking === 'accept' && match.amountUsd && (
        <AmountDialog
          title={`Accept ${pairOf(match)}`}
          description="The amount is committed against the pledge's value and the need's gap; adjust it if the sides agreed on another."
          confirmLabel="Accept"
          busy={busy}
          initialAmount={match.amountUsd}
          onCancel={() => setAsking(undefined)}
          onConfirm={(amountUsd) => void transition('accept', { amountUsd })}
        />
      )}
      <ReasonDialog
        open={asking === 'decline'}
        title={`Decline ${pairOf(match)}: why?`}
        confirmLabel="Decline"
        description="The pledger and the country's focal points will see this reason; it is also kept in the audit trail."
        busy={busy}
        onCancel={() => setAsking(undefined)}
        onConfirm={(reason) => void transition('decline', { reason })}
      />
    </Stack>
  );
}
