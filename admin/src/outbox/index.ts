import { OutboxList } from './OutboxList.js';

/** The notification outbox: a list only, for staff; messages are queued by the changes they tell of. */
export default {
  list: OutboxList,
  show: undefined,
  edit: undefined,
  create: undefined,
  options: { label: 'Outbox' },
  recordRepresentation: 'subject',
};
