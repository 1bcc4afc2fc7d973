import { Create, SimpleForm } from 'react-admin';
import { PillarInputs } from './PillarInputs.js';

export const PillarCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ published: true }}>
      <PillarInputs mode="create" />
    </SimpleForm>
  </Create>
);
