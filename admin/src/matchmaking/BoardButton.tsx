import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Button, Link, useCreatePath, usePermissions, useRecordContext } from 'react-admin';
import type { Permissions } from '../authProvider.js';
import type { EventRecord } from '../events/events.adapter.js';

/** From a matchmaking roundtable's event page to its board, for staff and organizers (the board's views are theirs). */
export function BoardButton() {
  const event = useRecordContext<EventRecord>();
  const { permissions } = usePermissions<Permissions>();
  const createPath = useCreatePath();
  if (event?.kind !== 'MATCHMAKING_ROUNDTABLE' || !(permissions === 'ADMIN' || permissions === 'CURATOR' || permissions === 'ORGANIZER')) return null;
  return (
    <Button component={Link} to={createPath({ resource: 'roundtables', id: event.id, type: 'show' })} label="Matchmaking board">
      <ViewKanbanIcon />
    </Button>
  );
}
