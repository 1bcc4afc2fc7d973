import { ID } from 'type-graphql';
import { column, custom, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { sql } from '../common/query/sql.js';
import { fromGlobalId } from '../common/global-id.js';
import { invalidInput } from '../common/errors.js';
import { isStaff } from '../common/viewer.js';
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
    record: custom<string>({
      input: () => ID,
      description: 'The changes to one record, given by its global ID.',
      compile: (value, alias, ctx) => {
        const parsed = fromGlobalId(value);
        if (!parsed) throw invalidInput(ctx.path, 'is not a valid ID');
        return sql(`${alias}.entity_type = ? AND ${alias}.entity_id = ?`, [parsed.type, parsed.id]);
      },
    }),
  },
  orders: { AT: column('at') },
  defaultOrder: [{ field: 'AT', direction: 'DESC' }],
  visibility: (viewer) => (isStaff(viewer) ? sql('TRUE') : sql('FALSE')),
};
