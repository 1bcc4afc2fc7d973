import { Field, ID, InputType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArrayMaxSize } from 'class-validator';
import { column, custom, one, scalar, type QuerySpec } from '../common/query/spec.js';
import { and, list, sql, TRUE, type Sql } from '../common/query/sql.js';
import { idOf } from '../common/global-id.js';
import { CountryGroup } from './country.entity.js';
import { RegionKind } from './region.entity.js';

@InputType({ description: 'Membership of UN country groups on a given day.' })
export class CountryGroupMatch {
  @Field(() => [CountryGroup], { nullable: true, description: 'In at least one of these groups.' })
  some?: CountryGroup[];

  @Field(() => [CountryGroup], { nullable: true, description: 'In none of these groups.' })
  none?: CountryGroup[];

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The day that counts; see the field for the default.' })
  asOf?: string;
}

@InputType({ description: 'Regions by ID: ITU-D or M49 regions, sub-regions or intermediate regions.' })
export class RegionMatch {
  @Field(() => [ID])
  @ArrayMaxSize(100)
  in!: string[];
}

/** Countries (by `countryExpression`) in a group on `day`, as SQL. */
export function countryInGroups(countryExpression: string, groups: readonly CountryGroup[], day: Sql, alias: string): Sql {
  if (!groups.length) return sql('FALSE');
  const g = list(groups);
  return sql(
    `EXISTS (SELECT 1 FROM country_group_membership ${alias} WHERE ${alias}.country_id = ${countryExpression} AND ${alias}."group" IN (${g.text}) ` +
      `AND (${alias}.since IS NULL OR ${alias}.since <= ${day.text}) AND (${alias}.until IS NULL OR ${alias}.until > ${day.text}))`,
    [...g.values, ...day.values, ...day.values],
  );
}

export function regionIds(ids: readonly string[], path: string): number[] {
  return ids.map((id) => idOf('Region', id, path));
}

/** Countries whose ITU-D or M49 region, sub-region or intermediate region is one of the ids. */
export function countryInRegions(countryAlias: string, ids: readonly number[]): Sql {
  if (!ids.length) return sql('FALSE');
  const l = list(ids);
  const columns = ['itu_region_id', 'm49region_id', 'm49sub_region_id', 'm49intermediate_region_id'];
  return sql(`(${columns.map((c) => `${countryAlias}.${c} IN (${l.text})`).join(' OR ')})`, columns.flatMap(() => l.values));
}

const today = () => sql('CURRENT_DATE');
const negate = (condition: Sql) => sql(`NOT ${condition.text}`, condition.values);

export const regionSpec: QuerySpec = {
  name: 'Region',
  table: 'region',
  fields: {
    id: scalar('id', 'id'),
    kind: scalar('kind', { enum: RegionKind, name: 'RegionKind' }),
    code: scalar('code', 'string'),
    name: scalar('name', 'string'),
    parent: one('parent_id', () => regionSpec, { description: 'The enclosing M49 region of a sub-region.' }),
  },
  orders: { NAME: column('name'), CODE: column('code') },
  defaultOrder: [{ field: 'NAME', direction: 'ASC' }],
};

export const currencySpec: QuerySpec = {
  name: 'Currency',
  table: 'currency',
  fields: { id: scalar('id', 'id'), code: scalar('code', 'string'), name: scalar('name', 'string') },
  orders: { CODE: column('code', { unique: true }), NAME: column('name') },
  defaultOrder: [{ field: 'CODE', direction: 'ASC' }],
};

export const countrySpec: QuerySpec = {
  name: 'Country',
  table: 'country',
  fields: {
    id: scalar('id', 'id'),
    code: scalar('code', 'string', { description: 'ISO 3166-1 alpha-2.' }),
    iso3: scalar('iso3', 'string'),
    m49: scalar('m49', 'string'),
    name: scalar('name', 'string'),
    ituRegion: one('itu_region_id', () => regionSpec),
    m49Region: one('m49region_id', () => regionSpec),
    m49SubRegion: one('m49sub_region_id', () => regionSpec),
    m49IntermediateRegion: one('m49intermediate_region_id', () => regionSpec),
    currency: one('currency_id', () => currencySpec),
    groups: custom<CountryGroupMatch>({
      input: () => CountryGroupMatch,
      description: 'LDC, LLDC and SIDS membership on `asOf` (today by default).',
      compile: (value, alias, ctx) => {
        const day = value.asOf ? sql('?::date', [value.asOf]) : today();
        return and([
          value.some ? countryInGroups(`${alias}.id`, value.some, day, ctx.alias()) : TRUE,
          value.none ? negate(countryInGroups(`${alias}.id`, value.none, day, ctx.alias())) : TRUE,
        ]);
      },
    }),
    independent: custom<boolean>({
      input: () => Boolean,
      description: 'False for dependent territories.',
      compile: (value, alias) => sql(`${alias}.independent = ?`, [value]),
    }),
    inRegions: custom<RegionMatch>({
      input: () => RegionMatch,
      description: 'In any of these regions, of any kind.',
      compile: (value, alias, ctx) => countryInRegions(alias, regionIds(value.in, `${ctx.path}.in`)),
    }),
  },
  orders: { NAME: column('name'), CODE: column('code', { unique: true }) },
  defaultOrder: [{ field: 'NAME', direction: 'ASC' }],
};

export const focusAreaSpec: QuerySpec = {
  name: 'FocusArea',
  table: 'focus_area',
  fields: { id: scalar('id', 'id'), code: scalar('code', 'string', { description: 'ACCESS, ADOPTION, VALUE_CREATION or ACCELERATE.' }), name: scalar('name', 'string') },
  orders: { POSITION: column('position') },
  defaultOrder: [{ field: 'POSITION', direction: 'ASC' }],
};

export const pillarSpec: QuerySpec = {
  name: 'Pillar',
  table: 'pillar',
  fields: {
    id: scalar('id', 'id'),
    slug: scalar('slug', 'string'),
    name: scalar('name', 'string'),
    focusArea: one('focus_area_id', () => focusAreaSpec),
  },
  orders: { NAME: column('name') },
  defaultOrder: [{ field: 'NAME', direction: 'ASC' }],
};

export const beneficiaryGroupSpec: QuerySpec = {
  name: 'BeneficiaryGroup',
  table: 'beneficiary_group',
  fields: { id: scalar('id', 'id'), code: scalar('code', 'string', { description: 'Such as WOMEN_AND_GIRLS.' }), name: scalar('name', 'string') },
  orders: { NAME: column('name') },
  defaultOrder: [{ field: 'NAME', direction: 'ASC' }],
};

export const sdgSpec: QuerySpec = {
  name: 'Sdg',
  table: 'sdg',
  fields: { id: scalar('id', 'id'), number: scalar('number', 'int'), code: scalar('code', 'string') },
  orders: { NUMBER: column('number', { unique: true }) },
  defaultOrder: [{ field: 'NUMBER', direction: 'ASC' }],
};

