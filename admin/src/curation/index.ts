import { CurationQueue } from './CurationQueue.js';
import { RevisionQueue } from './RevisionQueue.js';

/** The curation queue: submitted pledges for staff to decide on, a list only (each pledge opens in `pledges`). */
export default {
  list: CurationQueue,
  show: undefined,
  edit: undefined,
  create: undefined,
  options: { label: 'Curation queue' },
  recordRepresentation: 'title',
};

/** Changes proposed to published pledges, for staff to review: a list only (the decisions are the pledge's panel). */
export const revisions = {
  list: RevisionQueue,
  show: undefined,
  edit: undefined,
  create: undefined,
  options: { label: 'Proposed changes' },
};
