import { Create, SimpleForm } from 'react-admin';
import { ReportInputs } from './ReportInputs.js';

// A new report is a draft: submitting it for review is a separate step on its page. A pledge's page prefills the pledge and year.
export const ReportCreate = () => (
  <Create redirect="show" title="New progress report">
    <SimpleForm defaultValues={{ disbursedCurrency: 'USD', reachByGroup: [], targetCodes: [], evidenceLinks: [] }}>
      <ReportInputs mode="create" />
    </SimpleForm>
  </Create>
);
