import { Create, SimpleForm } from 'react-admin';
import { PledgeInputs } from './PledgeInputs.js';

// A new pledge is a draft: submitting it for curation is a separate step on its page.
export const PledgeCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ isGlobal: false }}>
      <PledgeInputs mode="create" />
    </SimpleForm>
  </Create>
);
