import { archivedField, column, scalar, type QuerySpec } from '../common/query/spec.js';

export const workingGroupSpec: QuerySpec = {
  name: 'WorkingGroup',
  table: 'working_group',
  fields: { id: scalar('id', 'id'), name: scalar('name', 'string'), archived: archivedField() },
  orders: { NAME: column('name') },
  defaultOrder: [{ field: 'NAME', direction: 'ASC' }],
};
