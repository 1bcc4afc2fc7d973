import { Create, SimpleForm } from 'react-admin';
import { MemberInputs } from './MemberInputs.js';

export const MemberCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <MemberInputs />
    </SimpleForm>
  </Create>
);
