import { Create, SimpleForm } from 'react-admin';
import { EventInputs } from './EventInputs.js';

export const EventCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <EventInputs />
    </SimpleForm>
  </Create>
);
