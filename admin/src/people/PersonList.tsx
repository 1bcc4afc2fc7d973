import { AutocompleteInput, DataTable, EmailField, List, ReferenceInput, SearchInput } from 'react-admin';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name" />,
  <ReferenceInput key="memberId" source="memberId" reference="members" alwaysOn>
    <AutocompleteInput label="Member" optionText="name" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

export const PersonList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="jobTitle" label="Job title" disableSort />
      <DataTable.Col source="member.name" label="Member" disableSort />
      <DataTable.Col source="email" label="E-mail" field={EmailField} disableSort />
    </DataTable>
  </List>
);
