import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../ui/EditToolbar.js';
import { WorkingGroupInputs } from './WorkingGroupInputs.js';

// Pessimistic: the API checks the version and the fields, and its answer must reach the form.
export const WorkingGroupEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<EditToolbar archive={false} />}>
      <WorkingGroupInputs />
    </SimpleForm>
  </Edit>
);
