import { DateField, NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { eventKindChoices } from '../reference/choices.js';
import { AuditHistory } from '../audit/index.js';

export const EventShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="kind" choices={eventKindChoices} />
      <DateField source="startDate" label="Starts" />
      <DateField source="endDate" label="Ends" />
      <TextField source="city" emptyText="Online" />
      <TextField source="country.name" label="Country" emptyText="—" />
      <TextField source="region.name" label="Region" emptyText="—" />
      <TextField source="description" emptyText="—" />
      <DateField source="archivedAt" showTime emptyText="Not archived" />
      <DateField source="updatedAt" label="Last changed" showTime />
      <NumberField source="version" />
    </SimpleShowLayout>
    <AuditHistory />
  </Show>
);
