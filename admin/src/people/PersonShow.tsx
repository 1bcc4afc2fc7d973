import { DateField, EmailField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { AuditHistory } from '../audit/index.js';

// Contact details show as empty to the roles the API hides them from.
export const PersonShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="jobTitle" label="Job title" emptyText="—" />
      <ReferenceField source="memberId" reference="members" label="Member" link="show" emptyText="—" />
      <EmailField source="email" label="E-mail" emptyText="—" />
      <TextField source="phone" emptyText="—" />
      <DateField source="archivedAt" showTime emptyText="Not archived" />
      <DateField source="updatedAt" label="Last changed" showTime />
      <NumberField source="version" />
    </SimpleShowLayout>
    <AuditHistory />
  </Show>
);
