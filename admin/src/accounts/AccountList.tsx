import { DataTable, DateField, List, SelectField } from 'react-admin';
import { roleChoices } from '../reference/choices.js';

// The API lists accounts by e-mail address only, without filters: the columns do not sort.
export const AccountList = () => (
  <List exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="email" label="E-mail" disableSort />
      <DataTable.Col source="displayName" label="Name" disableSort />
      <DataTable.Col source="role" disableSort>
        <SelectField source="role" choices={roleChoices} />
      </DataTable.Col>
      <DataTable.Col source="lastLoginAt" label="Last login" disableSort>
        <DateField source="lastLoginAt" showTime emptyText="Never" />
      </DataTable.Col>
      <DataTable.Col source="archivedAt" label="Deactivated" disableSort>
        <DateField source="archivedAt" showTime emptyText="Active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
