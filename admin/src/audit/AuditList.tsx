import type { MouseEvent } from 'react';
import Typography from '@mui/material/Typography';
import { DataTable, DateField, DateInput, Link, List, SelectInput, TextInput, useCreatePath, useResourceDefinitions } from 'react-admin';
import type { AuditEntryRecord } from './audit.adapter.js';
import { AuditEntryChanges } from './AuditChanges.js';
import { actorName, effectiveChanges, fieldLabel, recordTypeChoices, recordTypeName, RESOURCE_OF_TYPE } from './format.js';

/** The filter keys are those `auditFilterOf` maps to the API's AuditEntryFilter. */
const filters = [
  <TextInput key="action" source="action" label="Action contains" alwaysOn resettable />,
  <SelectInput key="recordType" source="recordType" label="Record type" choices={recordTypeChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <DateInput key="from" source="from" label="From" alwaysOn />,
  <DateInput key="until" source="until" label="Until" alwaysOn />,
  <TextInput key="actor" source="actor" label="Who (name or e-mail)" />,
  <TextInput key="record" source="record" label="Record ID" />,
];

/** What the changed record is called now. */
function recordLabel(entry: AuditEntryRecord): string | undefined {
  const record = entry.record;
  if (!record) return undefined;
  if ('title' in record) return record.title;
  if ('name' in record) return record.name;
  if ('displayName' in record) return record.displayName;
  if ('organizationName' in record) return record.organizationName;
  return undefined;
}

const stop = (event: MouseEvent) => event.stopPropagation();

/** The changed record, linked to its page in the console when it has one for the viewer's role. */
function RecordCell({ entry }: { entry: AuditEntryRecord }) {
  const createPath = useCreatePath();
  const resources = useResourceDefinitions();
  const label = recordLabel(entry) ?? entry.record?.id;
  if (!entry.record || !label) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
        not visible
      </Typography>
    );
  }
  const resource = RESOURCE_OF_TYPE[entry.recordType];
  if (!resource || !resources[resource]?.hasShow) return <>{label}</>;
  return (
    <Link to={createPath({ resource, id: entry.record.id, type: 'show' })} onClick={stop}>
      {label}
    </Link>
  );
}

/** Every change to curated data, newest first; a row opens on the changed fields, before → after. */
export const AuditList = () => (
  <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={25} exporter={false}>
    <DataTable rowClick="expand" expand={<AuditEntryChanges />} bulkActionButtons={false}>
      <DataTable.Col source="at" label="When">
        <DateField source="at" showTime />
      </DataTable.Col>
      <DataTable.Col<AuditEntryRecord> label="Who" disableSort render={(entry) => actorName(entry)} />
      <DataTable.Col source="action" disableSort />
      <DataTable.Col<AuditEntryRecord> source="recordType" label="Record type" disableSort render={(entry) => recordTypeName(entry.recordType)} />
      <DataTable.Col<AuditEntryRecord> label="Record" disableSort render={(entry) => <RecordCell entry={entry} />} />
      <DataTable.Col<AuditEntryRecord> label="Fields" disableSort render={(entry) => effectiveChanges(entry.changes).map((c) => fieldLabel(c.field)).join(', ') || '—'} />
      <DataTable.Col source="reason" disableSort />
    </DataTable>
  </List>
);
