import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRecordContext, type RaRecord } from 'react-admin';

/** Names of the objects a record links to, as chips: focus areas, countries, SDGs... */
export function LabelsField<R extends RaRecord>({ labels, empty = '—' }: { labels: (record: R) => readonly string[]; label?: string; empty?: string }) {
  const record = useRecordContext<R>();
  const values = record ? labels(record) : [];
  if (!values.length) return <Typography variant="body2">{empty}</Typography>;
  return (
    <Stack direction="row" useFlexGap sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {values.map((value) => (
        <Chip key={value} label={value} size="small" />
      ))}
    </Stack>
  );
}

/**
 * An exact decimal amount with its currency. Intl formats the decimal string
 * itself, so no digit is lost to a binary float.
 */
export function formatMoney(amount: string | null | undefined, currency: string | null | undefined): string {
  if (!amount) return '—';
  if (!currency) return amount;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount as `${number}`);
  } catch {
    return `${amount} ${currency}`;
  }
}
