import { column, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { accountSpec } from '../accounts/account.query.js';
import { PledgeRevisionStatus } from './pledge-revision.entity.js';
import { pledgeSpec } from './pledge.query.js';

export const pledgeRevisionSpec: QuerySpec = {
  name: 'PledgeRevision',
  table: 'pledge_revision',
  fields: {
    id: scalar('id', 'id'),
    status: scalar('status', { enum: PledgeRevisionStatus, name: 'PledgeRevisionStatus' }),
    createdAt: scalar('created_at', 'datetime', { description: 'When the changes were proposed.' }),
    decidedAt: scalar('decided_at', 'datetime'),
    pledge: one('pledge_id', () => pledgeSpec),
    proposedBy: one('proposed_by_id', () => accountSpec),
  },
  orders: {
    CREATED_AT: column('created_at'),
    DECIDED_AT: column('decided_at', { nullable: true }),
  },
  defaultOrder: [{ field: 'CREATED_AT', direction: 'ASC' }],
};
