import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../ui/EditToolbar.js';
import { PledgeInputs } from './PledgeInputs.js';

// Pessimistic: the API checks the version and the fields, and its answer must reach the form.
export const PledgeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<EditToolbar />}>
      <PledgeInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
