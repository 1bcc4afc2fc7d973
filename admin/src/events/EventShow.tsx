import { DateField, EditButton, NumberField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useResourceDefinition } from 'react-admin';
import { eventKindChoices } from '../reference/choices.js';
import { AuditHistory } from '../audit/index.js';
import { BoardButton } from '../matchmaking/index.js';
import { LivePageButton } from './LivePageLink.js';

// A matchmaking roundtable's page leads to its board.
const EventActions = () => {
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      <LivePageButton />
      <BoardButton />
      {hasEdit && <EditButton />}
    </TopToolbar>
  );
};

export const EventShow = () => (
  <Show actions={<EventActions />}>
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
