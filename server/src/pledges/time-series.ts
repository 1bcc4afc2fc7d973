import { Decimal } from 'decimal.js';

export type Interval = 'MONTH' | 'YEAR';

export interface PeriodTotal {
  /** First day of the period, YYYY-MM-DD. */
  period: string;
  count: number;
  sumUsd: string;
}

export interface TimePoint extends PeriodTotal {
  cumulativeCount: number;
  cumulativeUsd: string;
}

/** The first day of the period after `period`. */
export function nextPeriod(period: string, interval: Interval): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  if (interval === 'YEAR') return `${year + 1}-01-01`;
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/**
 * Running totals over consecutive periods, with the periods that had no
 * pledge filled in, so that a chart's x axis is continuous.
 */
export function cumulativeSeries(totals: readonly PeriodTotal[], interval: Interval): TimePoint[] {
  const sorted = [...totals].sort((a, b) => a.period.localeCompare(b.period));
  const points: TimePoint[] = [];
  let count = 0;
  let usd = new Decimal(0);
  let index = 0;
  for (let period = sorted[0]?.period; period && index < sorted.length; period = nextPeriod(period, interval)) {
    const total = sorted[index]!.period === period ? sorted[index++]! : { period, count: 0, sumUsd: '0' };
    count += total.count;
    usd = usd.plus(total.sumUsd);
    points.push({ period, count: total.count, sumUsd: new Decimal(total.sumUsd).toFixed(2), cumulativeCount: count, cumulativeUsd: usd.toFixed(2) });
  }
  return points;
}

/** A share in [0, 1], 0 for an empty whole. */
export const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
