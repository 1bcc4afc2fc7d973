import { Field, ID, InputType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { archivedField, column, custom, many, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { accessRuleOf } from '../common/access.js';
import { PledgeRevisionStatus } from './pledge-revision.entity.js';
import { and, list, or, sql, TRUE, type Sql } from '../common/query/sql.js';
import { toPrefixTsQuery } from '../common/query/search.js';
import type { Viewer } from '../common/viewer.js';
import { memberSpec } from '../members/member.query.js';
import { eventSpec } from '../events/event.query.js';
import {
  beneficiaryGroupSpec,
  countryInGroups,
  countryInRegions,
  countrySpec,
  currencySpec,
  focusAreaSpec,
  pillarSpec,
  regionIds,
  regionSpec,
  RegionMatch,
  sdgSpec,
} from '../reference/reference.query.js';
import { CountryGroup } from '../reference/country.entity.js';
import { PledgeStatus, PledgeType } from './pledge.entity.js';
import { healthOf, pledgeProgressSpec, ReportingHealth } from '../reports/reporting-health.js';

@InputType({ description: 'Pledges by the UN country groups of their implementation countries.' })
export class PledgeCountryGroupMatch {
  @Field(() => [CountryGroup], { nullable: true, description: 'Targets at least one country in one of these groups.' })
  some?: CountryGroup[];

  @Field(() => [CountryGroup], { nullable: true, description: 'Targets no country in any of these groups.' })
  none?: CountryGroup[];

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'The day membership counts on. By default the pledge\'s announcement day: a 2022 pledge to Bangladesh targeted an LDC.',
  })
  asOf?: string;
}

/** Uncorrelated unless a fixed day is given per pledge: one hashed pass over the pledges' countries and memberships. */
function targetsGroups(alias: string, groups: readonly CountryGroup[], asOf: string | undefined, inner: string, membership: string): Sql {
  const p = `${inner}p`;
  const day = asOf ? sql('?::date', [asOf]) : sql(`COALESCE(${p}.announced_on, ${p}.created_at::date)`);
  const condition = countryInGroups(`${inner}.country_id`, groups, day, membership);
  return sql(
    `${alias}.id IN (SELECT ${p}.id FROM pledge ${p} JOIN pledge_country ${inner} ON ${inner}.pledge_id = ${p}.id WHERE ${condition.text})`,
    condition.values,
  );
}

/** Proposals the viewer may see (their access rule) that wait for review. */
function pendingRevisionOf(alias: string, r: string, viewer: Viewer): Sql {
  const visible = and([sql(`${r}.pledge_id = ${alias}.id AND ${r}.status = ?`, [PledgeRevisionStatus.PENDING]), accessRuleOf('PledgeRevision').visible(viewer, r)]);
  return sql(`EXISTS (SELECT 1 FROM pledge_revision ${r} WHERE ${visible.text})`, visible.values);
}

