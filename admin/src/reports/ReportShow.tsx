import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import CheckBoxIcon from '@mui/icons-material/CheckBox';
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank';
import Stack from '@mui/material/Stack';
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
  useGetList,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { isStaff, type Permissions } from '../authProvider.js';
import { AuditHistory } from '../audit/index.js';
import { formatCount } from '../dashboard/format.js';
import { LabelsField } from '../ui/fields.js';
import { implementationStatusChoices } from './choices.js';
import type { ConnectivityTargetRecord } from './cycles.adapter.js';
import { formatDisbursed, ReportStatusChip } from './fields.js';
import type { ProgressReportRecord } from './reports.adapter.js';
import { ReportWorkflowButtons } from './ReportWorkflowButtons.js';

export const reportTitle = (report: Pick<ProgressReportRecord, 'year' | 'pledge'>) => `${report.year} report on ${report.pledge.title}`;

const Title = () => {
  const report = useRecordContext<ProgressReportRecord>();
  return <span>{report ? reportTitle(report) : 'Progress report'}</span>;
};

const Actions = () => {
  const report = useRecordContext<ProgressReportRecord>();
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <ReportWorkflowButtons />
      {report?.viewerMayEdit && <EditButton />}
    </TopToolbar>
  );
};

/** A returned report says why at the top, where the pledger who corrects it looks first. */
function ReturnedAlert() {
  const report = useRecordContext<ProgressReportRecord>();
  if (report?.status !== 'RETURNED') return null;
  return (
    <Alert severity="warning" sx={{ m: 2, mb: 0 }} aria-label="Returned for changes">
      <AlertTitle>Returned for changes</AlertTitle>
      {report.statusReason ? `Reason: ${report.statusReason}` : 'Correct the report and submit it again.'}
    </Alert>
  );
}

const ALL = { page: 1, perPage: 100 };

/** The whole connectivity checklist, the targets the report ticks marked. */
function TargetsChecklist(_: { label?: string }) {
  const report = useRecordContext<ProgressReportRecord>();
  const { data: targets = [] } = useGetList<ConnectivityTargetRecord>('connectivityTargets', { pagination: ALL, sort: { field: 'position', order: 'ASC' } });
  if (!report) return null;
  const ticked = new Set(report.targetCodes);
  return (
    <Stack component="ul" aria-label="Connectivity targets" sx={{ listStyle: 'none', p: 0, m: 0, gap: 0.25 }}>
      {targets.map((target) => {
        const checked = ticked.has(target.code);
        return (
          <Stack component="li" key={target.code} direction="row" sx={{ alignItems: 'center', gap: 1, color: checked ? 'text.primary' : 'text.disabled' }}>
            {checked ? <CheckBoxIcon fontSize="small" color="primary" titleAccess="Ticked" /> : <CheckBoxOutlineBlankIcon fontSize="small" titleAccess="Not ticked" />}
            <Typography variant="body2">
              {target.title} <Typography component="span" variant="caption" color="text.secondary">({target.dimension})</Typography>
            </Typography>
          </Stack>
        );
      })}
    </Stack>
  );
}

function EvidenceLinks(_: { label?: string }) {
  const report = useRecordContext<ProgressReportRecord>();
  if (!report?.evidenceLinks.length) return <Typography variant="body2">—</Typography>;
  return (
    <Stack component="ul" sx={{ m: 0, pl: 2 }}>
      {report.evidenceLinks.map((link) => (
        <li key={link}>
          <Typography variant="body2" component="a" href={link} target="_blank" rel="noopener noreferrer">
            {link}
          </Typography>
        </li>
      ))}
    </Stack>
  );
}

const PRE_LINE = { whiteSpace: 'pre-line' } as const;

/** A report in full; pledgers submit it, staff accept or return it, from the toolbar. */
export const ReportShow = () => {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Show title={<Title />} actions={<Actions />}>
      <ReturnedAlert />
      <SimpleShowLayout>
        <ReferenceField source="pledgeId" reference="pledges" label="Pledge" link="show" />
        <TextField source="pledge.leadMember.name" label="Lead member" />
        <NumberField source="year" label="Reporting year" options={{ useGrouping: false }} />
        <FunctionField<ProgressReportRecord> label="Status" render={(r) => <ReportStatusChip status={r.status} />} />
        <TextField source="statusReason" label="Reason for returning it" emptyText="—" />
        <SelectField source="implementationStatus" label="Implementation status" choices={implementationStatusChoices} />
        <FunctionField<ProgressReportRecord> label="Disbursed during the year" render={(r) => formatDisbursed(r.amountDisbursed)} />
        <FunctionField<ProgressReportRecord> label="People reached so far" render={(r) => (r.peopleReached == null ? '—' : formatCount(r.peopleReached))} />
        <FunctionField<ProgressReportRecord> label="Of them, women and girls" render={(r) => (r.womenReached == null ? '—' : formatCount(r.womenReached))} />
        <LabelsField<ProgressReportRecord>
          label="People reached by beneficiary group"
          labels={(r) => r.groupReach.map((g) => `${g.beneficiaryGroup.name}: ${formatCount(g.people)}`)}
        />
        <TextField source="stepsTaken" label="Steps taken" emptyText="—" sx={PRE_LINE} />
        <TextField source="outcomes" label="Outcomes achieved" emptyText="—" sx={PRE_LINE} />
        <TextField source="challenges" label="Challenges met" emptyText="—" sx={PRE_LINE} />
        <TargetsChecklist label="Contributes to the connectivity targets" />
        <EvidenceLinks label="Evidence" />
        <DateField source="submittedAt" label="Submitted" showTime emptyText="—" />
        <DateField source="decidedAt" label="Last decided" showTime emptyText="—" />
        {isStaff(permissions) && <FunctionField<ProgressReportRecord> label="Started by" render={(r) => r.createdBy?.displayName || r.createdBy?.email || '—'} />}
        <DateField source="archivedAt" label="Archived" showTime emptyText="Not archived" />
        <DateField source="updatedAt" label="Last changed" showTime />
        <NumberField source="version" />
      </SimpleShowLayout>
      <AuditHistory />
    </Show>
  );
};
