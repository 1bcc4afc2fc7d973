import type { ExpressionOfInterestRecord } from './expressionsOfInterest.adapter.js';
import { ExpressionOfInterestList } from './ExpressionOfInterestList.js';
import { ExpressionOfInterestShow } from './ExpressionOfInterestShow.js';

/** Requests to join the coalition, for staff to triage: a list and a page each; they change through the decisions only. */
export default {
  list: ExpressionOfInterestList,
  show: ExpressionOfInterestShow,
  edit: undefined,
  create: undefined,
  options: { label: 'Expressions of interest' },
  recordRepresentation: 'organizationName',
};
