import type { MouseEvent } from 'react';
import Typography from '@mui/material/Typography';
import { DataTable, DateField, DateInput, Link, List, SearchInput, SelectArrayInput, SelectField, TextInput, useCreatePath } from 'react-admin';
import { pledgeTypeChoices } from '../reference/choices.js';
import { BulkDecisionButtons } from './BulkDecisionButtons.js';
import { QUEUE_SORT, type CurationItem } from './curation.adapter.js';
import { CurationDetails, DuplicatesChip } from './Duplicates.js';
import { QueueTabs } from './QueueTabs.js';

/** The filter keys are those `curationFilterOf` maps to the API's PledgeFilter; `q` is its search. */
const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search titles, descriptions, members" sx={{ minWidth: 280 }} />,
  <TextInput key="leadMemberName" source="leadMemberName" label="Lead member name" alwaysOn resettable />,
  <SelectArrayInput key="type" source="type" label="Type" choices={pledgeTypeChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <DateInput key="submittedFrom" source="submittedFrom" label="Submitted from" />,
  <DateInput key="submittedUntil" source="submittedUntil" label="Submitted until" />,
];

const stop = (event: MouseEvent) => event.stopPropagation();

/** The title, linked to the pledge's page (where the single-pledge decisions are). */
function TitleCell({ pledge }: { pledge: CurationItem }) {
  const createPath = useCreatePath();
  return (
    <Link to={createPath({ resource: 'pledges', id: pledge.id, type: 'show' })} onClick={stop}>
      {pledge.title}
    </Link>
  );
}

const Empty = () => (
  <>
    <QueueTabs current="curationQueue" />
    <Typography variant="body1" color="text.secondary" sx={{ p: 3 }}>
      No pledge is waiting for curation.
    </Typography>
  </>
);

/**
 * The submitted pledges waiting for a curator, the longest waiting first. Selected rows are approved, returned
 * for changes or rejected together; a row opens on its description and possible duplicates.
 */
export const CurationQueue = () => (
  <List filters={filters} sort={QUEUE_SORT} perPage={25} exporter={false} empty={<Empty />} title="Curation queue">
    <QueueTabs current="curationQueue" />
    <DataTable rowClick="expand" expand={<CurationDetails />} bulkActionButtons={<BulkDecisionButtons />}>
      <DataTable.Col<CurationItem> source="title" render={(pledge) => <TitleCell pledge={pledge} />} />
      <DataTable.Col source="leadMember.name" label="Lead member" />
      <DataTable.Col source="type" disableSort>
        <SelectField source="type" choices={pledgeTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="submittedAt" label="Submitted" disableSort>
        <DateField source="submittedAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="createdAt" label="Created">
        <DateField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col<CurationItem> label="Duplicates" disableSort render={(pledge) => <DuplicatesChip pledge={pledge} />} />
    </DataTable>
  </List>
);
