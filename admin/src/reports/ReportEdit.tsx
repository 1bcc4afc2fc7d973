import { Edit, SimpleForm, usePermissions } from 'react-admin';
import { isStaff, type Permissions } from '../authProvider.js';
import { EditToolbar } from '../ui/EditToolbar.js';
import { ReportInputs } from './ReportInputs.js';

// Pessimistic: the API checks the version and the fields, and its answer must reach the form. Only staff archive a report.
export const ReportEdit = () => {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={<EditToolbar archive={isStaff(permissions)} />}>
        <ReportInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
