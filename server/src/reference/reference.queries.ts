import { RegionKind } from './region.entity.js';

/** The country reference that places a country in a region of each kind. */
export const COUNTRY_REGION_FIELD = {
  [RegionKind.ITU_D]: 'ituRegion',
  [RegionKind.M49_REGION]: 'm49Region',
  [RegionKind.M49_SUB_REGION]: 'm49SubRegion',
  [RegionKind.M49_INTERMEDIATE_REGION]: 'm49IntermediateRegion',
} as const satisfies Record<RegionKind, string>;
