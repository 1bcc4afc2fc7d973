import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  Pie,
  PieChart,
  Rectangle,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
  type TooltipValueType,
} from 'recharts';
import { formatCount, formatPledges, formatShare, formatUsd, formatUsdShort } from './format.js';

/** What the breakdown charts plot: pledges counted, or their USD value. */
export type Measure = 'count' | 'usd';

/** One bar (or slice): a group of `pledgeGroups`, with the list filter that shows its pledges. */
export interface Slice {
  id: string;
  label: string;
  /** A shorter label for a crowded axis. */
  short?: string;
  count: number;
  usd: number;
  fill: string;
  /** Added to the list filter when the slice is clicked. */
  filter: Record<string, unknown>;
}

type TipProps = TooltipContentProps<TooltipValueType, string | number>;

const valueOf = (slice: Slice, measure: Measure) => (measure === 'count' ? slice.count : slice.usd);
const formatMeasure = (value: number, measure: Measure) => (measure === 'count' ? formatCount(value) : formatUsdShort(value));

function SliceTooltip({ active, payload }: TipProps) {
  const slice = active ? (payload?.[0]?.payload as Slice | undefined) : undefined;
  if (!slice) return null;
  return (
    <Paper elevation={3} sx={{ px: 1.5, py: 1 }}>
      <Typography variant="subtitle2">{slice.label}</Typography>
      <Typography variant="body2">
        {formatPledges(slice.count)} · {formatUsd(slice.usd)}
      </Typography>
    </Paper>
  );
}

const coloured = (props: BarShapeProps) => <Rectangle {...props} fill={(props.payload as Slice | undefined)?.fill ?? props.fill} />;

const AXIS_TICK = { fontSize: 12 };

/** Horizontal bars, largest first; a bar click opens the pledges behind it. */
export function BreakdownBars({
  slices,
  measure,
  onSelect,
  labelWidth = 150,
  rowHeight = 30,
  sorted = true,
}: {
  slices: readonly Slice[];
  measure: Measure;
  onSelect?: (slice: Slice) => void;
  labelWidth?: number;
  rowHeight?: number;
  /** Largest first; otherwise in the order given (focus areas keep theirs). */
  sorted?: boolean;
}) {
  const data = sorted ? [...slices].sort((a, b) => valueOf(b, measure) - valueOf(a, measure)) : [...slices];
  if (!data.length) return <NoData />;
  const height = Math.max(120, data.length * rowHeight + 16);
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
      accessibilityLayer
    >
      <XAxis type="number" hide />
      <YAxis type="category" dataKey="label" width={labelWidth} tick={AXIS_TICK} tickLine={false} axisLine={false} interval={0} />
      <Tooltip content={SliceTooltip} cursor={{ fillOpacity: 0.3 }} />
      <Bar
        dataKey={measure}
        name={measure === 'count' ? 'Pledges' : 'USD'}
        shape={coloured}
        radius={[0, 4, 4, 0]}
        barSize={Math.round(rowHeight * 0.6)}
        cursor={onSelect ? 'pointer' : undefined}
        onClick={(item) => onSelect?.(item.payload as Slice)}
        isAnimationActive={false}
      >
        <LabelList dataKey={measure} position="right" formatter={(value) => formatMeasure(Number(value), measure)} style={{ fontSize: 12 }} />
      </Bar>
    </BarChart>
  );
}

