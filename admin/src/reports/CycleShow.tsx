import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { DateField, FunctionField, NumberField, Show, SimpleShowLayout, TopToolbar, useRecordContext } from 'react-admin';
import { AuditHistory } from '../audit/index.js';
import { RateBars, type RateRow } from '../dashboard/charts.js';
import { formatCount, formatShare } from '../dashboard/format.js';
import { CycleButtons } from './CycleButtons.js';
import type { ReportingCycleRecord } from './cycles.adapter.js';
import { rateRowsOf } from './rates.js';

const Title = () => {
  const cycle = useRecordContext<ReportingCycleRecord>();
  return <span>Reporting cycle{cycle ? ` ${cycle.year}` : ''}</span>;
};

const Actions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <CycleButtons />
  </TopToolbar>
);

function Breakdown({ title, rows }: { title: string; rows: RateRow[] }) {
  return (
    <Grid size={{ xs: 12, md: 4 }} component="section" aria-label={title}>
      <Typography variant="subtitle1" component="h3">
        {title}
      </Typography>
      <RateBars rows={rows} labelWidth={150} />
    </Grid>
  );
}

/** Its reporting rate by lead member sector, focus area and pledge type. */
function Breakdowns() {
  const cycle = useRecordContext<ReportingCycleRecord>();
  if (!cycle) return null;
  const rates = rateRowsOf(cycle.stats);
  return (
    <Grid container spacing={2} sx={{ px: 2, pb: 2 }}>
      <Breakdown title="By lead member sector" rows={rates.sectors} />
      <Breakdown title="By focus area" rows={rates.focusAreas} />
      <Breakdown title="By pledge type" rows={rates.types} />
    </Grid>
  );
}

/** A reporting year: when reports are due, how well it was answered; reminders and closing from the toolbar while it is open. */
export const CycleShow = () => (
  <Show title={<Title />} actions={<Actions />}>
    <SimpleShowLayout>
      <NumberField source="year" label="Reporting year" options={{ useGrouping: false }} />
      <DateField source="dueOn" label="Reports due on" />
      <FunctionField<ReportingCycleRecord> label="State" render={(c) => (c.isOpen ? 'Open to pledgers' : 'Closed')} />
      <DateField source="openedAt" label="Opened on" showTime />
      <DateField source="closedAt" label="Closed on" showTime emptyText="—" />
      <FunctionField<ReportingCycleRecord>
        label="Reporting rate"
        render={({ stats }) => `${formatShare(stats.rate)}: ${formatCount(stats.reported)} of ${formatCount(stats.owed)} pledges reported on, ${formatCount(stats.accepted)} accepted`}
      />
      <FunctionField<ReportingCycleRecord> label="Entities" render={({ stats }) => `${formatCount(stats.entitiesReported)} of ${formatCount(stats.entitiesOwing)} reported`} />
    </SimpleShowLayout>
    <Breakdowns />
    <AuditHistory />
  </Show>
);
