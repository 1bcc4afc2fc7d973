import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../ui/EditToolbar.js';
import { AccountInputs } from './AccountInputs.js';

// Pessimistic: the API checks the version and the fields, and its answer must reach the form.
// Deactivation is on the account's page, not here.
export const AccountEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<EditToolbar archive={false} />}>
      <AccountInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