/** Vertical columns in the order given (SDG 1 to 17), labelled by their short name. */
export function ColumnChart({ slices, measure, onSelect, height = 220 }: { slices: readonly Slice[]; measure: Measure; onSelect?: (slice: Slice) => void; height?: number }) {
  if (!slices.length) return <NoData />;
  return (
    <BarChart data={[...slices]} responsive style={{ width: '100%', height }} margin={{ top: 20, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
      <CartesianGrid vertical={false} strokeDasharray="3 3" />
      <XAxis dataKey="short" tick={AXIS_TICK} tickLine={false} interval={0} />
      <YAxis tick={AXIS_TICK} width={52} tickFormatter={(v: number) => formatMeasure(v, measure)} axisLine={false} tickLine={false} allowDecimals={measure === 'usd'} />
      <Tooltip content={SliceTooltip} cursor={{ fillOpacity: 0.3 }} />
      <Bar
        dataKey={measure}
        shape={coloured}
        radius={[4, 4, 0, 0]}
        cursor={onSelect ? 'pointer' : undefined}
        onClick={(item) => onSelect?.(item.payload as Slice)}
        isAnimationActive={false}
      >
        <LabelList dataKey={measure} position="top" formatter={(value) => (Number(value) ? formatMeasure(Number(value), measure) : '')} style={{ fontSize: 11 }} />
      </Bar>
    </BarChart>
  );
}

/** A donut with its legend beside it: for dimensions with a few values (pledge type). */
export function Donut({ slices, measure, onSelect }: { slices: readonly Slice[]; measure: Measure; onSelect?: (slice: Slice) => void }) {
  const data = [...slices].sort((a, b) => valueOf(b, measure) - valueOf(a, measure));
  const total = data.reduce((sum, s) => sum + valueOf(s, measure), 0);
  if (!data.length || total === 0) return <NoData />;
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
      <Box sx={{ width: 130, flexShrink: 0 }}>
        <PieChart responsive style={{ width: '100%', height: 130 }}>
          <Pie
            data={data}
            dataKey={measure}
            nameKey="label"
            innerRadius={38}
            outerRadius={62}
            paddingAngle={1}
            stroke="none"
            cursor={onSelect ? 'pointer' : undefined}
            onClick={(item) => onSelect?.(item.payload as Slice)}
            isAnimationActive={false}
          />
          <Tooltip content={SliceTooltip} />
        </PieChart>
      </Box>
      <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0, gap: 0.75, flexGrow: 1, minWidth: 0 }}>
        {data.map((slice) => (
          <Stack
            component="li"
            key={slice.id}
            direction="row"
            onClick={onSelect ? () => onSelect(slice) : undefined}
            sx={{ alignItems: 'center', gap: 1, cursor: onSelect ? 'pointer' : undefined }}
          >
            <Box sx={{ width: 10, height: 10, borderRadius: '2px', bgcolor: slice.fill, flexShrink: 0 }} />
            <Typography variant="body2" sx={{ flexGrow: 1 }} noWrap>
              {slice.label}
            </Typography>
            <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMeasure(valueOf(slice, measure), measure)}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ width: 34, textAlign: 'right' }}>
              {formatShare(valueOf(slice, measure) / total)}
            </Typography>
          </Stack>
        ))}
      </Stack>
    </Stack>
  );
}

/** One group of a reporting cycle: pledges owing it a report, and how many reported. */
export interface RateRow {
  id: string;
  label: string;
  owed: number;
  reported: number;
  /** `reported` / `owed`, from 0 to 1. */
  rate: number;
}

function RateTooltip({ active, payload }: TipProps) {
  const row = active ? (payload?.[0]?.payload as RateRow | undefined) : undefined;
  if (!row) return null;
  return (
    <Paper elevation={3} sx={{ px: 1.5, py: 1 }}>
      <Typography variant="subtitle2">{row.label}</Typography>
      <Typography variant="body2">
        {formatCount(row.reported)} of {formatPledges(row.owed)} reported on
      </Typography>
    </Paper>
  );
}

/** Reporting rates as horizontal bars out of 100%, in the order given, each labelled "50% (1/2)". */
export function RateBars({ rows, labelWidth = 150, rowHeight = 30 }: { rows: readonly RateRow[]; labelWidth?: number; rowHeight?: number }) {
  const theme = useTheme();
  if (!rows.length) return <NoData text="No pledge owes a report" />;
  const data = rows.map((row) => ({ ...row, text: `${formatShare(row.rate)} (${formatCount(row.reported)}/${formatCount(row.owed)})` }));
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: '100%', height: Math.max(90, data.length * rowHeight + 16) }}
      margin={{ top: 4, right: 96, bottom: 4, left: 4 }}
      accessibilityLayer
    >
      <XAxis type="number" domain={[0, 1]} hide />
      <YAxis type="category" dataKey="label" width={labelWidth} tick={AXIS_TICK} tickLine={false} axisLine={false} interval={0} />
      <Tooltip content={RateTooltip} cursor={{ fillOpacity: 0.3 }} />
      <Bar
        dataKey="rate"
        name="Reporting rate"
        fill={theme.palette.primary.main}
        background={{ fill: theme.palette.action.selected }}
        radius={[0, 4, 4, 0]}
        barSize={Math.round(rowHeight * 0.6)}
        // A rate of 0 still gets its sliver, and so its label.
        minPointSize={3}
        isAnimationActive={false}
      >
        <LabelList dataKey="text" position="right" style={{ fontSize: 12 }} />
      </Bar>
    </BarChart>
  );
}

