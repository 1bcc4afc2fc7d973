import { BooleanInput, DataTable, DateField, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { eventKindChoices } from '../reference/choices.js';
import { LivePageIconLink } from './LivePageLink.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or code" />,
  <SelectInput key="kind" source="kind" choices={eventKindChoices} />,
  <BooleanInput key="includeArchived" source="includeArchived" label="Include archived" />,
];

export const EventList = () => (
  <List filters={filters} sort={{ field: 'startDate', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="kind" disableSort>
        <SelectField source="kind" choices={eventKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="startDate" label="Starts" field={DateField} />
      <DataTable.Col source="endDate" label="Ends" field={DateField} disableSort />
      <DataTable.Col source="city" disableSort />
      <DataTable.Col source="country.name" label="Country" disableSort />
      <DataTable.Col label="Live" disableSort>
        <LivePageIconLink />
      </DataTable.Col>
    </DataTable>
  </List>
);
