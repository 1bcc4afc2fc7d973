import { useDataProvider, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { WorkflowButtons, type PromptControls } from '../ui/WorkflowButtons.js';
import { AmountDialog } from './AmountDialog.js';
import type { MatchAction, MatchRecord } from './matches.adapter.js';
import { MATCH_ACTION_DONE } from './workflow.js';

const pairOf = (match: MatchRecord) => `${match.pledge.title} for ${match.need.title}`;

/** The match in context's next steps the API offers the viewer: accept (amount adjustable), confirm, start, close, decline with a reason. */
export function MatchButtons() {
  const match = useRecordContext<MatchRecord>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  if (!match) return null;

  const take = async (action: MatchAction, extra: { amountUsd?: string; reason?: string } = {}) => {
    const { data } = await dataProvider.transitionMatch({ id: match.id, action, expectedVersion: match.version, ...extra });
    if (action === 'confirm') return data.status === 'AGREED' ? 'Match agreed by both sides' : "Confirmation recorded: the other side's is awaited";
    return MATCH_ACTION_DONE[action];
  };

  // A financial suggestion is taken up at an amount the organizer may adjust.
  const prompts = match.amountUsd
    ? {
        propose: ({ busy, cancel, run }: PromptControls) => (
          <AmountDialog
            title={`Accept ${pairOf(match)}`}
            description="The amount is committed against the pledge's value and the need's gap; adjust it if the sides agreed on another."
            confirmLabel="Accept"
            busy={busy}
            initialAmount={match.amountUsd!}
            onCancel={cancel}
            onConfirm={(amountUsd) => run(() => take('propose', { amountUsd }))}
          />
        ),
      }
    : {};

  return (
    <WorkflowButtons
      actions={match.availableActions}
      take={(action, reason) => take(action, { reason })}
      prompts={prompts}
      reasonTitle={(label) => `${label} ${pairOf(match)}: why?`}
      reasonReadBy="The pledger and the country's focal points will see this reason; it is also kept in the audit trail."
    />
  );
}
