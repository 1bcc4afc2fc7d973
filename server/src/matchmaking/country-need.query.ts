import { archivedField, column, many, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { memberSpec } from '../members/member.query.js';
import { PledgeType } from '../pledges/pledge.entity.js';
import { beneficiaryGroupSpec, countrySpec, focusAreaSpec, pillarSpec, regionSpec } from '../reference/reference.query.js';
import { CountryNeedStatus, NeedPriority } from './country-need.entity.js';

export const countryNeedSpec: QuerySpec = {
  name: 'CountryNeed',
  table: 'country_need',
  fields: {
    archived: archivedField(),
    id: scalar('id', 'id'),
    title: scalar('title', 'string'),
    description: scalar('description', 'string'),
    status: scalar('status', { enum: CountryNeedStatus, name: 'CountryNeedStatus' }),
    modality: scalar('modality', { enum: PledgeType, name: 'PledgeType' }),
    priority: scalar('priority', { enum: NeedPriority, name: 'NeedPriority' }),
    gapUsd: scalar('gap_usd', 'decimal', { description: 'The funding gap in USD; empty for non-financial needs.' }),
    startDate: scalar('start_date', 'date'),
    endDate: scalar('end_date', 'date'),
    createdAt: scalar('created_at', 'datetime'),
    updatedAt: scalar('updated_at', 'datetime'),
    publishedAt: scalar('published_at', 'datetime'),
    country: one('country_id', () => countrySpec),
    region: one('region_id', () => regionSpec),
    focusArea: one('focus_area_id', () => focusAreaSpec),
    pillar: one('pillar_id', () => pillarSpec),
    member: one('member_id', () => memberSpec, { description: 'The government member that submitted it.' }),
    beneficiaryGroups: many(() => beneficiaryGroupSpec, { table: 'country_need_beneficiary_group', ownerColumn: 'country_need_id', targetColumn: 'beneficiary_group_id' }),
  },
  orders: {
    TITLE: column('title'),
    CREATED_AT: column('created_at'),
    UPDATED_AT: column('updated_at'),
    GAP_USD: column('gap_usd', { nullable: true }),
    PRIORITY: column('priority'),
  },
  defaultOrder: [{ field: 'UPDATED_AT', direction: 'DESC' }],
};
