import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { Title, useDataProvider, useGetIdentity, useNavigate, usePermissions } from 'react-admin';
import { isStaff, type Permissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import type { PledgeStatus } from '../gql/graphql.js';
import { livePageUrl } from '../events/LivePageLink.js';
import { pledgeTypeChoices, sectorChoices } from '../reference/choices.js';
import { BreakdownBars, ColumnChart, Donut, ProgressChart, type Measure, type ProgressPoint, type Slice } from './charts.js';
import { scopeListFilter, type DashboardData, type DashboardScope } from './dashboard.query.js';
import { formatCount, formatPledges, formatShare, formatUsd, formatUsdShort } from './format.js';
import { Figure, Panel } from './panels.js';
import { ReportingPanels } from './Reporting.js';

/** The goal's deadline: USD 100 bn in pledges by 2026. */
const DEADLINE = Date.UTC(2026, 11, 31);

const PALETTE = ['#1565c0', '#00897b', '#f9a825', '#8e24aa', '#e53935', '#6d4c41', '#546e7a'];
const FOCUS_AREA_COLOURS: Record<string, string> = { ACCESS: '#1565c0', ADOPTION: '#00897b', VALUE_CREATION: '#f9a825', ACCELERATE: '#8e24aa' };
const REGION_COLOUR = '#0288d1';
const SECTOR_COLOUR = '#5c6bc0';
const BENEFICIARY_COLOUR = '#00897b';
/** The UN's colours of the 17 goals. */
const SDG_COLOURS = ['#e5243b', '#dda63a', '#4c9f38', '#c5192d', '#ff3a21', '#26bde2', '#fcc30b', '#a21942', '#fd6925', '#dd1367', '#fd9d24', '#bf8b2e', '#3f7e44', '#0a97d9', '#56c02b', '#00689d', '#19486a'];

const nameOf = <T extends string>(choices: readonly { id: T; name: string }[], id: T) => choices.find((c) => c.id === id)?.name ?? id;

/** The breakdowns of the dashboard query as chart slices, each with the list filter of its pledges. */
function slicesOf(data: DashboardData) {
  const totals = (g: { count: number; sumUsd: string }) => ({ count: g.count, usd: Number(g.sumUsd) });
  const focusAreas = data.byFocusArea.groups
    .flatMap((g) => (g.key.focusArea ? [{ ...g, area: g.key.focusArea }] : []))
    .sort((a, b) => a.area.position - b.area.position)
    .map(
      (g, i): Slice => ({
        id: g.area.code,
        label: g.area.name,
        ...totals(g),
        fill: FOCUS_AREA_COLOURS[g.area.code] ?? PALETTE[i % PALETTE.length]!,
        filter: { focusArea: [g.area.code] },
      }),
    );
  const regions = data.byRegion.groups.flatMap((g): Slice[] =>
    g.key.region ? [{ id: g.key.region.id, label: g.key.region.name, ...totals(g), fill: REGION_COLOUR, filter: { region: [g.key.region.id] } }] : [],
  );
  const sectors = data.bySector.groups.flatMap((g): Slice[] =>
    g.key.sector ? [{ id: g.key.sector, label: nameOf(sectorChoices, g.key.sector), ...totals(g), fill: SECTOR_COLOUR, filter: { sector: [g.key.sector] } }] : [],
  );
  const types = data.byType.groups.flatMap((g): Slice[] => {
    const type = g.key.type;
    if (!type) return [];
    const position = pledgeTypeChoices.findIndex((c) => c.id === type);
    return [{ id: type, label: nameOf(pledgeTypeChoices, type), ...totals(g), fill: PALETTE[position] ?? PALETTE[0]!, filter: { type: [type] } }];
  });
  const beneficiaryGroups = data.byBeneficiaryGroup.groups.flatMap((g): Slice[] =>
    g.key.beneficiaryGroup
      ? [{ id: g.key.beneficiaryGroup.code, label: g.key.beneficiaryGroup.name, ...totals(g), fill: BENEFICIARY_COLOUR, filter: { beneficiaryGroup: [g.key.beneficiaryGroup.code] } }]
      : [],
  );
  // Every goal has its column, in order, even with no pledge.
  const bySdg = new Map(data.bySdg.groups.flatMap((g) => (g.key.sdg ? [[g.key.sdg.number, g] as const] : [])));
  const sdgs = [...data.sdgs]
    .sort((a, b) => a.number - b.number)
    .map((sdg): Slice => {
      const group = bySdg.get(sdg.number);
      return {
        id: String(sdg.number),
        label: `SDG ${sdg.number}: ${sdg.title}`,
        short: String(sdg.number),
        count: group?.count ?? 0,
        usd: Number(group?.sumUsd ?? 0),
        fill: SDG_COLOURS[sdg.number - 1] ?? PALETTE[0]!,
        filter: { sdg: [sdg.number] },
      };
    });
  return { focusAreas, regions, sectors, types, beneficiaryGroups, sdgs };
}

function progressOf(data: DashboardData): ProgressPoint[] {
  return data.progress.points.map((p) => ({ time: Date.parse(p.period), usd: Number(p.cumulativeUsd), count: p.cumulativeCount }));
}

const MANY = 'A pledge counts in each of its';

/** Seven figures in one row on a wide screen, the amount in a wider cell; they wrap on narrow ones. */
const FIGURES = {
  display: 'grid',
  gap: 2,
  mb: 2,
  gridTemplateColumns: { xs: 'repeat(auto-fit, minmax(150px, 1fr))', lg: '1fr 1.5fr 1fr 1fr 1fr 1fr 1fr' },
} as const;

function Headline({ data }: { data: DashboardData }) {
  const s = data.stats;
  return (
    <Box sx={FIGURES}>
      <Figure label="Pledges" value={formatCount(s.count)} detail={`${formatCount(s.valuedCount)} with a value`} />
      <Figure
        label="USD pledged"
        value={formatUsd(s.sumUsd)}
        exact={`USD ${Number(s.sumUsd).toLocaleString('en', { maximumFractionDigits: 2 })}`}
        detail={s.averageUsd ? `average USD ${formatUsdShort(s.averageUsd)}` : undefined}
      />
      <Figure label="Pledging entities" value={formatCount(s.pledgingEntities)} detail="lead members" />
      <Figure label="Governments" value={formatCount(s.governments)} detail="among the entities" />
      <Figure label="Countries" value={formatCount(s.implementationCountries)} detail="of implementation" />
      <Figure label="LDC targeting" value={formatShare(s.ldcShare)} detail={formatPledges(s.ldcCount)} />
      <Figure label="Women and girls" value={formatShare(s.womenShare)} detail={formatPledges(s.womenCount)} />
    </Box>
  );
}

function GoalProgress({ data }: { data: DashboardData }) {
  const { sumUsd, goalUsd, goalProgress } = data.stats;
  const remaining = Math.max(Number(goalUsd) - Number(sumUsd), 0);
  return (
    <Panel title={`Progress towards ${formatUsd(goalUsd)}`} subtitle="The coalition's goal for 2026; cumulative USD pledged by month of announcement">
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h4" component="p" sx={{ fontWeight: 600 }}>
          {formatShare(goalProgress)}
        </Typography>
        <Typography color="text.secondary">
          {formatUsd(sumUsd)} pledged · {formatUsd(remaining)} to go
        </Typography>
        {/* The same progress as the public sees it, live, in a tab of its own. */}
        <Link href={livePageUrl()} target="_blank" rel="noopener" variant="body2" sx={{ ml: 'auto' }}>
          Open the live page
        </Link>
      </Stack>
      <LinearProgress
        variant="determinate"
        value={Math.min(goalProgress * 100, 100)}
        aria-label="Share of the goal pledged"
        sx={{ height: 12, borderRadius: 6, my: 1.5 }}
      />
      <ProgressChart points={progressOf(data)} goalUsd={Number(data.progress.goalUsd)} deadline={DEADLINE} height={270} />
      <Typography variant="caption" color="text.secondary" component="p" sx={{ textAlign: 'right' }}>
        Solid: pledged so far · dotted: the pace that would reach the goal by the end of 2026
      </Typography>
    </Panel>
  );
}

const QUEUE: readonly { status: PledgeStatus; label: string }[] = [
  { status: 'SUBMITTED', label: 'waiting for curation' },
  { status: 'CHANGES_REQUESTED', label: 'returned for changes' },
  { status: 'DRAFT', label: 'in draft' },
];

/** Pledges in curation, whatever the dashboard's scope: each chip opens them in the list. */
function CurationQueue({ data, toList }: { data: DashboardData; toList: (filter: Record<string, unknown>) => void }) {
  const counts = new Map(data.curation.groups.map((g) => [g.key.status, g.count]));
  return (
    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      {QUEUE.map(({ status, label }) => (
        <Chip
          key={status}
          size="small"
          color={status === 'SUBMITTED' && counts.get(status) ? 'warning' : 'default'}
          label={`${formatCount(counts.get(status) ?? 0)} ${label}`}
          onClick={() => toList({ status: [status] })}
        />
      ))}
    </Stack>
  );
}

function Loading() {
  return (
    <>
      <Box sx={FIGURES}>
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} variant="rounded" height={96} />
        ))}
      </Box>
      <Skeleton variant="rounded" height={360} />
    </>
  );
}

