import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Context } from '../common/context.js';
import { SortDirection } from '../common/pagination.js';
import { groupBy, type AggregateSpec } from '../common/query/aggregate.js';
import type { ListOptions } from '../common/query/list.js';
import { sql } from '../common/query/sql.js';
import { Country } from '../reference/country.entity.js';
import { Region } from '../reference/region.entity.js';
import { Sector } from './member.entity.js';
import { memberSpec } from './member.query.js';

export enum MemberGroupKey {
  SECTOR = 'SECTOR',
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  CHAMPION = 'CHAMPION',
}
registerEnumType(MemberGroupKey, {
  name: 'MemberGroupKey',
  valuesConfig: { COUNTRY: { description: 'Home country.' }, REGION: { description: 'ITU-D region of the home country.' } },
});

export enum MemberGroupOrderField {
  COUNT = 'COUNT',
  KEY = 'KEY',
}
registerEnumType(MemberGroupOrderField, { name: 'MemberGroupOrderField' });

@InputType()
export class MemberGroupOrder {
  @Field(() => MemberGroupOrderField)
  field!: MemberGroupOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}

@ObjectType({ description: 'The values of a member group\'s keys: only those grouped by are set.' })
class MemberGroupKeys {
  @Field(() => Sector, { nullable: true })
  sector?: Sector;

  @Field(() => Country, { nullable: true })
  country?: Country;

  @Field(() => Region, { nullable: true })
  region?: Region;

  @Field(() => Boolean, { nullable: true })
  champion?: boolean;
}

@ObjectType()
class MemberGroup {
  @Field(() => MemberGroupKeys)
  key!: MemberGroupKeys;

  @Field(() => Int)
  count!: number;

  @Field(() => Float)
  share!: number;
}

@ObjectType({ description: 'Members grouped by one to three keys.' })
export class MemberGroups {
  @Field(() => [MemberGroup])
  groups!: MemberGroup[];

  @Field(() => Int, { description: 'Distinct members matched.' })
  totalCount!: number;
}

export const MEMBER_AGGREGATE: AggregateSpec = {
  query: memberSpec,
  columns: 'a.sector, a.country_id, a.champion',
  dimensions: {
    [MemberGroupKey.SECTOR]: { rows: sql('SELECT f.id, f.sector::text AS k FROM f'), keyField: 'sector' },
    [MemberGroupKey.COUNTRY]: { rows: sql('SELECT f.id, f.country_id AS k FROM f'), keyField: 'country', entity: Country },
    [MemberGroupKey.REGION]: {
      rows: sql('SELECT f.id, c.itu_region_id AS k FROM f JOIN country c ON c.id = f.country_id WHERE c.itu_region_id IS NOT NULL'),
      keyField: 'region',
      entity: Region,
    },
    [MemberGroupKey.CHAMPION]: { rows: sql('SELECT f.id, f.champion AS k FROM f'), keyField: 'champion' },
  },
};

/** Members grouped by one to three keys, with each group's share of the distinct total. */
export async function memberGroups(
  ctx: Context,
  keys: readonly MemberGroupKey[],
  options: ListOptions,
  orderBy: readonly MemberGroupOrder[] | undefined,
  first: number,
): Promise<MemberGroups> {
  const grouped = await groupBy(MEMBER_AGGREGATE, ctx, keys, options, orderBy, first);
  return {
    totalCount: grouped.totalCount,
    groups: grouped.groups.map((g) => ({ key: g.key as MemberGroupKeys, count: g.count, share: grouped.totalCount ? g.count / grouped.totalCount : 0 })),
  };
}
