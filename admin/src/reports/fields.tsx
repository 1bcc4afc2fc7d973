import Chip from '@mui/material/Chip';
import type { ProgressReportStatus, ReportingHealth } from '../gql/graphql.js';
import { formatMoney } from '../ui/fields.js';
import { choiceName, progressReportStatusChoices, reportingHealthChoices } from './choices.js';

type ChipColour = 'default' | 'success' | 'warning' | 'error' | 'info';

const HEALTH_COLOURS: Record<ReportingHealth, ChipColour> = { REPORTED: 'success', DUE: 'warning', OVERDUE: 'error', CLOSED: 'default' };
const STATUS_COLOURS: Record<ProgressReportStatus, ChipColour> = { DRAFT: 'default', SUBMITTED: 'info', RETURNED: 'warning', ACCEPTED: 'success' };

/** Whether a published pledge is up to date with its reports. */
export const HealthChip = ({ health }: { health: ReportingHealth | null | undefined }) =>
  health ? <Chip size="small" color={HEALTH_COLOURS[health]} label={choiceName(reportingHealthChoices, health)} /> : null;

export const ReportStatusChip = ({ status }: { status: ProgressReportStatus }) => (
  <Chip size="small" variant="outlined" color={STATUS_COLOURS[status]} label={choiceName(progressReportStatusChoices, status)} />
);

/** "EUR 230,000 (USD 250,000 at the rate of 2025-12-31)", or the USD amount alone. */
export function formatDisbursed(money: { amount: string; usdValue: string; rateDate: string; currency: { code: string } } | null | undefined): string {
  if (!money) return '—';
  const amount = formatMoney(money.amount, money.currency.code);
  return money.currency.code === 'USD' ? amount : `${amount} (${formatMoney(money.usdValue, 'USD')} at the rate of ${money.rateDate})`;
}
