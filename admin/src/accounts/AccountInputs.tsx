import { AutocompleteArrayInput, FormDataConsumer, PasswordInput, ReferenceArrayInput, SelectInput, TextInput, email, minLength, required } from 'react-admin';
import { roleChoices } from '../reference/choices.js';
import type { AccountRecord } from './accounts.adapter.js';

/** The fields of an account, shared by create and edit; sources are the API's input fields. */
export const AccountInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <TextInput
      source="email"
      label="E-mail"
      type="email"
      validate={[required(), email()]}
      readOnly={mode === 'edit'}
      helperText={mode === 'edit' ? 'The e-mail address of an account does not change' : 'The account logs in with it'}
    />
    <TextInput source="displayName" label="Name" validate={required()} />
    <SelectInput source="role" choices={roleChoices} validate={required()} />
    {/* Only pledgers represent members (the API refuses the others any). */}
    <FormDataConsumer<Partial<AccountRecord>>>
      {({ formData }) =>
        formData.role === 'PLEDGER' ? (
          <ReferenceArrayInput source="memberIds" reference="members">
            <AutocompleteArrayInput label="Represents" optionText="name" helperText="The members this pledger is focal point of" fullWidth />
          </ReferenceArrayInput>
        ) : null
      }
    </FormDataConsumer>
    <PasswordInput
      source="password"
      validate={mode === 'create' ? [required(), minLength(12)] : minLength(12)}
      helperText={mode === 'create' ? 'At least 12 characters' : 'Empty keeps the current password; a new one (at least 12 characters) ends the account’s sessions'}
    />
  </>
);
