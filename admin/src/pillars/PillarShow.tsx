import { BooleanField, DateField, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { AuditHistory } from '../audit/index.js';

export const PillarShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="focusArea.name" label="Focus area" />
      <TextField source="name" />
      <TextField source="slug" />
      <TextField source="description" emptyText="—" />
      <BooleanField source="published" />
      <DateField source="archivedAt" showTime emptyText="Not archived" />
      <DateField source="updatedAt" label="Last changed" showTime />
      <NumberField source="version" />
    </SimpleShowLayout>
    <AuditHistory />
  </Show>
);
