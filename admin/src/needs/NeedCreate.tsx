import { Create, SimpleForm } from 'react-admin';
import { NeedInputs } from './NeedInputs.js';

// A new need is a draft: submitting it for curation is a separate step on its page.
export const NeedCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ scope: 'COUNTRY', nonFinancial: false, gapCurrency: 'USD', priority: 'MEDIUM', beneficiaryGroupCodes: [] }}>
      <NeedInputs mode="create" />
    </SimpleForm>
  </Create>
);
