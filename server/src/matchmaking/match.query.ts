import { archivedField, column, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { eventSpec } from '../events/event.query.js';
import { pledgeSpec } from '../pledges/pledge.query.js';
import { countryNeedSpec } from './country-need.query.js';
import { MatchStatus } from './match.entity.js';

export const matchSpec: QuerySpec = {
  name: 'Match',
  table: 'match',
  fields: {
    archived: archivedField(),
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
};
