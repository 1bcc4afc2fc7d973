import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataTable, DateField, List, SelectArrayInput, SelectInput, TextInput, useRecordContext } from 'react-admin';
import { notificationStatusChoices } from '../reference/choices.js';
import { notificationTopicChoices, type NotificationRecord } from './outbox.adapter.js';

/** The filter keys are those `notificationFilterOf` maps to the API's NotificationFilter. */
const filters = [
  <SelectArrayInput key="status" source="status" label="Status" choices={notificationStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="topic" source="topic" label="Topic" choices={notificationTopicChoices} alwaysOn sx={{ minWidth: 220 }} />,
  <TextInput key="recipient" source="recipient" label="Recipient contains" resettable />,
  <TextInput key="record" source="record" label="Record ID" />,
];

const STATUS_COLOR = { QUEUED: 'default', SENT: 'success', FAILED: 'error' } as const;

function StatusChip({ notification }: { notification: NotificationRecord }) {
  const name = notificationStatusChoices.find((c) => c.id === notification.status)?.name ?? notification.status;
  return <Chip size="small" label={name} color={STATUS_COLOR[notification.status]} variant={notification.status === 'QUEUED' ? 'outlined' : 'filled'} />;
}

/** The expand panel of a row: the message as sent, and the last SMTP error if any. */
function NotificationBody() {
  const notification = useRecordContext<NotificationRecord>();
  if (!notification) return null;
  return (
    <Stack component="section" spacing={1.5} sx={{ py: 1 }} aria-label="Message">
      <Typography variant="subtitle2">{notification.subject}</Typography>
      <Typography variant="body2" component="div" sx={{ whiteSpace: 'pre-wrap' }}>
        {notification.body}
      </Typography>
      {notification.lastError ? (
        <Alert severity="error">
          Last error: <span style={{ fontFamily: 'monospace' }}>{notification.lastError}</span>
        </Alert>
      ) : null}
    </Stack>
  );
}

/** The messages the platform queued for people, newest first; QUEUED ones wait for an SMTP server. */
export const OutboxList = () => (
  <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false} title="Outbox">
    <DataTable rowClick="expand" expand={<NotificationBody />} bulkActionButtons={false}>
      <DataTable.Col source="createdAt" label="Created">
        <DateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="topic" disableSort />
      <DataTable.Col source="recipientEmail" label="Recipient" disableSort />
      <DataTable.Col source="subject" disableSort />
      <DataTable.Col<NotificationRecord> source="status" disableSort render={(n) => <StatusChip notification={n} />} />
      <DataTable.Col source="attempts" disableSort align="right" />
      <DataTable.Col source="sentAt" label="Sent at" disableSort>
        <DateField source="sentAt" showTime emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
