import { CurationQueue } from './CurationQueue.js';

/** The curation queue: submitted pledges for staff to decide on, a list only (each pledge opens in `pledges`). */
export default {
  list: CurationQueue,
  show: undefined,
  edit: undefined,
  create: undefined,
  options: { label: 'Curation queue' },
  recordRepresentation: 'title',
};
