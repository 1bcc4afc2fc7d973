import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import {
  DateField,
  EditButton,
  FunctionField,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { AuditHistory } from '../audit/index.js';
import { MatchesSection, SuggestedPledges } from '../matchmaking/index.js';
import { useViewer } from '../matchmaking/useViewer.js';
import { pledgeTypeChoices } from '../reference/choices.js';
import { formatDisbursed } from '../reports/fields.js';
import { formatMoney, LabelsField } from '../ui/fields.js';
import { needPriorityChoices, needStatusChoices } from './choices.js';
import { whereOf } from './fields.js';
import type { CountryNeedRecord } from './needs.adapter.js';
import { NeedWorkflowButtons } from './NeedWorkflowButtons.js';

const Title = () => {
  const need = useRecordContext<CountryNeedRecord>();
  return <span>{need ? need.title : 'Country need'}</span>;
};

const Actions = () => {
  const need = useRecordContext<CountryNeedRecord>();
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <NeedWorkflowButtons />
      {need?.viewerMayEdit && <EditButton />}
    </TopToolbar>
  );
};

/** The pledges that could meet the need, and its matches: staff and organizers propose once it is published. */
function Matchmaking() {
  const need = useRecordContext<CountryNeedRecord>();
  const { role } = useViewer();
  if (!need) return null;
  const organizes = role === 'ADMIN' || role === 'CURATOR' || role === 'ORGANIZER';
  return (
    <>
      <Box component="section" aria-label="Suggested pledges" sx={{ px: 2, pb: 2 }}>
        <Divider sx={{ mb: 2 }} />
        <Typography variant="h6" component="h2">
          Suggested pledges
        </Typography>
        {need.status !== 'PUBLISHED' && (
          <Typography variant="body2" color="text.secondary">
            Only published needs are matched: these are the pledges it would be offered.
          </Typography>
        )}
        <SuggestedPledges need={need} canPropose={organizes && need.status === 'PUBLISHED' && !need.archivedAt} />
      </Box>
      <MatchesSection title="Matches" filter={{ need: need.id }} empty="No match yet." />
    </>
  );
}

export const NeedShow = () => (
  <Show title={<Title />} actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <SelectField source="status" choices={needStatusChoices} />
      <TextField source="statusReason" label="Reason for the last decision" emptyText="—" />
      <FunctionField<CountryNeedRecord> label="Country or region" render={whereOf} />
      <ReferenceField source="memberId" reference="members" label="Government" link="show" emptyText="—" />
      <TextField source="description" sx={{ whiteSpace: 'pre-line' }} />
      <TextField source="focusArea.name" label="Focus area" />
      <TextField source="pillar.name" label="Pillar" emptyText="—" />
      <LabelsField<CountryNeedRecord> label="Beneficiary groups" labels={(n) => n.beneficiaryGroups.map((b) => b.name)} />
      <SelectField source="modality" label="Preferred modality" choices={pledgeTypeChoices} />
      <SelectField source="priority" choices={needPriorityChoices} />
      <FunctionField<CountryNeedRecord> label="Funding gap" render={(n) => (n.fundingGap ? formatDisbursed(n.fundingGap) : 'Non-financial')} />
      <FunctionField<CountryNeedRecord> source="allocatedUsd" label="Allocated by matches" render={(n) => formatMoney(n.allocatedUsd, 'USD')} />
      <FunctionField<CountryNeedRecord> source="remainingGapUsd" label="Remaining gap" render={(n) => (n.fundingGap ? formatMoney(n.remainingGapUsd, 'USD') : '—')} />
      <DateField source="startDate" label="From" emptyText="—" />
      <DateField source="endDate" label="Until" emptyText="—" />
      <TextField source="source" emptyText="—" />
      <DateField source="submittedAt" label="Submitted" showTime emptyText="—" />
      <DateField source="publishedAt" label="Published" showTime emptyText="—" />
      <DateField source="archivedAt" label="Archived" showTime emptyText="Not archived" />
      <DateField source="updatedAt" label="Last changed" showTime />
      <NumberField source="version" />
    </SimpleShowLayout>
    <Matchmaking />
    <AuditHistory />
  </Show>
);
