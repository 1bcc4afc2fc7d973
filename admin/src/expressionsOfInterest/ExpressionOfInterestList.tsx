import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataTable, DateField, List, SelectField, SelectInput } from 'react-admin';
import { expressionOfInterestStatusChoices, sectorChoices } from '../reference/choices.js';
import { DEFAULT_EOI_FILTER, type ExpressionOfInterestRecord } from './expressionsOfInterest.adapter.js';
import { DuplicateMembersChip } from './DuplicateMembers.js';

/** The one filter the API has: the status (emptied, all requests). */
const filters = [
  <SelectInput key="status" source="status" label="Status" choices={expressionOfInterestStatusChoices} emptyText="All statuses" alwaysOn sx={{ minWidth: 180 }} />,
];

function Contact({ request }: { request: ExpressionOfInterestRecord }) {
  return (
    <Stack>
      <Typography variant="body2">{request.contactName}</Typography>
      <Typography variant="body2" color="text.secondary">
        {request.contactEmail}
      </Typography>
    </Stack>
  );
}

const Empty = () => (
  <Typography variant="body1" color="text.secondary" sx={{ p: 3 }}>
    No expression of interest here.
  </Typography>
);

/**
 * Requests to join the coalition, the longest waiting first (the only order the API has, so columns do not sort);
 * the pending ones unless the status filter says otherwise. A row opens on the request, where it is decided.
 */
export const ExpressionOfInterestList = () => (
  <List filters={filters} filterDefaultValues={DEFAULT_EOI_FILTER} perPage={25} exporter={false} empty={<Empty />} title="Expressions of interest">
    <DataTable rowClick="show" bulkActionButtons={false} empty={<Empty />}>
      <DataTable.Col source="organizationName" label="Organisation" disableSort />
      <DataTable.Col source="sector" disableSort>
        <SelectField source="sector" choices={sectorChoices} />
      </DataTable.Col>
      <DataTable.Col source="country.name" label="Country" disableSort />
      <DataTable.Col<ExpressionOfInterestRecord> label="Contact" disableSort render={(request) => <Contact request={request} />} />
      <DataTable.Col source="createdAt" label="Submitted" disableSort>
        <DateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={expressionOfInterestStatusChoices} />
      </DataTable.Col>
      <DataTable.Col<ExpressionOfInterestRecord> label="Duplicates" disableSort render={(request) => <DuplicateMembersChip request={request} />} />
    </DataTable>
  </List>
);
