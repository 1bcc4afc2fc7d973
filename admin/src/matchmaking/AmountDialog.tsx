import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';

const AMOUNT = /^\d+(\.\d{1,2})?$/;

interface AmountDialogProps {
  title: string;
  description: string;
  confirmLabel: string;
  busy: boolean;
  /** Offered first: what the allocation suggested, or what is left on both sides. */
  initialAmount: string;
  onCancel(): void;
  onConfirm(amountUsd: string): void;
}

/** Asks how many USD a match commits; mounted while it asks, so that each question starts from its own amount. */
export function AmountDialog({ title, description, confirmLabel, busy, initialAmount, onCancel, onConfirm }: AmountDialogProps) {
  const [amount, setAmount] = useState(initialAmount);
  const trimmed = amount.trim();
  const valid = AMOUNT.test(trimmed) && Number(trimmed) > 0;
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{description}</DialogContentText>
        <TextField
          autoFocus
          margin="dense"
          label="Amount (USD)"
          name="amountUsd"
          fullWidth
          value={amount}
          error={!valid}
          helperText={valid ? undefined : 'A positive amount with at most two decimals'}
          onChange={(event) => setAmount(event.target.value)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button onClick={() => onConfirm(trimmed)} disabled={busy || !valid} variant="contained">
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
