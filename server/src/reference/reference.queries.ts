import { Field, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { PageArgs, paginate, SortDirection } from '../common/pagination.js';
import { idOf } from '../common/global-id.js';
import { escapeLike } from '../common/text.js';
import { Country, CountryGroup } from './country.entity.js';
import { Region, RegionKind } from './region.entity.js';

@InputType({ description: 'Narrows the country list; all given conditions must hold.' })
export class CountryFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name.' })
  @MaxLength(100)
  nameContains?: string;

  @Field(() => [String], { nullable: true, description: 'Region IDs (ITU-D or M49) the country must be in.' })
  regionIds?: string[];

  @Field(() => CountryGroup, { nullable: true, description: 'Current membership of a country group.' })
  group?: CountryGroup;

  @Field(() => Boolean, { nullable: true })
  independent?: boolean;
}


export class ReferenceQueries {
  constructor(private readonly em: EntityManager) {}

  countries(filter: CountryFilter | undefined, page: PageArgs, info: GraphQLResolveInfo) {
    const where: FilterQuery<Country>[] = [];
    if (filter?.nameContains) where.push({ name: { $ilike: `%${escapeLike(filter.nameContains)}%` } });
    if (filter?.independent !== undefined && filter.independent !== null) where.push({ independent: filter.independent });
    if (filter?.group) {
      const today = new Date().toISOString().slice(0, 10);
      where.push({
        groupMemberships: {
          $some: { group: filter.group, $and: [{ $or: [{ since: null }, { since: { $lte: today } }] }, { $or: [{ until: null }, { until: { $gt: today } }] }] },
        },
      });
    }
    if (filter?.regionIds?.length) {
      const ids = filter.regionIds.map((id) => idOf('Region', id, 'filter.regionIds'));
      where.push({ $or: [{ ituRegion: { $in: ids } }, { m49Region: { $in: ids } }, { m49SubRegion: { $in: ids } }, { m49IntermediateRegion: { $in: ids } }] });
    }
    return paginate(this.em, Country, { $and: where }, page, [{ field: 'name', direction: SortDirection.ASC }], info);
  }

  countriesOf(region: Region) {
    const column = {
      [RegionKind.ITU_D]: 'ituRegion',
      [RegionKind.M49_REGION]: 'm49Region',
      [RegionKind.M49_SUB_REGION]: 'm49SubRegion',
      [RegionKind.M49_INTERMEDIATE_REGION]: 'm49IntermediateRegion',
    }[region.kind];
    return this.em.find(Country, { [column]: region } as FilterQuery<Country>, { orderBy: { name: 'asc' } });
  }
}
