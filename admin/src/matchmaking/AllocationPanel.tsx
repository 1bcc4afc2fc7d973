import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { useDataProvider, useRecordContext } from 'react-admin';
import type { MatchStatus } from '../gql/graphql.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { formatCount } from '../dashboard/format.js';
import { useRunAction } from '../reports/useRunAction.js';
import { MatchesSection } from './MatchesSection.js';
import type { AllocationRun, RoundtableRecord } from './roundtables.adapter.js';
import { useRunsRoundtable } from './useRunsRoundtable.js';

const number = (value: number, digits = 0) => new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value);

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Grid size={{ xs: 6, md: 2.4 }}>
      <Typography variant="caption" color="text.secondary" component="p">
        {label}
      </Typography>
      <Typography variant="body1" aria-label={label}>
        {value}
      </Typography>
    </Grid>
  );
}

/** What the last run in this page found: how much it allocated, out of how many pairs, how fast. */
function RunFigures({ run }: { run: AllocationRun }) {
  const allocated = run.matches.reduce((sum, m) => sum + Number(m.amountUsd ?? 0), 0);
  return (
    <Grid container spacing={2} component="section" aria-label="Allocation run" sx={{ my: 1 }}>
      <Figure label="Matches suggested" value={formatCount(run.matches.length)} />
      <Figure label="USD allocated" value={`USD ${number(allocated)}`} />
      <Figure label="Candidate pairs" value={formatCount(run.candidatePairs)} />
      <Figure label="Objective (Σ score × USD)" value={number(run.financialObjective)} />
      <Figure label="Solved in" value={`${number(run.solveMs, 1)} ms`} />
    </Grid>
  );
}

/** The roundtable's matches in some statuses, with their actions. */
export function RoundtableMatches({ title, statuses, empty }: { title: string; statuses: MatchStatus[]; empty: string }) {
  const record = useRecordContext<RoundtableRecord>();
  return record ? <MatchesSection title={title} filter={{ roundtable: record.id, status: statuses }} empty={empty} /> : null;
}

/**
 * Runs the allocation (those who run the roundtable): the best use of the pledges' remaining value for the needs'
 * remaining gaps, as SUGGESTED matches replacing the earlier ones, each to accept (amount adjustable) or decline.
 */
export function AllocationPanel() {
  const record = useRecordContext<RoundtableRecord>();
  const runs = useRunsRoundtable(record);
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { busy, run } = useRunAction();
  const [result, setResult] = useState<AllocationRun | undefined>();
  if (!record?.roundtable) return null;

  const allocate = () =>
    run(async () => {
      const { data } = await dataProvider.runAllocation({ id: record.id });
      setResult(data);
      return `The allocation suggests ${data.matches.length === 1 ? '1 match' : `${data.matches.length} matches`}`;
    });

  return (
    <>
      <Box sx={{ px: 2, pb: 1 }}>
        {runs && (
          <Button variant="contained" disabled={busy || !record.roundtable.needs?.length} onClick={() => void allocate()}>
            Run allocation
          </Button>
        )}
        {result && <RunFigures run={result} />}
      </Box>
      <RoundtableMatches title="Suggested matches" statuses={['SUGGESTED']} empty="No suggestion: run the allocation." />
    </>
  );
}
