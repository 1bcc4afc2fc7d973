import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useRecordContext } from 'react-admin';
import type { AuditEntry } from './audit.adapter.js';
import { effectiveChanges, fieldLabel, formatValue, MAX_VALUE_LENGTH, truncate } from './format.js';

/** One value of a change, cut when long (the whole of it in a tooltip); no value shows as "empty". */
function Value({ value, maxLength }: { value: unknown; maxLength: number }) {
  const text = formatValue(value);
  if (!text) {
    return (
      <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
        empty
      </Typography>
    );
  }
  const short = truncate(text, maxLength);
  const shown = (
    <Typography component="span" variant="body2" sx={{ wordBreak: 'break-word', whiteSpace: 'pre-line' }}>
      {short}
    </Typography>
  );
  return short === text ? shown : <Tooltip title={text}>{shown}</Tooltip>;
}

interface AuditChangesProps {
  changes: AuditEntry['changes'];
  /** The table's accessible name. */
  label?: string;
  /** A field's name as people read it (by default from its camelCase name). */
  fieldName?(field: string): string;
  /** A value as people read it before it is formatted: codes and IDs as names, say (by default as is). */
  describe?(field: string, value: unknown): unknown;
  /** Longer values are cut, whole in a tooltip; `Infinity` shows them whole. */
  maxLength?: number;
}

const asIs = (_field: string, value: unknown) => value;

/** The fields a change touched, field by field: before → after. */
export function AuditChanges({ changes: all, label = 'Changes', fieldName = fieldLabel, describe = asIs, maxLength = MAX_VALUE_LENGTH }: AuditChangesProps) {
  const changes = effectiveChanges(all);
  if (!changes.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        No field changed.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={label} sx={{ '& td, & th': { verticalAlign: 'top' } }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '22%' }}>Field</TableCell>
          <TableCell sx={{ width: '38%' }}>Before</TableCell>
          <TableCell sx={{ width: 24, px: 0 }} aria-hidden />
          <TableCell>After</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((change) => (
          <TableRow key={change.field}>
            <TableCell title={change.field}>{fieldName(change.field)}</TableCell>
            <TableCell>
              <Value value={describe(change.field, change.before)} maxLength={maxLength} />
            </TableCell>
            <TableCell sx={{ px: 0, color: 'text.secondary' }} aria-hidden>
              →
            </TableCell>
            <TableCell>
              <Value value={describe(change.field, change.after)} maxLength={maxLength} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The changes of the audit entry in context: the expand panel of the audit trail's rows. */
export function AuditEntryChanges() {
  const entry = useRecordContext<AuditEntry & { id: string }>();
  return entry ? <AuditChanges changes={entry.changes} /> : null;
}
