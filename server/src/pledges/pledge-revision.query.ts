import { column, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { list, sql } from '../common/query/sql.js';
import { isStaff } from '../common/viewer.js';
import { accountSpec } from '../accounts/account.query.js';
import { PledgeRevisionStatus } from './pledge-revision.entity.js';
import { pledgeSpec } from './pledge.query.js';

/** Staff see every proposal; pledgers those made to their members' pledges (whoever proposed them); nobody else any. */
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
  visibility: (viewer, alias) => {
    if (isStaff(viewer)) return sql('TRUE');
    if (viewer.kind !== 'account' || !viewer.memberIds.size) return sql('FALSE');
    const members = list([...viewer.memberIds]);
    return sql(`${alias}.pledge_id IN (SELECT rp.id FROM pledge rp WHERE rp.lead_member_id IN (${members.text}))`, members.values);
  },
};
