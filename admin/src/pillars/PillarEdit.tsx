import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../ui/EditToolbar.js';
import { PillarInputs } from './PillarInputs.js';

// Pessimistic: the API checks the version and the fields, and its answer must reach the form.
export const PillarEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<EditToolbar />}>
      <PillarInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
