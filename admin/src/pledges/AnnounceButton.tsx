import { useState } from 'react';
import CampaignIcon from '@mui/icons-material/Campaign';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import {
  AutocompleteInput,
  Form,
  ReferenceInput,
  SaveButton,
  required,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  type Identifier,
} from 'react-admin';
import { isStaff, type Permissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import type { PledgeRecord } from './pledges.adapter.js';

const NEWEST_FIRST = { field: 'startDate', order: 'DESC' } as const;

/**
 * Announces a published pledge at an event, live: staff at any event, organizers at theirs (the API knows which
 * those are, so an organizer learns it from its refusal). Offered again after an announcement: a pledge can be
 * announced at a later event too.
 */
export function AnnounceButton() {
  const pledge = useRecordContext<PledgeRecord>();
  const { permissions } = usePermissions<Permissions>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);

  if (!pledge || pledge.status !== 'PUBLISHED' || pledge.archivedAt) return null;
  if (!(isStaff(permissions) || permissions === 'ORGANIZER')) return null;

  const announce = async (eventId: Identifier) => {
    try {
      await dataProvider.announcePledge({ id: pledge.id, eventId, expectedVersion: pledge.version });
      notify('Pledge announced', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The pledge could not be announced', { type: 'error' });
    }
  };

  return (
    <>
      <Button size="small" startIcon={<CampaignIcon />} onClick={() => setOpen(true)}>
        Announce at an event
      </Button>
      {/* Mounted while open, so that each announcement starts without an event chosen. */}
      {open && (
        <Dialog open onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="announce-pledge-title">
          {/* The input's required() keeps the form from being submitted without an event. */}
          <Form onSubmit={(data: { eventId?: Identifier }) => announce(data.eventId!)}>
            <DialogTitle id="announce-pledge-title">Announce at an event</DialogTitle>
            <DialogContent>
              <DialogContentText sx={{ mb: 2 }}>
                The pledge joins the event's running totals and appears on its live page now, as announced there.
              </DialogContentText>
              <ReferenceInput source="eventId" reference="events" sort={NEWEST_FIRST}>
                <AutocompleteInput label="Event" validate={required()} fullWidth />
              </ReferenceInput>
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setOpen(false)}>Cancel</Button>
              <SaveButton label="Announce" icon={<CampaignIcon />} />
            </DialogActions>
          </Form>
        </Dialog>
      )}
    </>
  );
}
