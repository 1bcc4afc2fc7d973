import { Edit, SimpleForm } from 'react-admin';
import { EditToolbar } from '../ui/EditToolbar.js';
import { EventInputs } from './EventInputs.js';

// Pessimistic: the API checks the version and the fields, and its answer must reach the form.
export const EventEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<EditToolbar />}>
      <EventInputs />
    </SimpleForm>
  </Edit>
);
