import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../ui/EditToolbar.js';
import { NeedInputs } from './NeedInputs.js';

// Pessimistic: the API checks the version and the fields, and its answer must reach the form. Needs are withdrawn, not archived.
export const NeedEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<EditToolbar archive={false} />}>
      <NeedInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
