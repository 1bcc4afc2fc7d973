import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link, useGetList } from 'react-admin';

type Queue = 'curationQueue' | 'revisionQueue';

const QUEUES: readonly { resource: Queue; label: string }[] = [
  { resource: 'curationQueue', label: 'Submitted pledges' },
  { resource: 'revisionQueue', label: 'Proposed changes' },
];

/** How many wait in a queue, its filters aside: the total of a one-row page. */
function useWaiting(resource: Queue): number | undefined {
  return useGetList(resource, { pagination: { page: 1, perPage: 1 } }).total;
}

/** The two queues of a curator's desk, side by side, with how many wait in each. */
export function QueueTabs({ current }: { current: Queue }) {
  const waiting: Record<Queue, number | undefined> = { curationQueue: useWaiting('curationQueue'), revisionQueue: useWaiting('revisionQueue') };
  return (
    <Tabs value={current} aria-label="Curation queues" sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}>
      {QUEUES.map(({ resource, label }) => (
        <Tab
          key={resource}
          value={resource}
          component={Link}
          to={`/${resource}`}
          label={waiting[resource] === undefined ? label : `${label} (${waiting[resource]})`}
        />
      ))}
    </Tabs>
  );
}
