import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { Confirm, useDataProvider, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import type { ReportingCycleRecord } from './cycles.adapter.js';
import { useRunAction } from './useRunAction.js';

const pledges = (n: number) => (n === 1 ? '1 pledge' : `${n} pledges`);

/** For an open cycle: remind the pledgers still owing a report (at most weekly per pledge), or close it to pledgers. */
export function CycleButtons() {
  const cycle = useRecordContext<ReportingCycleRecord>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { busy, run } = useRunAction();
  const [closing, setClosing] = useState(false);

  if (!cycle?.isOpen) return null;

  const remind = () =>
    run(async () => {
      const { data } = await dataProvider.sendReportingReminders({ id: cycle.id });
      return data ? `Reminders sent for ${pledges(data)}` : 'No reminder to send: every pledge owing a report was reminded in the last 7 days';
    });
  const close = () =>
    run(async () => {
      await dataProvider.closeReportingCycle({ id: cycle.id, expectedVersion: cycle.version });
      return `The ${cycle.year} cycle is closed`;
    });

  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" variant="contained" disabled={busy} onClick={() => void remind()}>
        Send reminders
      </Button>
      <Button size="small" variant="outlined" color="error" disabled={busy} onClick={() => setClosing(true)}>
        Close the cycle
      </Button>
      <Confirm
        isOpen={closing}
        loading={busy}
        title={`Close the ${cycle.year} reporting cycle?`}
        content="Pledgers will no longer be able to start reports for this year; curators still can."
        onConfirm={() => void close().finally(() => setClosing(false))}
        onClose={() => setClosing(false)}
      />
    </Stack>
  );
}