/** The money of a group of pledges: pledged, and disbursed so far as their accepted reports say. */
export interface PledgedDisbursed {
  id: string;
  label: string;
  pledged: number;
  disbursed: number;
}

/** Pledged and disbursed USD side by side, one pair of bars per group, in the order given. */
export function PledgedDisbursedBars({ rows, labelWidth = 110, rowHeight = 44 }: { rows: readonly PledgedDisbursed[]; labelWidth?: number; rowHeight?: number }) {
  const theme = useTheme();
  if (!rows.length) return <NoData text="No accepted report yet" />;
  const usd = (value: unknown) => formatUsdShort(Number(value));
  return (
    <BarChart
      layout="vertical"
      data={[...rows]}
      responsive
      style={{ width: '100%', height: Math.max(120, rows.length * rowHeight + 48) }}
      margin={{ top: 4, right: 64, bottom: 4, left: 4 }}
      accessibilityLayer
    >
      <XAxis type="number" hide />
      <YAxis type="category" dataKey="label" width={labelWidth} tick={AXIS_TICK} tickLine={false} axisLine={false} interval={0} />
      <Tooltip formatter={(value) => formatUsd(Number(value))} cursor={{ fillOpacity: 0.3 }} />
      <Legend verticalAlign="bottom" height={24} />
      <Bar dataKey="pledged" name="Pledged (USD)" fill={theme.palette.primary.light} radius={[0, 4, 4, 0]} isAnimationActive={false}>
        <LabelList dataKey="pledged" position="right" formatter={usd} style={{ fontSize: 11 }} />
      </Bar>
      <Bar dataKey="disbursed" name="Disbursed (USD)" fill={theme.palette.success.main} radius={[0, 4, 4, 0]} isAnimationActive={false}>
        <LabelList dataKey="disbursed" position="right" formatter={usd} style={{ fontSize: 11 }} />
      </Bar>
    </BarChart>
  );
}

export interface ProgressPoint {
  /** First day of the month, as a timestamp. */
  time: number;
  usd: number;
  count: number;
}

/** A point of the chart: pledged so far, and/or the straight pace from the latest total to the goal. */
interface ChartPoint {
  time: number;
  usd?: number;
  count?: number;
  pace?: number;
}

const monthOf = (time: number) => new Date(time).toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function ProgressTooltip({ active, payload }: TipProps) {
  const point = active ? (payload?.[0]?.payload as ChartPoint | undefined) : undefined;
  if (!point) return null;
  return (
    <Paper elevation={3} sx={{ px: 1.5, py: 1 }}>
      {point.usd === undefined ? (
        <Typography variant="body2">Goal: {formatUsd(point.pace)} by the end of 2026</Typography>
      ) : (
        <>
          <Typography variant="subtitle2">By the end of {monthOf(point.time)}</Typography>
          <Typography variant="body2">
            {formatUsd(point.usd)} · {formatPledges(point.count)}
          </Typography>
        </>
      )}
    </Paper>
  );
}

const yearOf = (time: number) => String(new Date(time).getUTCFullYear());

/** Round steps for the amount axis: 25 bn up to the goal (or beyond, when passed). */
function amountTicks(max: number): number[] {
  const step = max > 200e9 ? 100e9 : 25e9;
  const ticks = [0];
  while (ticks.at(-1)! < max) ticks.push(ticks.at(-1)! + step);
  return ticks;
}

