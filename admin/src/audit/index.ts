import type { AuditEntryRecord } from './audit.adapter.js';
import { AuditList } from './AuditList.js';

export { AuditHistory } from './AuditHistory.js';
export { AuditChanges } from './AuditChanges.js';

/** The audit trail: a list only, for staff; nothing in it can be changed. */
export default {
  list: AuditList,
  show: undefined,
  edit: undefined,
  create: undefined,
  options: { label: 'Audit trail' },
  recordRepresentation: (entry: AuditEntryRecord) => `${entry.action} ${entry.at}`,
};
