import { column, custom, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { list, sql, TRUE, type Sql } from '../common/query/sql.js';
import { hasRole, isStaff, Role, type Viewer } from '../common/viewer.js';
import { eventSpec } from '../events/event.query.js';
import { pledgeSpec } from '../pledges/pledge.query.js';
import { countryNeedSpec } from './country-need.query.js';
import { MatchStatus } from './match.entity.js';

/** Staff and organizers see every match; pledgers those of their members' pledges and needs; the public none. */
function visibility(viewer: Viewer, alias: string, options: { includeArchived: boolean }): Sql {
  const notArchived = sql(`${alias}.archived_at IS NULL`);
  if (isStaff(viewer)) return options.includeArchived ? TRUE : notArchived;
  if (hasRole(viewer, Role.ORGANIZER)) return notArchived;
  if (viewer.kind !== 'account' || !viewer.memberIds.size) return sql('FALSE');
  const members = list([...viewer.memberIds]);
  return sql(
    `${alias}.archived_at IS NULL AND (${alias}.pledge_id IN (SELECT vp.id FROM pledge vp WHERE vp.lead_member_id IN (${members.text}))
      OR ${alias}.need_id IN (SELECT vn.id FROM country_need vn WHERE vn.member_id IN (${members.text})))`,
    [...members.values, ...members.values],
  );
}

export const matchSpec: QuerySpec = {
  name: 'Match',
  table: 'match',
  fields: {
    includeArchived: custom<boolean>({ input: () => Boolean, description: 'Include archived records (staff only).', compile: () => TRUE }),
    id: scalar('id', 'id'),
    status: scalar('status', { enum: MatchStatus, name: 'MatchStatus' }),
    amountUsd: scalar('amount_usd', 'decimal'),
    score: scalar('score', 'decimal'),
    createdAt: scalar('created_at', 'datetime'),
    updatedAt: scalar('updated_at', 'datetime'),
    need: one('need_id', () => countryNeedSpec),
    pledge: one('pledge_id', () => pledgeSpec),
    roundtable: one('event_id', () => eventSpec),
  },
  orders: {
    SCORE: column('score'),
    AMOUNT_USD: column('amount_usd', { nullable: true }),
    CREATED_AT: column('created_at'),
    UPDATED_AT: column('updated_at'),
  },
  defaultOrder: [{ field: 'SCORE', direction: 'DESC' }],
  visibility,
};
