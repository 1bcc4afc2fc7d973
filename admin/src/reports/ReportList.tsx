import { DataTable, DateField, List, NumberInput, SearchInput, SelectArrayInput, usePermissions } from 'react-admin';
import { isStaff, type Permissions } from '../authProvider.js';
import { formatCount } from '../dashboard/format.js';
import { formatMoney } from '../ui/fields.js';
import { choiceName, implementationStatusChoices, progressReportStatusChoices } from './choices.js';
import { ReportStatusChip } from './fields.js';
import { DEFAULT_REPORT_SORT, REVIEW_FILTER, REVIEW_SORT, type ProgressReportRecord } from './reports.adapter.js';

/** The filter keys are those `reportFilterOf` maps to the API's ProgressReportFilter. */
const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Pledge title or lead member" sx={{ minWidth: 280 }} />,
  <SelectArrayInput key="status" source="status" label="Status" choices={progressReportStatusChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <NumberInput key="year" source="year" label="Year" alwaysOn min={2021} step={1} sx={{ maxWidth: 120 }} />,
  <SelectArrayInput key="implementationStatus" source="implementationStatus" label="Implementation status" choices={implementationStatusChoices} sx={{ minWidth: 220 }} />,
];

const pledgeLabel = ({ pledge }: ProgressReportRecord) => (pledge.reference ? `#${pledge.reference} ${pledge.title}` : pledge.title);

/**
 * Progress reports the viewer may see. Staff open on the reports waiting for review, the longest waiting first
 * (clearing the status filter lists them all); pledgers on their members' reports, the latest change first.
 */
export const ReportList = () => {
  const { permissions, isPending } = usePermissions<Permissions>();
  // The default filter depends on the role: wait for it rather than start with the wrong one.
  if (isPending) return null;
  const staff = isStaff(permissions);
  return (
    <List
      filters={filters}
      filterDefaultValues={staff ? REVIEW_FILTER : undefined}
      sort={staff ? REVIEW_SORT : DEFAULT_REPORT_SORT}
      perPage={25}
      exporter={false}
      title="Progress reports"
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col<ProgressReportRecord> label="Pledge" disableSort render={pledgeLabel} />
        <DataTable.Col source="pledge.leadMember.name" label="Lead member" disableSort />
        <DataTable.Col source="year" />
        <DataTable.Col<ProgressReportRecord> source="status" disableSort render={(r) => <ReportStatusChip status={r.status} />} />
        <DataTable.Col<ProgressReportRecord>
          source="implementationStatus"
          label="Implementation"
          disableSort
          render={(r) => choiceName(implementationStatusChoices, r.implementationStatus)}
        />
        <DataTable.Col<ProgressReportRecord>
          source="amountDisbursed.usdValue"
          label="Disbursed (USD)"
          align="right"
          render={(r) => formatMoney(r.amountDisbursed?.usdValue, 'USD')}
        />
        <DataTable.Col<ProgressReportRecord>
          source="peopleReached"
          label="People reached"
          align="right"
          render={(r) => (r.peopleReached == null ? '—' : formatCount(r.peopleReached))}
        />
        <DataTable.Col source="submittedAt" label="Submitted">
          <DateField source="submittedAt" showTime emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="updatedAt" label="Last change">
          <DateField source="updatedAt" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
