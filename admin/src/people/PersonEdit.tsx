import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../ui/EditToolbar.js';
import { PersonInputs } from './PersonInputs.js';

// Pessimistic: the API checks the version and the fields, and its answer must reach the form.
export const PersonEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<EditToolbar />}>
      <PersonInputs />
    </SimpleForm>
  </Edit>
);