const monthStart = (time: number, offset = 0) => {
  const day = new Date(time);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + offset, 1);
};

/**
 * The series as the chart draws it: from zero the month before the first pledge, and flat from
 * the last one up to this month (totals stay as they are until new pledges come).
 */
function extended(points: readonly ProgressPoint[], now: number, deadline: number): ProgressPoint[] {
  const first = points[0]!;
  const last = points.at(-1)!;
  const series = [{ time: monthStart(first.time, -1), usd: 0, count: 0 }, ...points];
  const current = monthStart(Math.min(now, deadline));
  if (current > last.time) series.push({ ...last, time: current });
  return series;
}

/** Cumulative pledged USD by month up to the goal's deadline, the goal as a line, and the pace still needed. */
export function ProgressChart({ points: given, goalUsd, deadline, height = 230 }: { points: readonly ProgressPoint[]; goalUsd: number; deadline: number; height?: number }) {
  const theme = useTheme();
  if (!given.length) return <NoData height={height} />;
  const points = extended(given, Date.now(), deadline);
  const last = points.at(-1)!;
  const start = Date.UTC(new Date(points[0]!.time).getUTCFullYear(), 0, 1);
  const end = Math.max(deadline, last.time);
  const years: number[] = [];
  for (let y = new Date(start).getUTCFullYear(); Date.UTC(y, 0, 1) <= end; y++) years.push(Date.UTC(y, 0, 1));
  const ticks = amountTicks(Math.max(goalUsd, last.usd));
  const data: ChartPoint[] = points.map((p) => ({ ...p }));
  const pending = last.usd < goalUsd && last.time < deadline;
  if (pending) {
    data[data.length - 1] = { ...last, pace: last.usd };
    data.push({ time: deadline, pace: goalUsd });
  }
  const colour = theme.palette.primary.main;
  const goal = theme.palette.success.main;
  return (
    <AreaChart data={data} responsive style={{ width: '100%', height }} margin={{ top: 8, right: 24, bottom: 0, left: 0 }} accessibilityLayer>
      <defs>
        <linearGradient id="pledged-usd" x1="0" y1="0" x2="0" y2="1">
          <stop offset="0%" stopColor={colour} stopOpacity={0.45} />
          <stop offset="100%" stopColor={colour} stopOpacity={0.05} />
        </linearGradient>
      </defs>
      <CartesianGrid vertical={false} strokeDasharray="3 3" />
      <XAxis dataKey="time" type="number" scale="time" domain={[start, end]} ticks={years} tickFormatter={yearOf} tick={AXIS_TICK} />
      <YAxis domain={[0, ticks.at(-1)! * 1.08]} ticks={ticks} tickFormatter={(v: number) => formatUsdShort(v)} tick={AXIS_TICK} width={56} axisLine={false} tickLine={false} />
      <Tooltip content={ProgressTooltip} />
      <ReferenceLine
        y={goalUsd}
        stroke={goal}
        strokeDasharray="6 4"
        strokeWidth={2}
        label={{ value: `Goal: ${formatUsd(goalUsd)} by 2026`, position: 'insideBottomLeft', fill: theme.palette.success.dark, fontSize: 12 }}
      />
      <ReferenceLine x={deadline} stroke={theme.palette.text.disabled} strokeDasharray="2 4" />
      <Area type="stepAfter" dataKey="usd" name="Pledged" stroke={colour} strokeWidth={2} fill="url(#pledged-usd)" isAnimationActive={false} />
      {pending && (
        <Area
          type="linear"
          dataKey="pace"
          name="Pace to the goal"
          stroke={goal}
          strokeWidth={1.5}
          strokeDasharray="3 3"
          fill="none"
          connectNulls
          dot={false}
          activeDot={false}
          isAnimationActive={false}
        />
      )}
    </AreaChart>
  );
}

export function NoData({ height = 120, text = 'No pledges yet' }: { height?: number; text?: string }) {
  return (
    <Box sx={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Typography variant="body2" color="text.secondary">
        {text}
      </Typography>
    </Box>
  );
}
