import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useCloseNotification, useDataProvider, useListContext, useNotify, useRefresh, type Identifier } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { ReasonDialog } from '../pledges/ReasonDialog.js';
import type { BulkDecision, CurationItem, DecisionOutcome } from './curation.adapter.js';

const DONE: Record<BulkDecision, string> = { approve: 'Approved', requestChanges: 'Returned for changes', reject: 'Rejected' };

/** The decisions that take a reason (the pledgers read it): how the dialog asks for it. */
const ASKS: Record<Exclude<BulkDecision, 'approve'>, { verb: string; confirm: string }> = {
  requestChanges: { verb: 'Request changes to', confirm: 'Request changes' },
  reject: { verb: 'Reject', confirm: 'Reject' },
};

interface SummaryProps {
  action: BulkDecision;
  outcomes: readonly DecisionOutcome[];
  titles: ReadonlyMap<string, string>;
}

/** How a bulk decision went: how many were applied, and each failure with its reason. */
function DecisionSummary({ action, outcomes, titles }: SummaryProps) {
  const close = useCloseNotification();
  const applied = outcomes.filter((o) => o.applied).length;
  const failures = outcomes.filter((o) => !o.applied);
  const severity = !failures.length ? 'success' : applied ? 'warning' : 'error';
  return (
    <Alert severity={severity} variant="filled" onClose={close} aria-label="Bulk decision" sx={{ maxWidth: 640 }}>
      <AlertTitle>
        {DONE[action]}: {applied} applied{failures.length ? `, ${failures.length} failed` : ''}
      </AlertTitle>
      {failures.length ? (
        <Box component="ul" sx={{ m: 0, pl: 2 }}>
          {failures.map((f) => (
            <li key={f.id}>
              {titles.get(f.id) ?? f.id}: {f.error?.message ?? 'not applied'}
            </li>
          ))}
        </Box>
      ) : null}
    </Alert>
  );
}

/**
 * Approve, return for changes or reject the selected pledges in one request each, with the versions the curator saw:
 * each is decided on its own, and the notification tells what was applied and what failed, and why.
 */
export function BulkDecisionButtons() {
  const { selectedIds, data, onUnselectItems } = useListContext<CurationItem>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  // Kept once the dialog closes, so that its title does not change while it fades out.
  const [reasonFor, setReasonFor] = useState<keyof typeof ASKS>('reject');

  /** The selected rows as listed; rows selected on another page are loaded (with their current version). */
  const selectedRecords = async (ids: readonly Identifier[]) => {
    const known = new Map<Identifier, CurationItem>((data ?? []).map((r) => [r.id, r]));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) for (const r of (await dataProvider.getMany<CurationItem>('curationQueue', { ids: missing.map(String) })).data) known.set(r.id, r);
    return ids.map((id) => known.get(id) ?? { id: String(id) });
  };

  const decide = async (action: BulkDecision, reason?: string) => {
    setBusy(true);
    try {
      const records = await selectedRecords(selectedIds);
      const items = records.map((r) => ({ id: r.id, expectedVersion: 'version' in r ? r.version : undefined }));
      const { data: outcomes } = await dataProvider.decidePledges({ action, items, reason });
      const titles = new Map(records.flatMap((r) => ('title' in r ? [[r.id, r.title] as const] : [])));
      const failed = outcomes.some((o) => !o.applied);
      // Failures stay on screen until closed, so that they can be read; a clean run goes by itself.
      notify(<DecisionSummary action={action} outcomes={outcomes} titles={titles} />, { type: failed ? 'warning' : 'success', autoHideDuration: failed ? null : 8000 });
      setAsking(false);
      onUnselectItems();
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The decision failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const count = selectedIds.length;
  const ask = ASKS[reasonFor];
  const askFor = (decision: keyof typeof ASKS) => {
    setReasonFor(decision);
    setAsking(true);
  };
  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" variant="contained" disabled={busy} onClick={() => void decide('approve')}>
        Approve
      </Button>
      <Button size="small" variant="outlined" disabled={busy} onClick={() => askFor('requestChanges')}>
        Request changes
      </Button>
      <Button size="small" variant="outlined" color="error" disabled={busy} onClick={() => askFor('reject')}>
        Reject
      </Button>
      <ReasonDialog
        open={asking}
        title={`${ask.verb} ${count === 1 ? '1 pledge' : `${count} pledges`}: why?`}
        confirmLabel={ask.confirm}
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={(reason) => void decide(reasonFor, reason)}
      />
    </Stack>
  );
}
