import { graphql } from '../gql/index.js';
import type { NotificationFilter, NotificationOrderField, NotificationRecordFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { enumValues, notificationStatusChoices } from '../reference/choices.js';
import { notFound, orderOf, pageOf, textFilter, type ResourceAdapter } from '../resource-adapter.js';

graphql(`
  fragment NotificationRecord on Notification {
    id
    createdAt
    topic
    recipientEmail
    subject
    body
    status
    attempts
    lastError
    sentAt
    recordType
  }
`);

const List = graphql(`
  query NotificationList($first: Int!, $offset: Int!, $filter: NotificationFilter, $orderBy: [NotificationOrder!]) {
    notifications(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes {
        ...NotificationRecord
      }
    }
  }
`);

export type NotificationRecord = NotificationRecordFragment;

/** The topics the API queues messages under: the record type and the step (`pledge.approve`...). */
export const notificationTopicChoices = [
  { id: 'pledge.submit', name: 'pledge.submit: submitted for review (to staff)' },
  { id: 'pledge.approve', name: 'pledge.approve: published (to pledgers)' },
  { id: 'pledge.requestChanges', name: 'pledge.requestChanges: changes requested' },
  { id: 'pledge.reject', name: 'pledge.reject: not accepted' },
  { id: 'pledge.withdraw', name: 'pledge.withdraw: withdrawn' },
  { id: 'pledge.proposeRevision', name: 'pledge.proposeRevision: changes proposed (to staff)' },
  { id: 'pledge.acceptRevision', name: 'pledge.acceptRevision: proposed changes published' },
  { id: 'pledge.rejectRevision', name: 'pledge.rejectRevision: proposed changes not accepted' },
  { id: 'expressionOfInterest.accept', name: 'expressionOfInterest.accept: invitation of a new member' },
  { id: 'expressionOfInterest.decline', name: 'expressionOfInterest.decline: request to join declined' },
];

const SORTS: Record<string, NotificationOrderField> = { createdAt: 'CREATED_AT' };

/** The outbox's filter form as a NotificationFilter: status, topic, recipient (contains), record (global ID). */
export function notificationFilterOf(filter: Record<string, unknown> = {}): NotificationFilter {
  const statuses = enumValues(notificationStatusChoices, filter.status);
  const topic = textFilter(filter.topic);
  const recipient = textFilter(filter.recipient);
  return {
    status: statuses && { in: statuses },
    topic: topic ? { eq: topic } : undefined,
    recipientEmail: recipient ? { containsInsensitive: recipient } : undefined,
    record: textFilter(filter.record),
  };
}

/** Notifications have no lookup by ID: the ones the list has shown are kept for react-admin to find again. */
const seen = new Map<string, NotificationRecord>();

/** Read-only: messages are queued by the changes they tell of, and sent by the server. */
export const notifications: ResourceAdapter<NotificationRecord> = {
  async getList(params) {
    const { notifications } = await execute(List, { ...pageOf(params), filter: notificationFilterOf(params.filter), orderBy: orderOf(params.sort, SORTS) });
    for (const notification of notifications.nodes) seen.set(notification.id, notification);
    return { data: notifications.nodes, total: notifications.totalCount };
  },
  async getOne(id) {
    const notification = seen.get(String(id));
    if (!notification) throw notFound('notification', id);
    return notification;
  },
  async getMany(ids) {
    return ids.flatMap((id) => seen.get(String(id)) ?? []);
  },
};
