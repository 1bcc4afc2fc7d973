import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link, useCreatePath, useRecordContext } from 'react-admin';
import { formatCount } from '../dashboard/format.js';
import { CoverageBar } from './CoverageBar.js';
import type { CoverageFigures, RoundtableRecord } from './roundtables.adapter.js';

/** The pledges matched at the roundtable: what committed matches (at any roundtable) take of each one's value. */
function PledgeAllocations({ record }: { record: RoundtableRecord }) {
  const createPath = useCreatePath();
  const pledges = record.roundtable?.pledges ?? [];
  return (
    <Grid size={{ xs: 12, lg: 6 }} component="section" aria-label="Pledge allocations">
      <Typography variant="subtitle1" component="h3">
        Pledge allocations
      </Typography>
      {pledges.length ? (
        <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0, gap: 1 }}>
          {pledges.map((p) => (
            <Stack component="li" key={p.pledge.id} aria-label={p.pledge.title} sx={{ gap: 0.25 }}>
              <Link to={createPath({ resource: 'pledges', id: p.pledge.id, type: 'show' })}>
                {p.pledge.title}{' '}
                <Typography component="span" variant="caption" color="text.secondary">
                  ({p.pledge.leadMember.name})
                </Typography>
              </Link>
              <CoverageBar label={`Allocation of ${p.pledge.title}`} allocatedUsd={p.allocatedUsd} totalUsd={p.valueUsd} share={p.share} of="pledged" />
            </Stack>
          ))}
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          No pledge matched here yet.
        </Typography>
      )}
    </Grid>
  );
}

function Totals<R extends CoverageFigures>({ title, rows, name }: { title: string; rows: readonly R[]; name: (row: R) => string }) {
  return (
    <Box component="section" aria-label={title} sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h3">
        {title}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell align="right">Needs</TableCell>
            <TableCell>Covered</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={name(row)}>
              <TableCell component="th" scope="row">
                {name(row)}
              </TableCell>
              <TableCell align="right">{formatCount(row.needs)}</TableCell>
              <TableCell>
                <CoverageBar label={`Coverage in ${name(row)}`} allocatedUsd={row.allocatedUsd} totalUsd={row.gapUsd} share={row.coverage} of="needed" />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** Where the money goes: per pledge, and the needs' gaps against their allocations per country and per focus area. */
export function Allocations() {
  const record = useRecordContext<RoundtableRecord>();
  const view = record?.roundtable;
  if (!record || !view?.needs) return null;
  const byFocusArea = [...(view.byFocusArea ?? [])].sort((a, b) => (a.focusArea?.position ?? 0) - (b.focusArea?.position ?? 0));
  return (
    <Grid container spacing={3} sx={{ px: 2, pb: 2 }}>
      <PledgeAllocations record={record} />
      <Grid size={{ xs: 12, lg: 6 }}>
        <Totals title="By country" rows={view.byCountry ?? []} name={(row) => row.country?.name ?? '—'} />
        <Totals title="By focus area" rows={byFocusArea} name={(row) => row.focusArea?.name ?? '—'} />
      </Grid>
    </Grid>
  );
}