export const Dashboard = () => {
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const navigate = useNavigate();
  const [scope, setScope] = useState<DashboardScope>('published');
  const [measure, setMeasure] = useState<Measure>('count');
  const { data, error, isPending } = useQuery({
    queryKey: ['pledges', 'dashboard', scope],
    queryFn: async () => (await dataProvider.pledgeDashboard({ scope })).data,
  });
  const staff = isStaff(permissions);

  const toList = (filter: Record<string, unknown>) => navigate(`/pledges?filter=${encodeURIComponent(JSON.stringify(filter))}`);
  const open = (slice: Slice) => toList({ ...scopeListFilter(scope), ...slice.filter });
  const slices = data && slicesOf(data);
  const unit = measure === 'count' ? 'Pledges' : 'USD';

  return (
    <Box sx={{ mt: 2, mb: 3 }}>
      <Title title="Partner2Connect" />
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1, minWidth: 280 }}>
          <Typography variant="h5" component="h1">
            Welcome{identity?.fullName ? `, ${identity.fullName}` : ''}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            Pledges to the Partner2Connect Digital Coalition{scope === 'published' ? ', as published' : ', in every curation status'}. Click a bar to
            list its pledges.
          </Typography>
          {staff && data && <CurationQueue data={data} toList={toList} />}
        </Box>
        <Stack direction="row" sx={{ gap: 1.5, alignItems: 'center' }}>
          <ToggleButtonGroup size="small" exclusive value={scope} onChange={(_, value: DashboardScope | null) => value && setScope(value)} aria-label="Pledges counted">
            <ToggleButton value="published">Published</ToggleButton>
            <ToggleButton value="all">All statuses</ToggleButton>
          </ToggleButtonGroup>
          <ToggleButtonGroup size="small" exclusive value={measure} onChange={(_, value: Measure | null) => value && setMeasure(value)} aria-label="Charts show">
            <ToggleButton value="count">Count</ToggleButton>
            <ToggleButton value="usd">USD</ToggleButton>
          </ToggleButtonGroup>
        </Stack>
      </Stack>

      {error ? <Alert severity="error">The figures could not be loaded: {error instanceof Error ? error.message : String(error)}</Alert> : null}
      {isPending && !error ? <Loading /> : null}

      {data && slices ? (
        <>
          <Headline data={data} />
          <Grid container spacing={2}>
            <Grid size={{ xs: 12, lg: 8 }}>
              <GoalProgress data={data} />
            </Grid>
            <Grid size={{ xs: 12, lg: 4 }}>
              <Stack sx={{ gap: 2, height: '100%' }}>
                <Panel title={`${unit} by type`}>
                  <Donut slices={slices.types} measure={measure} onSelect={open} />
                </Panel>
                <Box sx={{ flexGrow: 1 }}>
                  <Panel title={`${unit} by focus area`} subtitle={`${MANY} focus areas`}>
                    <BreakdownBars slices={slices.focusAreas} measure={measure} onSelect={open} sorted={false} labelWidth={170} />
                  </Panel>
                </Box>
              </Stack>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <Panel title={`${unit} by beneficiary group`} subtitle={`${MANY} beneficiary groups`}>
                <BreakdownBars slices={slices.beneficiaryGroups} measure={measure} onSelect={open} labelWidth={240} rowHeight={28} />
              </Panel>
            </Grid>
            <Grid size={{ xs: 12, md: 6 }}>
              <Stack sx={{ gap: 2, height: '100%' }}>
                <Panel title={`${unit} by implementation region (ITU-D)`} subtitle={`${MANY} regions; global pledges are in none`}>
                  <BreakdownBars slices={slices.regions} measure={measure} onSelect={open} labelWidth={110} />
                </Panel>
                <Box sx={{ flexGrow: 1 }}>
                  <Panel title={`${unit} by lead member sector`}>
                    <BreakdownBars slices={slices.sectors} measure={measure} onSelect={open} labelWidth={170} />
                  </Panel>
                </Box>
              </Stack>
            </Grid>
            <Grid size={12}>
              <Panel title={`${unit} by Sustainable Development Goal`} subtitle={`${MANY} SDGs`}>
                <ColumnChart slices={slices.sdgs} measure={measure} onSelect={open} height={240} />
              </Panel>
            </Grid>
            <ReportingPanels data={data} onOpenHealth={staff ? (health) => navigate(`/reportingOverdue?filter=${encodeURIComponent(JSON.stringify({ health: [health] }))}`) : undefined} />
          </Grid>
        </>
      ) : null}
    </Box>
  );
};
