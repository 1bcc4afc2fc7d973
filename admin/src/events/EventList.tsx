import { BooleanInput, DataTable, DateField, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { eventKindChoices } from '../reference/choices.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name" />,
  <SelectInput key="kind" source="kind" choices={eventKindChoices} />,
  <BooleanInput key="includeArchived" source="includeArchived" label="Include archived" />,
];

// The API lists events newest first and has no other order, hence no sortable columns.
export const EventList = () => (
  <List filters={filters}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" disableSort />
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={eventKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="startDate" label="Starts" field={DateField} disableSort />
      <DataTable.Col source="endDate" label="Ends" field={DateField} disableSort />
      <DataTable.Col source="city" disableSort />
      <DataTable.Col source="country.name" label="Country" disableSort />
    </DataTable>
  </List>
);
