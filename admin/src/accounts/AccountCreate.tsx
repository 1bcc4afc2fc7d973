import { Create, SimpleForm } from 'react-admin';
import { AccountInputs } from './AccountInputs.js';

export const AccountCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <AccountInputs mode="create" />
    </SimpleForm>
  </Create>
);
