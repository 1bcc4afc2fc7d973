import { column, scalar, type QuerySpec } from '../common/query/spec.js';
import { Role } from '../common/viewer.js';

/** Accounts are listed to admins only (the query's rule); no row-level visibility beyond that. */
export const accountSpec: QuerySpec = {
  name: 'Account',
  table: 'account',
  fields: {
    id: scalar('id', 'id'),
    email: scalar('email', 'string'),
    displayName: scalar('display_name', 'string'),
    role: scalar('role', { enum: Role, name: 'Role' }),
  },
  orders: { EMAIL: column('email', { unique: true }) },
  defaultOrder: [{ field: 'EMAIL', direction: 'ASC' }],
};
