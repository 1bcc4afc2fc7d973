import { ArrayField, DataTable, DateField, NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { workingGroupRoleChoices } from '../reference/choices.js';
import { AuditHistory } from '../audit/index.js';

export const WorkingGroupShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="focusArea.name" label="Focus area" />
      <TextField source="description" emptyText="—" />
      <ArrayField source="memberships" label="Current participants (leaders first)">
        <DataTable bulkActionButtons={false} rowClick={false} empty={<>No participants yet</>}>
          <DataTable.Col source="person.name" label="Name" disableSort />
          <DataTable.Col source="person.member.name" label="Member" disableSort />
          <DataTable.Col source="role" disableSort>
            <SelectField source="role" choices={workingGroupRoleChoices} />
          </DataTable.Col>
          <DataTable.Col source="since" field={DateField} disableSort />
        </DataTable>
      </ArrayField>
      <DateField source="updatedAt" label="Last changed" showTime />
      <NumberField source="version" />
    </SimpleShowLayout>
    <AuditHistory />
  </Show>
);
