import { AutocompleteInput, ReferenceInput, TextInput, email, required } from 'react-admin';

/** The fields of a person, shared by create and edit; sources are the API's input fields. */
export const PersonInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="jobTitle" label="Job title" fullWidth />
    <ReferenceInput source="memberId" reference="members">
      <AutocompleteInput label="Member" optionText="name" helperText="The member the person works for" sx={{ minWidth: 320 }} />
    </ReferenceInput>
    <TextInput source="email" label="E-mail" type="email" validate={email()} />
    <TextInput source="phone" helperText="International format, such as +41 22 730 5111" />
  </>
);
