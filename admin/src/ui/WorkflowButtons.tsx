import { useState, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { ReasonDialog } from '../pledges/ReasonDialog.js';
import { useRunAction } from '../reports/useRunAction.js';

/** A transition the API says the viewer may take on the record (its `availableActions`). */
export interface AvailableAction<A extends string> {
  action: A;
  label: string;
  reasonRequired: boolean;
}

export interface PromptControls {
  busy: boolean;
  cancel(): void;
  /** Takes the action as the prompt completed it; resolves to what the notification says. */
  run(take: () => Promise<string>): void;
}

interface WorkflowButtonsProps<A extends string> {
  actions: readonly AvailableAction<A>[] | null | undefined;
  /** Takes the action through the API; resolves to what the notification says. */
  take(action: A, reason?: string): Promise<string>;
  /** Who reads the reason, for the reason dialog (by default the pledger). */
  reasonReadBy?: string;
  /** The reason dialog's title, when "<label>: why?" would not say which record. */
  reasonTitle?(label: string): string;
  /** Actions that ask something other than a reason before they are taken (a match's amount): their dialog. */
  prompts?: Partial<Record<A, (controls: PromptControls) => ReactNode>>;
}

/**
 * The record's workflow actions, as the API lists them for the viewer: the
 * same table the mutations enforce decides which buttons show, so none is
 * offered that the server would refuse. A required reason is asked first.
 */
export function WorkflowButtons<A extends string>({ actions, take, reasonReadBy, reasonTitle, prompts = {} }: WorkflowButtonsProps<A>) {
  const { busy, run } = useRunAction();
  const [asking, setAsking] = useState<AvailableAction<A> | undefined>();
  if (!actions?.length) return null;

  const cancel = () => setAsking(undefined);
  const runThenClose = (step: () => Promise<string>) => void run(step, cancel);
  const prompt = asking && prompts[asking.action];

  return (
    <Stack direction="row" spacing={1} onClick={(event) => event.stopPropagation()}>
      {actions.map((available) => (
        <Button
          key={available.action}
          size="small"
          variant={available.reasonRequired ? 'outlined' : 'contained'}
          disabled={busy}
          onClick={() => (available.reasonRequired || prompts[available.action] ? setAsking(available) : runThenClose(() => take(available.action)))}
        >
          {available.label}
        </Button>
      ))}
      {prompt?.({ busy, cancel, run: runThenClose })}
      <ReasonDialog
        open={Boolean(asking?.reasonRequired)}
        title={asking ? (reasonTitle?.(asking.label) ?? `${asking.label}: why?`) : ''}
        confirmLabel={asking?.label ?? ''}
        description={reasonReadBy}
        busy={busy}
        onCancel={cancel}
        onConfirm={(reason) => asking && runThenClose(() => take(asking.action, reason))}
      />
    </Stack>
  );
}
