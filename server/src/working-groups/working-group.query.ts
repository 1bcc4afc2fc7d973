import { column, scalar, type QuerySpec } from '../common/query/spec.js';
import { sql, TRUE } from '../common/query/sql.js';
import { isStaff } from '../common/viewer.js';

export const workingGroupSpec: QuerySpec = {
  name: 'WorkingGroup',
  table: 'working_group',
  fields: { id: scalar('id', 'id'), name: scalar('name', 'string') },
  orders: { NAME: column('name') },
  defaultOrder: [{ field: 'NAME', direction: 'ASC' }],
  visibility: (viewer, alias) => (isStaff(viewer) ? TRUE : sql(`${alias}.archived_at IS NULL`)),
};
