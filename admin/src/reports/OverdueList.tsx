import { DataTable, DateField, List, SelectArrayInput, TextInput, useCreatePath, type Identifier } from 'react-admin';
import { sectorChoices } from '../reference/choices.js';
import { reportingHealthChoices } from './choices.js';
import { HealthChip } from './fields.js';
import { OVERDUE_FILTER, OVERDUE_SORT, type OverduePledge } from './overdue.adapter.js';

/** The filter keys are those `overdueFilterOf` maps to the API's PledgeFilter. */
const filters = [
  <SelectArrayInput key="health" source="health" label="Reporting state" choices={reportingHealthChoices} alwaysOn sx={{ minWidth: 220 }} />,
  <TextInput key="leadMemberName" source="leadMemberName" label="Lead member name" alwaysOn resettable />,
  <SelectArrayInput key="sector" source="sector" label="Lead member sector" choices={sectorChoices} sx={{ minWidth: 220 }} />,
];

/**
 * Staff's follow-up list: published pledges owing a report (overdue ones, with no report for over 24 months, and due ones),
 * those waiting longest first. A row opens on the pledge, whose page shows its reports.
 */
export const OverdueList = () => {
  const createPath = useCreatePath();
  return (
    <List filters={filters} filterDefaultValues={OVERDUE_FILTER} sort={OVERDUE_SORT} perPage={25} exporter={false} title="Reports owed">
      <DataTable rowClick={(id: Identifier) => createPath({ resource: 'pledges', id, type: 'show' })} bulkActionButtons={false}>
        <DataTable.Col source="reference" label="Ref." />
        <DataTable.Col source="title" />
        <DataTable.Col source="leadMember.name" label="Lead member" />
        <DataTable.Col<OverduePledge> label="Reporting state" disableSort render={(p) => <HealthChip health={p.progress.reportingHealth} />} />
        <DataTable.Col source="publishedAt" label="Published" disableSort>
          <DateField source="publishedAt" />
        </DataTable.Col>
        <DataTable.Col source="progress.lastReportedAt" label="Last reported">
          <DateField source="progress.lastReportedAt" emptyText="Never" />
        </DataTable.Col>
        <DataTable.Col source="progress.nextReportDueOn" label="Next report due" disableSort>
          <DateField source="progress.nextReportDueOn" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
