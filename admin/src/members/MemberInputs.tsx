import { AutocompleteInput, BooleanInput, ReferenceInput, SelectInput, TextInput, regex, required } from 'react-admin';
import { sectorChoices } from '../reference/choices.js';

const url = regex(/^https?:\/\/\S+$/, 'A web address starting with http:// or https://');

/** The fields of a member, shared by create and edit; sources are the API's input fields. */
export const MemberInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="acronym" />
    <SelectInput source="sector" choices={sectorChoices} validate={required()} />
    <ReferenceInput source="countryCode" reference="countries" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput label="Home country" optionText="name" validate={required()} />
    </ReferenceInput>
    <BooleanInput source="champion" label="P2C Champion" />
    <TextInput source="website" validate={url} fullWidth />
    <TextInput source="description" multiline minRows={3} fullWidth />
  </>
);
