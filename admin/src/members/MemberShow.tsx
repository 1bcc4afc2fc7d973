import { BooleanField, DateField, NumberField, SelectField, Show, SimpleShowLayout, TextField, UrlField } from 'react-admin';
import { sectorChoices } from '../reference/choices.js';
import { AuditHistory } from '../audit/index.js';

export const MemberShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="acronym" emptyText="—" />
      <SelectField source="sector" choices={sectorChoices} />
      <TextField source="country.name" label="Home country" />
      <BooleanField source="champion" label="P2C Champion" />
      <UrlField source="website" emptyText="—" />
      <TextField source="description" emptyText="—" />
      <DateField source="archivedAt" showTime emptyText="Not archived" />
      <DateField source="updatedAt" label="Last changed" showTime />
      <NumberField source="version" />
    </SimpleShowLayout>
    <AuditHistory />
  </Show>
);
