import type { EventRecord } from './events.adapter.js';
import { EventCreate } from './EventCreate.js';
import { EventEdit } from './EventEdit.js';
import { EventList } from './EventList.js';
import { EventShow } from './EventShow.js';

export default {
  list: EventList,
  show: EventShow,
  edit: EventEdit,
  create: EventCreate,
  recordRepresentation: (event: EventRecord) => `${event.code}: ${event.name}`,
};
