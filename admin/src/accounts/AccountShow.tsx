import { DateField, EditButton, NumberField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { roleChoices } from '../reference/choices.js';
import { AuditHistory } from '../audit/index.js';
import { LabelsField } from '../ui/fields.js';
import type { AccountRecord } from './accounts.adapter.js';
import { DeactivateButton } from './DeactivateButton.js';

const AccountActions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <EditButton />
    <DeactivateButton />
  </TopToolbar>
);

export const AccountShow = () => (
  <Show actions={<AccountActions />}>
    <SimpleShowLayout>
      <TextField source="email" label="E-mail" />
      <TextField source="displayName" label="Name" />
      <SelectField source="role" choices={roleChoices} />
      <LabelsField<AccountRecord> label="Represents" labels={(account) => account.members?.map((m) => m.name) ?? []} />
      <DateField source="lastLoginAt" label="Last login" showTime emptyText="Never" />
      <DateField source="archivedAt" label="Deactivated" showTime emptyText="Active" />
      <DateField source="createdAt" label="Created" showTime />
      <DateField source="updatedAt" label="Last changed" showTime />
      <NumberField source="version" />
    </SimpleShowLayout>
    <AuditHistory />
  </Show>
);
