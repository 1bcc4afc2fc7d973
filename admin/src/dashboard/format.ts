/**
 * Figures as the coalition publishes them: "USD 36.78 bn" for billions, "USD 412,500,000" below,
 * whole numbers with thousands separators, shares as percentages. Amounts come from the API as
 * exact decimal strings; a dashboard rounds them anyway, so a float is precise enough here.
 */

const BILLION = 1e9;
const MILLION = 1e6;

const number = (value: number, fractionDigits = 0) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(value);

const toNumber = (value: string | number | null | undefined): number => {
  const n = typeof value === 'number' ? value : Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
};

/** "USD 36.94 bn" from a billion up, else "USD 412,500,000". */
export function formatUsd(value: string | number | null | undefined): string {
  const n = toNumber(value);
  if (Math.abs(n) >= BILLION) return `USD ${number(n / BILLION, 2)} bn`;
  return `USD ${number(n)}`;
}

/** Short amounts for chart axes and labels: "36.9 bn", "412 m", "85,000". */
export function formatUsdShort(value: string | number | null | undefined): string {
  const n = toNumber(value);
  if (Math.abs(n) >= BILLION) return `${number(n / BILLION, Math.abs(n) >= 10 * BILLION ? 0 : 1)} bn`;
  if (Math.abs(n) >= MILLION) return `${number(n / MILLION, Math.abs(n) >= 10 * MILLION ? 0 : 1)} m`;
  return number(n);
}

export const formatCount = (value: number | null | undefined): string => number(value ?? 0);

/** A share from 0 to 1 as "31%" (one decimal under 10%). */
export function formatShare(value: number | null | undefined): string {
  const n = toNumber(value) * 100;
  return `${number(n, n > 0 && n < 10 ? 1 : 0)}%`;
}

/** "1 pledge", "2,450 pledges". */
export const formatPledges = (count: number | null | undefined): string => `${formatCount(count)} ${count === 1 ? 'pledge' : 'pledges'}`;
