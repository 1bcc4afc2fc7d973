import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReportingHealth } from '../gql/graphql.js';
import { implementationStatusChoices } from '../reports/choices.js';
import { rateRowsOf } from '../reports/rates.js';
import { PledgedDisbursedBars, RateBars, type PledgedDisbursed } from './charts.js';
import type { DashboardData } from './dashboard.query.js';
import { formatCount, formatPledges, formatShare, formatUsd } from './format.js';
import { Panel } from './panels.js';

type Cycle = DashboardData['reportingCycles'][number];

/** Pledged against disbursed for the pledges of each implementation status (as their latest accepted report says). */
function moneyRowsOf(data: DashboardData): PledgedDisbursed[] {
  const byStatus = new Map(data.byImplementation.groups.map((g) => [g.key.implementationStatus, g]));
  return implementationStatusChoices.flatMap(({ id, name }) => {
    const group = byStatus.get(id);
    return group ? [{ id, label: name, pledged: Number(group.sumUsd), disbursed: Number(group.disbursedUsd) }] : [];
  });
}

/** The chips' words after a count: "3 overdue", "12 owing a report"... */
const HEALTHS: Readonly<Record<ReportingHealth, string>> = { OVERDUE: 'overdue', DUE: 'owing a report', REPORTED: 'reported', CLOSED: 'closed' };

/** How many published pledges are in each reporting state; for staff, a chip opens those owing a report. */
function HealthChips({ data, onOpen }: { data: DashboardData; onOpen?: (health: ReportingHealth) => void }) {
  const counts = new Map(data.byReportingHealth.groups.map((g) => [g.key.reportingHealth, g.count]));
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mt: 1.5 }}>
      {(Object.entries(HEALTHS) as [ReportingHealth, string][]).map(([health, words]) => {
        const owing = health === 'OVERDUE' || health === 'DUE';
        return (
          <Chip
            key={health}
            size="small"
            color={health === 'OVERDUE' && counts.get(health) ? 'error' : 'default'}
            label={`${formatCount(counts.get(health) ?? 0)} ${words}`}
            onClick={onOpen && owing ? () => onOpen(health) : undefined}
          />
        );
      })}
    </Stack>
  );
}

function LatestCycle({ cycle }: { cycle: Cycle }) {
  const { stats } = cycle;
  return (
    <>
      <Typography variant="h4" component="p" sx={{ fontWeight: 600 }}>
        {formatShare(stats.rate)}
      </Typography>
      <LinearProgress variant="determinate" value={Math.min(stats.rate * 100, 100)} aria-label="Share of the pledges owing a report that reported" sx={{ height: 10, borderRadius: 5, my: 1 }} />
      <Typography variant="body2">
        {formatCount(stats.reported)} of {formatPledges(stats.owed)} reported on, by {formatCount(stats.entitiesReported)} of {formatCount(stats.entitiesOwing)} entities
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {formatCount(stats.accepted)} accepted by curators
      </Typography>
    </>
  );
}

/**
 * The reporting row of the dashboard: the latest cycle's rate, overall and by focus area, sector and pledge type,
 * and the money pledged against what the accepted reports say was disbursed.
 */
export function ReportingPanels({ data, onOpenHealth }: { data: DashboardData; onOpenHealth?: (health: ReportingHealth) => void }) {
  const cycle = data.reportingCycles[0];
  const rates = cycle && rateRowsOf(cycle.stats);
  const s = data.stats;
  return (
    <>
      <Grid size={{ xs: 12, md: 4 }}>
        <Panel
          title={cycle ? `Reporting rate, ${cycle.year} cycle` : 'Reporting rate'}
          subtitle={cycle ? (cycle.isOpen ? `Open: reports are due on ${cycle.dueOn}` : 'Closed') : 'No reporting cycle has been opened yet'}
        >
          {cycle ? <LatestCycle cycle={cycle} /> : null}
          <HealthChips data={data} onOpen={onOpenHealth} />
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, md: 8 }}>
        <Panel title="Reporting rate by focus area" subtitle="A pledge counts in each of its focus areas">
          <RateBars rows={rates?.focusAreas ?? []} labelWidth={200} />
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Panel title="Reporting rate by sector" subtitle="The sector of the lead member">
          <RateBars rows={rates?.sectors ?? []} labelWidth={170} />
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Panel title="Reporting rate by pledge type">
          <RateBars rows={rates?.types ?? []} labelWidth={110} />
        </Panel>
      </Grid>
      <Grid size={{ xs: 12, md: 4 }}>
        <Panel
          title="Pledged and disbursed by implementation status"
          subtitle={`${formatUsd(s.disbursedUsd)} disbursed (${formatShare(s.disbursedShare)} of pledged) · ${formatCount(s.peopleReached)} people reached`}
        >
          <PledgedDisbursedBars rows={moneyRowsOf(data)} />
        </Panel>
      </Grid>
    </>
  );
}
