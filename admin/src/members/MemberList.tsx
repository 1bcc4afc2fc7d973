import { BooleanField, BooleanInput, DataTable, List, NullableBooleanInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { sectorChoices } from '../reference/choices.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or acronym" />,
  <SelectInput key="sector" source="sector" choices={sectorChoices} />,
  <NullableBooleanInput key="champion" source="champion" label="P2C Champion" />,
  <BooleanInput key="includeArchived" source="includeArchived" label="Include archived" />,
];

export const MemberList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="acronym" disableSort />
      <DataTable.Col source="sector">
        <SelectField source="sector" choices={sectorChoices} />
      </DataTable.Col>
      <DataTable.Col source="country.name" label="Country" disableSort />
      <DataTable.Col source="champion" label="Champion" field={BooleanField} disableSort />
    </DataTable>
  </List>
);
