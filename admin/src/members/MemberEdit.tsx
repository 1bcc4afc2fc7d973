import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../ui/EditToolbar.js';
import { MemberInputs } from './MemberInputs.js';

// Pessimistic: the API checks the version and the fields, and its answer must reach the form.
export const MemberEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<EditToolbar />}>
      <MemberInputs />
    </SimpleForm>
  </Edit>
);
