import type { MouseEvent } from 'react';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { DataTable, DateField, DateInput, Link, List, RecordContextProvider, TextInput, useCreatePath, useGetOne, useRecordContext } from 'react-admin';
import { fieldName, PledgeRevisionPanel } from '../pledges/PledgeRevisionPanel.js';
import type { PledgeRecord } from '../pledges/pledges.adapter.js';
import { REVISION_QUEUE_SORT, type RevisionQueueItem } from './revisionQueue.adapter.js';
import { QueueTabs } from './QueueTabs.js';

/** The filter keys are those `revisionFilterOf` maps to the API's PledgeRevisionFilter. */
const filters = [
  <TextInput key="title" source="title" label="Pledge title" alwaysOn resettable />,
  <TextInput key="leadMemberName" source="leadMemberName" label="Lead member name" alwaysOn resettable />,
  <DateInput key="proposedFrom" source="proposedFrom" label="Proposed from" />,
  <DateInput key="proposedUntil" source="proposedUntil" label="Proposed until" />,
];

const stop = (event: MouseEvent) => event.stopPropagation();

function PledgeCell({ revision }: { revision: RevisionQueueItem }) {
  const createPath = useCreatePath();
  const { pledge } = revision;
  return (
    <Link to={createPath({ resource: 'pledges', id: pledge.id, type: 'show' })} onClick={stop}>
      {pledge.reference ? `#${pledge.reference} ${pledge.title}` : pledge.title}
    </Link>
  );
}

const proposer = ({ proposedBy }: RevisionQueueItem) => (proposedBy ? proposedBy.displayName || proposedBy.email : 'someone no longer known');

/**
 * The expand panel of a row: the pledge's proposed-changes panel (the diff with names, accept, reject with a reason),
 * loaded with the pledge as published, the same as on the pledge's page.
 */
function RevisionReview() {
  const revision = useRecordContext<RevisionQueueItem>();
  const { data: pledge, isPending, error } = useGetOne<PledgeRecord>('pledges', { id: revision?.pledge.id ?? '' }, { enabled: Boolean(revision) });
  if (isPending) return <CircularProgress size={24} sx={{ m: 2 }} aria-label="Loading the proposed changes" />;
  if (error || !pledge?.pendingRevision) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        This proposal is no longer waiting for review.
      </Typography>
    );
  }
  return (
    <RecordContextProvider value={pledge}>
      <PledgeRevisionPanel />
    </RecordContextProvider>
  );
}

const Empty = () => (
  <>
    <QueueTabs current="revisionQueue" />
    <Typography variant="body1" color="text.secondary" sx={{ p: 3 }}>
      No proposed change is waiting for review.
    </Typography>
  </>
);

/**
 * Changes pledgers proposed to published pledges, the longest waiting first. A row opens on the field-by-field
 * diff, published → proposed, where the curator accepts the changes or rejects them with a reason.
 */
export const RevisionQueue = () => (
  <List filters={filters} sort={REVISION_QUEUE_SORT} perPage={25} exporter={false} empty={<Empty />} title="Proposed changes">
    <QueueTabs current="revisionQueue" />
    <DataTable rowClick="expand" expand={<RevisionReview />} bulkActionButtons={false}>
      <DataTable.Col<RevisionQueueItem> source="pledge.title" label="Pledge" disableSort render={(revision) => <PledgeCell revision={revision} />} />
      <DataTable.Col source="pledge.leadMember.name" label="Lead member" disableSort />
      <DataTable.Col<RevisionQueueItem> label="Proposed by" disableSort render={proposer} />
      <DataTable.Col source="createdAt" label="Proposed">
        <DateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col<RevisionQueueItem>
        label="Fields changed"
        disableSort
        render={(revision) => revision.changes.map((c) => fieldName(c.field)).join(', ')}
      />
    </DataTable>
  </List>
);
