import {
  BooleanField,
  DateField,
  EditButton,
  FunctionField,
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { pledgeStatusChoices, pledgeTypeChoices } from '../reference/choices.js';
import { AuditHistory } from '../audit/index.js';
import { PledgeProgressPanel } from '../reports/index.js';
import { formatMoney, LabelsField } from '../ui/fields.js';
import type { PledgeRecord } from './pledges.adapter.js';
import { AnnounceButton } from './AnnounceButton.js';
import { PledgeWorkflowButtons } from './PledgeWorkflowButtons.js';
import { PledgeRevisionPanel } from './PledgeRevisionPanel.js';
import { ProposeChangesButton } from './ProposeChangesButton.js';

const PledgeActions = () => {
  const pledge = useRecordContext<PledgeRecord>();
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <PledgeWorkflowButtons />
      <AnnounceButton />
      <ProposeChangesButton />
      {pledge?.viewerMayEdit && <EditButton />}
    </TopToolbar>
  );
};

/**
 * Shown only for pledges announced live, most never are. Given `label={false}`, the tab leaves the label to it,
 * instead of labelling an empty row.
 */
const AnnouncedLiveField = (_props: { label: false }) => {
  const pledge = useRecordContext<PledgeRecord>();
  if (!pledge?.announcedAt) return null;
  return (
    <Labeled label="Announced live">
      <DateField source="announcedAt" showTime />
    </Labeled>
  );
};

export const PledgeShow = () => (
  <Show actions={<PledgeActions />}>
    {/* Above the tabs, so that a proposal waiting for review cannot be missed. */}
    <PledgeRevisionPanel />
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="Pledge">
        <NumberField source="reference" emptyText="Not published yet" options={{ useGrouping: false }} />
        <TextField source="title" />
        <SelectField source="status" choices={pledgeStatusChoices} />
        <TextField source="statusReason" label="Reason for the last decision" emptyText="—" />
        <SelectField source="type" choices={pledgeTypeChoices} />
        <ReferenceField source="leadMemberId" reference="members" label="Lead member" link="show" />
        <LabelsField<PledgeRecord> label="Partners" labels={(p) => p.partners.map((m) => m.name)} />
        <TextField source="description" />
        <FunctionField<PledgeRecord>
          label="Estimated value"
          render={(p) =>
            p.estimatedValue
              ? `${formatMoney(p.estimatedValue.amount, p.estimatedValue.currency.code)} (${formatMoney(p.estimatedValue.usdValue, 'USD')} at the rate of ${p.estimatedValue.rateDate})`
              : '—'
          }
        />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Scope">
        <LabelsField<PledgeRecord> label="Focus areas" labels={(p) => p.focusAreas.map((f) => f.name)} />
        <LabelsField<PledgeRecord> label="Pillars" labels={(p) => p.pillars.map((x) => x.name)} />
        <BooleanField source="isGlobal" label="Implemented worldwide" />
        <LabelsField<PledgeRecord> label="Countries" labels={(p) => p.countries.map((c) => c.name)} />
        <LabelsField<PledgeRecord> label="Regions" labels={(p) => p.regions.map((r) => r.name)} />
        <LabelsField<PledgeRecord> label="Beneficiary groups" labels={(p) => p.beneficiaryGroups.map((b) => b.name)} />
        <LabelsField<PledgeRecord> label="SDGs" labels={(p) => p.sdgs.map((s) => `${s.number}. ${s.title}`)} />
        <NumberField source="targetBeneficiaries" label="Target beneficiaries" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="Dates">
        <ReferenceField source="eventId" reference="events" label="Announced at" link="show" emptyText="—" />
        <DateField source="announcedOn" label="Announced on" emptyText="—" />
        <AnnouncedLiveField label={false} />
        <DateField source="startDate" label="Starts" emptyText="—" />
        <DateField source="endDate" label="Ends" emptyText="—" />
        <DateField source="submittedAt" label="Submitted" showTime emptyText="—" />
        <DateField source="publishedAt" label="Published" showTime emptyText="—" />
        <DateField source="archivedAt" label="Archived" showTime emptyText="Not archived" />
        <DateField source="updatedAt" label="Last changed" showTime />
        <NumberField source="version" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
    <PledgeProgressPanel />
    <AuditHistory />
  </Show>
);
