import { column, scalar, type QuerySpec } from '../common/query/spec.js';
import { recordFilter } from '../common/query/record-filter.js';
import { NotificationStatus } from './notification.entity.js';

export const notificationSpec: QuerySpec = {
  name: 'Notification',
  table: 'notification',
  fields: {
    createdAt: scalar('created_at', 'datetime'),
    topic: scalar('topic', 'string'),
    recipientEmail: scalar('recipient_email', 'string'),
    status: scalar('status', { enum: NotificationStatus, name: 'NotificationStatus' }),
    recordType: scalar('entity_type', 'string'),
    record: recordFilter('The messages about one record, given by its global ID.'),
  },
  orders: { CREATED_AT: column('created_at') },
  defaultOrder: [{ field: 'CREATED_AT', direction: 'DESC' }],
};
