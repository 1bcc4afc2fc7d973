import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CreateButton, Link, useCreatePath, useDataProvider, useGetIdentity, usePermissions, useRecordContext } from 'react-admin';
import { isStaff, type Identity, type Permissions } from '../authProvider.js';
import { formatDateTime } from '../audit/format.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { formatCount, formatShare, formatUsd } from '../dashboard/format.js';
import type { PledgeRecord } from '../pledges/pledges.adapter.js';
import { choiceName, implementationStatusChoices } from './choices.js';
import { HealthChip, ReportStatusChip } from './fields.js';
import type { PledgeProgressData } from './reports.adapter.js';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Grid size={{ xs: 12, sm: 6, md: 3 }}>
      <Typography variant="caption" color="text.secondary" component="p">
        {label}
      </Typography>
      <Typography variant="body1" component="div" aria-label={label}>
        {children}
      </Typography>
    </Grid>
  );
}

/** Disbursed so far against the value pledged, as a bar when the pledge has a value. */
function Disbursed({ progress, usdValue }: { progress: PledgeProgressData['progress']; usdValue: string | null | undefined }) {
  const share = progress.disbursedShare;
  return (
    <>
      {formatUsd(progress.disbursedUsd)}
      {usdValue ? ` of ${formatUsd(usdValue)} pledged` : ''}
      {share != null ? (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
          <LinearProgress variant="determinate" value={Math.min(share * 100, 100)} aria-label="Share of the pledged value disbursed" sx={{ flexGrow: 1, height: 8, borderRadius: 4 }} />
          <Typography variant="caption">{formatShare(share)}</Typography>
        </Stack>
      ) : null}
    </>
  );
}

/** The open cycle a report on the pledge could be started for: the latest year it has no report for. */
function reportableYear(data: PledgeProgressData): number | undefined {
  const reported = new Set(data.reports.map((r) => r.year));
  return data.cycles.filter((c) => c.isOpen && !reported.has(c.year)).sort((a, b) => b.year - a.year)[0]?.year;
}

/** For the lead member's pledgers and staff, while a cycle is open and the pledge has no report for its year: the report form, prefilled. */
function ReportButton({ pledge, data }: { pledge: PledgeRecord; data: PledgeProgressData }) {
  const { permissions } = usePermissions<Permissions>();
  const { identity } = useGetIdentity();
  const memberIds = (identity as Identity | undefined)?.memberIds ?? [];
  const year = reportableYear(data);
  const mayReport = isStaff(permissions) || (permissions === 'PLEDGER' && memberIds.includes(pledge.leadMember.id));
  if (!mayReport || year === undefined || pledge.status !== 'PUBLISHED' || pledge.archivedAt) return null;
  return <CreateButton resource="progressReports" label="Report on this pledge" variant="contained" state={{ record: { pledgeId: pledge.id, year } }} />;
}

/** The pledge's reports, the latest year first, each opening on its page. */
function Timeline({ reports }: { reports: PledgeProgressData['reports'] }) {
  const createPath = useCreatePath();
  if (!reports.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        No progress report yet.
      </Typography>
    );
  }
  return (
    <Stack component="ol" aria-label="Reports" sx={{ listStyle: 'none', p: 0, m: 0, gap: 1 }}>
      {reports.map((report) => (
        <Stack component="li" key={report.id} direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <Link to={createPath({ resource: 'progressReports', id: report.id, type: 'show' })} sx={{ fontWeight: 600 }}>
            {report.year} report
          </Link>
          <ReportStatusChip status={report.status} />
          <Typography variant="body2">{choiceName(implementationStatusChoices, report.implementationStatus)}</Typography>
          <Typography variant="body2" color="text.secondary">
            {report.submittedAt ? `submitted ${formatDateTime(report.submittedAt)}` : `last changed ${formatDateTime(report.updatedAt)}`}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
}

/**
 * How far the pledge has come, from its accepted reports, whether it is up to date with them, and its reports by year.
 * Shown once the pledge is published (or has reports).
 */
export function PledgeProgressPanel() {
  const pledge = useRecordContext<PledgeRecord>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const id = pledge?.id;
  const { data, error } = useQuery({
    queryKey: ['progressReports', 'pledgeProgress', String(id)],
    queryFn: async () => (await dataProvider.pledgeProgress({ id: id! })).data,
    enabled: id !== undefined,
  });

  if (!pledge) return null;
  if (error) return <Alert severity="error" sx={{ mx: 2 }}>The progress could not be loaded: {error.message}</Alert>;
  if (!data || (pledge.status !== 'PUBLISHED' && !data.reports.length)) return null;
  const { progress } = data;

  return (
    <Box component="section" aria-label="Progress" sx={{ px: 2, pb: 2 }}>
      <Divider sx={{ mb: 2 }} />
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, mb: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          Progress
        </Typography>
        <HealthChip health={progress.reportingHealth} />
        <Box sx={{ flexGrow: 1 }} />
        <ReportButton pledge={pledge} data={data} />
      </Stack>
      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Item label="Implementation status">{choiceName(implementationStatusChoices, progress.implementationStatus)}</Item>
        <Item label="Disbursed">
          <Disbursed progress={progress} usdValue={data.usdValue} />
        </Item>
        <Item label="People reached">
          {progress.peopleReached == null ? '—' : formatCount(progress.peopleReached)}
          {progress.womenReached != null ? ` (${formatCount(progress.womenReached)} women and girls)` : ''}
        </Item>
        <Item label="Next report due">{progress.nextReportDueOn ?? '—'}</Item>
        <Item label="Last reported">{progress.lastReportedAt ? formatDateTime(progress.lastReportedAt) : 'Never'}</Item>
        <Item label="Accepted reports">{formatCount(progress.acceptedReports)}</Item>
      </Grid>
      <Typography variant="subtitle1" component="h3" sx={{ mb: 1 }}>
        Reports
      </Typography>
      <Timeline reports={data.reports} />
    </Box>
  );
}
