import { column, scalar, type QuerySpec } from '../common/query/spec.js';
import { ExpressionOfInterestStatus } from './expression-of-interest.entity.js';

export const expressionOfInterestSpec: QuerySpec = {
  name: 'ExpressionOfInterest',
  table: 'expression_of_interest',
  fields: {
    id: scalar('id', 'id'),
    status: scalar('status', { enum: ExpressionOfInterestStatus, name: 'ExpressionOfInterestStatus' }),
    organizationName: scalar('organization_name', 'string'),
    createdAt: scalar('created_at', 'datetime'),
  },
  orders: { CREATED_AT: column('created_at') },
  defaultOrder: [{ field: 'CREATED_AT', direction: 'ASC' }],
};
