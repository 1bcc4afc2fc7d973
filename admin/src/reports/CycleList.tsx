import { CreateButton, DataTable, DateField, List, TopToolbar } from 'react-admin';
import { formatShare } from '../dashboard/format.js';
import type { ReportingCycleRecord } from './cycles.adapter.js';

const Actions = () => (
  <TopToolbar>
    <CreateButton label="Open a cycle" />
  </TopToolbar>
);

/** Every reporting year, the latest first, with how well it was answered; a row opens on its breakdowns and actions. */
export const CycleList = () => (
  <List actions={<Actions />} sort={{ field: 'year', order: 'DESC' }} exporter={false} pagination={false} empty={false} title="Reporting cycles">
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="year" />
      <DataTable.Col source="dueOn" label="Due on" field={DateField} />
      <DataTable.Col<ReportingCycleRecord> source="isOpen" label="State" render={(c) => (c.isOpen ? 'Open' : 'Closed')} />
      <DataTable.Col source="stats.owed" label="Owed" align="right" disableSort />
      <DataTable.Col source="stats.reported" label="Reported" align="right" disableSort />
      <DataTable.Col source="stats.accepted" label="Accepted" align="right" disableSort />
      <DataTable.Col<ReportingCycleRecord> label="Rate" align="right" disableSort render={(c) => formatShare(c.stats.rate)} />
      <DataTable.Col<ReportingCycleRecord> label="Entities reported" align="right" disableSort render={(c) => `${c.stats.entitiesReported} of ${c.stats.entitiesOwing}`} />
    </DataTable>
  </List>
);
