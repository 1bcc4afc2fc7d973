import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';

interface ReasonDialogProps {
  open: boolean;
  title: string;
  confirmLabel: string;
  busy: boolean;
  /** Who reads the reason; by default the pledger. */
  description?: string;
  onCancel(): void;
  onConfirm(reason: string): void;
}

const FOR_THE_PLEDGER = 'The pledger will see this reason; it is also kept in the audit trail.';

/** Asks why, for decisions the pledger (or another person, as `description` says) is told about. */
export function ReasonDialog({ open, title, confirmLabel, busy, description = FOR_THE_PLEDGER, onCancel, onConfirm }: ReasonDialogProps) {
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();
  return (
    <Dialog open={open} onClose={onCancel} fullWidth maxWidth="sm" slotProps={{ transition: { onExited: () => setReason('') } }}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{description}</DialogContentText>
        <TextField
          autoFocus
          margin="dense"
          label="Reason"
          name="reason"
          multiline
          minRows={3}
          fullWidth
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button onClick={() => onConfirm(trimmed)} disabled={busy || !trimmed} variant="contained">
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
