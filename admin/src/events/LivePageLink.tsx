import type { MouseEvent } from 'react';
import LiveTvIcon from '@mui/icons-material/LiveTv';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { Button, useRecordContext } from 'react-admin';
import type { EventRecord } from './events.adapter.js';

/** The public live pledging page, served beside the console: one event's, or the whole coalition's. */
export const livePageUrl = (eventId?: string) => (eventId ? `/live/${encodeURIComponent(eventId)}` : '/live');

const LABEL = 'Open the live page';

// In a new tab: the page is put on a screen at the event while the console stays open.
const NEW_TAB = { target: '_blank', rel: 'noopener' } as const;

/** The event's live page, from its show page. */
export function LivePageButton() {
  const event = useRecordContext<EventRecord>();
  if (!event) return null;
  return (
    <Button component="a" href={livePageUrl(event.id)} {...NEW_TAB} label={LABEL}>
      <LiveTvIcon />
    </Button>
  );
}

// A click on the link opens the live page, not the row's event as well.
const stop = (event: MouseEvent) => event.stopPropagation();

/** The event's live page, small enough for a row of the event list. */
export function LivePageIconLink() {
  const event = useRecordContext<EventRecord>();
  if (!event) return null;
  return (
    <Tooltip title={LABEL}>
      <IconButton component="a" href={livePageUrl(event.id)} {...NEW_TAB} size="small" aria-label={LABEL} onClick={stop}>
        <LiveTvIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}
