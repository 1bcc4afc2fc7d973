import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import {
  DateField,
  EmailField,
  FunctionField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  UrlField,
  useRecordContext,
} from 'react-admin';
import { AuditHistory } from '../audit/index.js';
import { formatDateTime } from '../audit/format.js';
import { expressionOfInterestStatusChoices, sectorChoices } from '../reference/choices.js';
import { LabelsField } from '../ui/fields.js';
import type { ExpressionOfInterestRecord } from './expressionsOfInterest.adapter.js';
import { DecisionButtons } from './DecisionButtons.js';
import { DuplicateMembersAlert, MemberLink } from './DuplicateMembers.js';

const Title = () => {
  const request = useRecordContext<ExpressionOfInterestRecord>();
  return <span>Expression of interest{request ? `: ${request.organizationName}` : ''}</span>;
};

const Actions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <DecisionButtons />
  </TopToolbar>
);

/** How the request was decided: once accepted, the way to the member it became. */
function Decision() {
  const request = useRecordContext<ExpressionOfInterestRecord>();
  if (!request || request.status === 'PENDING') return null;
  const when = request.decidedAt ? ` on ${formatDateTime(request.decidedAt)}` : '';
  if (request.status === 'ACCEPTED') {
    return (
      <Alert severity="success" sx={{ m: 2, mb: 0 }} aria-label="Decision">
        <AlertTitle>Accepted{when}</AlertTitle>
        {request.member ? (
          <>
            The new member: <MemberLink member={request.member} />. Its contact was invited to set a password.
          </>
        ) : (
          'The member it became is no longer visible.'
        )}
      </Alert>
    );
  }
  return (
    <Alert severity="info" sx={{ m: 2, mb: 0 }} aria-label="Decision">
      <AlertTitle>Declined{when}</AlertTitle>
      {request.decisionReason ? `Reason: ${request.decisionReason}` : null}
    </Alert>
  );
}

/** A request to join, in full; pending ones are accepted or declined from the toolbar. */
export const ExpressionOfInterestShow = () => (
  <Show title={<Title />} actions={<Actions />}>
    <Decision />
    <DuplicateMembersAlert />
    <SimpleShowLayout>
      <TextField source="organizationName" label="Organisation" />
      <SelectField source="sector" choices={sectorChoices} />
      <TextField source="country.name" label="Home country" />
      <UrlField source="website" emptyText="—" />
      <LabelsField<ExpressionOfInterestRecord> label="Focus areas of interest" labels={(r) => r.focusAreas.map((f) => f.name)} />
      <TextField source="message" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <TextField source="contactName" label="Contact" />
      <EmailField source="contactEmail" label="Contact e-mail" />
      <TextField source="contactPhone" label="Contact phone" emptyText="—" />
      <DateField source="createdAt" label="Submitted" showTime />
      <SelectField source="status" choices={expressionOfInterestStatusChoices} />
      <DateField source="decidedAt" label="Decided" showTime emptyText="—" />
      <TextField source="decisionReason" label="Reason for declining" emptyText="—" />
      <FunctionField<ExpressionOfInterestRecord> label="Member" render={(r) => (r.member ? <MemberLink member={r.member} /> : '—')} />
    </SimpleShowLayout>
    <AuditHistory />
  </Show>
);