export const pledgeSpec: QuerySpec = {
  name: 'Pledge',
  table: 'pledge',
  fields: {
    id: scalar('id', 'id'),
    reference: scalar('reference', 'int'),
    title: scalar('title', 'string'),
    description: scalar('description', 'string'),
    type: scalar('type', { enum: PledgeType, name: 'PledgeType' }),
    status: scalar('status', { enum: PledgeStatus, name: 'PledgeStatus' }, { description: 'The public only ever sees PUBLISHED pledges.' }),
    usdValue: scalar('usd_value', 'decimal', { description: 'Estimated value in USD; empty for pledges without a value.' }),
    currency: one('currency_id', () => currencySpec, { description: 'Currency of the original amount.' }),
    isGlobal: scalar('is_global', 'boolean'),
    startDate: scalar('start_date', 'date'),
    endDate: scalar('end_date', 'date'),
    announcedOn: scalar('announced_on', 'date'),
    targetBeneficiaries: scalar('target_beneficiaries', 'int'),
    createdAt: scalar('created_at', 'datetime'),
    updatedAt: scalar('updated_at', 'datetime'),
    submittedAt: scalar('submitted_at', 'datetime'),
    publishedAt: scalar('published_at', 'datetime'),
    leadMember: one('lead_member_id', () => memberSpec, { description: 'The lead member: its sector, home country and region, champion flag...' }),
    partners: many(() => memberSpec, { table: 'pledge_partner', ownerColumn: 'pledge_id', targetColumn: 'member_id' }),
    event: one('event_id', () => eventSpec, { description: 'The event where the pledge was announced.' }),
    focusAreas: many(() => focusAreaSpec, { table: 'pledge_focus_area', ownerColumn: 'pledge_id', targetColumn: 'focus_area_id' }),
    pillars: many(() => pillarSpec, { table: 'pledge_pillar', ownerColumn: 'pledge_id', targetColumn: 'pillar_id' }),
    countries: many(() => countrySpec, { table: 'pledge_country', ownerColumn: 'pledge_id', targetColumn: 'country_id' }, { description: 'Implementation countries.' }),
    regions: many(() => regionSpec, { table: 'pledge_region', ownerColumn: 'pledge_id', targetColumn: 'region_id' }, { description: 'Implementation regions named on the pledge.' }),
    beneficiaryGroups: many(() => beneficiaryGroupSpec, { table: 'pledge_beneficiary_group', ownerColumn: 'pledge_id', targetColumn: 'beneficiary_group_id' }),
    sdgs: many(() => sdgSpec, { table: 'pledge_sdg', ownerColumn: 'pledge_id', targetColumn: 'sdg_id' }),
    implementedIn: custom<RegionMatch>({
      input: () => RegionMatch,
      description: 'Implemented in one of these regions (of any kind): named on the pledge, or through one of its countries.',
      compile: (value, alias, ctx) => {
        const regions = regionIds(value.in, `${ctx.path}.in`);
        if (!regions.length) return sql('FALSE');
        const l = list(regions);
        const r = ctx.alias();
        const pc = ctx.alias();
        const c = ctx.alias();
        const inRegions = countryInRegions(c, regions);
        return or([
          sql(`${alias}.id IN (SELECT ${r}.pledge_id FROM pledge_region ${r} WHERE ${r}.region_id IN (${l.text}))`, l.values),
          sql(`${alias}.id IN (SELECT ${pc}.pledge_id FROM pledge_country ${pc} WHERE ${pc}.country_id IN (SELECT ${c}.id FROM country ${c} WHERE ${inRegions.text}))`, inRegions.values),
        ]);
      },
    }),
    countryGroups: custom<PledgeCountryGroupMatch>({
      input: () => PledgeCountryGroupMatch,
      description: 'LDC / LLDC / SIDS targeting, as of the announcement day unless `asOf` is given.',
      compile: (value, alias, ctx) => {
        const none = value.none ? targetsGroups(alias, value.none, value.asOf, ctx.alias(), ctx.alias()) : undefined;
        return and([
          value.some ? targetsGroups(alias, value.some, value.asOf, ctx.alias(), ctx.alias()) : TRUE,
          none ? sql(`NOT ${none.text}`, none.values) : TRUE,
        ]);
      },
    }),
    progress: one('id', () => pledgeProgressSpec, {
      description: 'What its accepted progress reports say: implementation status, disbursed, people reached (pledges never reported on have none).',
    }),
    reportingHealth: custom<ReportingHealth[]>({
      input: () => [ReportingHealth],
      description: 'Published pledges in one of these reporting states, as of today.',
      compile: (value, alias, ctx) => {
        if (!value.length) return sql('FALSE');
        const pp = ctx.alias();
        const l = list(value);
        return sql(`(SELECT ${healthOf(alias, pp)} FROM (SELECT 1) ${pp}_ LEFT JOIN pledge_progress ${pp} ON ${pp}.id = ${alias}.id) IN (${l.text})`, l.values);
      },
    }),
    hasPendingRevision: custom<boolean>({
      input: () => Boolean,
      description: 'Published pledges with proposed changes waiting for review (true), or without (false). Only staff and the lead member\'s pledgers see proposals: for anyone else no pledge has one.',
      compile: (value, alias, ctx) => {
        const r = ctx.alias();
        const pending = pendingRevisionOf(alias, r, ctx.viewer);
        return value ? pending : sql(`NOT ${pending.text}`, pending.values);
      },
    }),
    archived: archivedField(),
  },
  orders: {
    REFERENCE: column('reference', { nullable: true, unique: true }),
    TITLE: column('title'),
    USD_VALUE: column('usd_value', { nullable: true }),
    ANNOUNCED_ON: column('announced_on', { nullable: true }),
    ANNOUNCED_AT: column('announced_at', { nullable: true }),
    CREATED_AT: column('created_at'),
    UPDATED_AT: column('updated_at'),
    STATUS: column('status'),
    DISBURSED_USD: { expression: () => 'ppo.disbursed_usd', nullable: true, join: (a) => `LEFT JOIN pledge_progress ppo ON ppo.id = ${a}.id` },
    LAST_REPORTED_AT: { expression: () => 'ppr.last_reported_at', nullable: true, join: (a) => `LEFT JOIN pledge_progress ppr ON ppr.id = ${a}.id` },
    LEAD_MEMBER_NAME: { expression: () => 'lm.name', nullable: false, join: (a) => `JOIN member lm ON lm.id = ${a}.lead_member_id` },
  },
  defaultOrder: [{ field: 'REFERENCE', direction: 'DESC' }],
  search: {
    match: (alias, text) => {
      const query = toPrefixTsQuery(text);
      if (!query) return undefined;
      return {
        condition: sql(`${alias}.search_vector @@ to_tsquery('english', ?)`, [query]),
        relevance: sql(`ts_rank_cd(${alias}.search_vector, to_tsquery('english', ?))`, [query]),
      };
    },
  },
};
