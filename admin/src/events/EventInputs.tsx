import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { eventKindChoices } from '../reference/choices.js';
import type { EventRecord } from './events.adapter.js';

const endsAfterStart = (endDate: string | null, values: Partial<EventRecord>) =>
  endDate && values.startDate && endDate < values.startDate ? 'Must not be before the start date' : undefined;

/** The fields of an event, shared by create and edit; sources are the API's input fields. */
export const EventInputs = () => (
  <>
    <TextInput source="code" validate={required()} helperText="Short unique code, such as WTDC-22" />
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="kind" choices={eventKindChoices} validate={required()} />
    <DateInput source="startDate" validate={required()} />
    <DateInput source="endDate" validate={[required(), endsAfterStart]} />
    <TextInput source="city" helperText="Empty for online events" />
    <ReferenceInput source="countryCode" reference="countries" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput label="Country" optionText="name" />
    </ReferenceInput>
    <TextInput source="description" multiline minRows={3} fullWidth />
  </>
);
