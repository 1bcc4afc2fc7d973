import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Country } from './country.entity.js';
import { Region, RegionKind } from './region.entity.js';

export class ReferenceQueries {
  constructor(private readonly em: EntityManager) {}

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
