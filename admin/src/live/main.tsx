import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LivePage } from './LivePage.js';

const root = document.getElementById('root');
if (!root) throw new Error('live.html has no #root element');
// /live for the whole coalition, /live/<event ID> for one event.
const eventId = decodeURIComponent(location.pathname.replace(/^\/live\/?/, '').split('/')[0] ?? '') || null;
createRoot(root).render(
  <StrictMode>
    <LivePage eventId={eventId} />
  </StrictMode>,
);
