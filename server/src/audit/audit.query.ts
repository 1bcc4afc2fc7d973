import { column, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { recordFilter } from '../common/query/record-filter.js';
import { accountSpec } from '../accounts/account.query.js';

/** The audit trail is staff's: the query's rule says so, and so do the rows, should another query ever list them. */
export const auditEntrySpec: QuerySpec = {
  name: 'AuditEntry',
  table: 'audit_entry',
  fields: {
    at: scalar('at', 'datetime'),
    action: scalar('action', 'string'),
    recordType: scalar('entity_type', 'string'),
    reason: scalar('reason', 'string'),
    actor: one('actor_id', () => accountSpec, { description: 'Who made the change; changes made by the system have none.' }),
    record: recordFilter('The changes to one record, given by its global ID.'),
  },
  orders: { AT: column('at') },
  defaultOrder: [{ field: 'AT', direction: 'DESC' }],
};
