import { useState } from 'react';
import EditNoteIcon from '@mui/icons-material/EditNote';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { Form, HttpError, SaveButton, useDataProvider, useGetIdentity, useNotify, usePermissions, useRecordContext, useRefresh } from 'react-admin';
import type { Identity, Permissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import type { PledgeRecord } from './pledges.adapter.js';
import { PledgeInputs } from './PledgeInputs.js';

/** Field problems as the data provider reports them (`body.errors`, keyed by input source), for the form to show. */
function fieldErrorsOf(error: unknown): Record<string, string> | undefined {
  if (!(error instanceof HttpError)) return undefined;
  const body = error.body as { errors?: Record<string, string> } | undefined;
  return body?.errors && Object.keys(body.errors).length ? body.errors : undefined;
}

/**
 * For the lead member's pledgers on their published pledge, which they can no longer edit: the pledge's form,
 * whose changes are proposed for review (the public keeps seeing the published version until a curator accepts them).
 * Hidden while a proposal waits, as the API takes one at a time.
 */
export function ProposeChangesButton() {
  const pledge = useRecordContext<PledgeRecord>();
  const { permissions } = usePermissions<Permissions>();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);

  const memberIds = (identity as Identity | undefined)?.memberIds ?? [];
  if (!pledge || permissions !== 'PLEDGER' || pledge.status !== 'PUBLISHED' || pledge.archivedAt || pledge.pendingRevision) return null;
  if (!memberIds.includes(pledge.leadMember.id)) return null;

  const propose = async (data: Partial<PledgeRecord>) => {
    try {
      await dataProvider.proposePledgeRevision({ id: pledge.id, data, previousData: pledge });
      notify('Changes proposed: a curator will review them', { type: 'success' });
      setOpen(false);
      refresh();
      return undefined;
    } catch (error) {
      // Problems with a field show on its input; the others as a notification.
      const errors = fieldErrorsOf(error);
      if (errors) return errors;
      notify(error instanceof Error ? error.message : 'The changes could not be proposed', { type: 'error' });
      return undefined;
    }
  };

  return (
    <>
      <Button size="small" startIcon={<EditNoteIcon />} onClick={() => setOpen(true)}>
        Propose changes
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md" scroll="body" aria-labelledby="propose-changes-title">
        <Form record={pledge} onSubmit={propose}>
          <DialogTitle id="propose-changes-title">Propose changes</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>
              The pledge is published: your changes go to a curator for review, and the public keeps seeing the published version until they are accepted.
            </DialogContentText>
            <PledgeInputs mode="edit" />
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <SaveButton label="Propose" icon={<EditNoteIcon />} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
