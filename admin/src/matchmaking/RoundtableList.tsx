import { DataTable, DateField, List, SearchInput } from 'react-admin';

const filters = [<SearchInput key="q" source="q" alwaysOn placeholder="Name or code" />];

/** The events of kind matchmaking roundtable, each opening on its board. */
export const RoundtableList = () => (
  <List filters={filters} sort={{ field: 'startDate', order: 'DESC' }} exporter={false} title="Matchmaking roundtables">
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="startDate" label="Starts" field={DateField} />
      <DataTable.Col source="endDate" label="Ends" field={DateField} disableSort />
      <DataTable.Col source="city" disableSort />
      <DataTable.Col source="country.name" label="Country" disableSort />
    </DataTable>
  </List>
);
