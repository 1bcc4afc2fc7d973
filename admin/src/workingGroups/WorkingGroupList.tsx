import { DataTable, List } from 'react-admin';

export const WorkingGroupList = () => (
  <List pagination={false} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="focusArea.name" label="Focus area" disableSort />
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="description" disableSort />
    </DataTable>
  </List>
);
