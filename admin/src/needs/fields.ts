import type { CountryNeedRecord } from './needs.adapter.js';

/** The country, or the region of a regional need. */
export const whereOf = (need: Pick<CountryNeedRecord, 'country' | 'region'>) => need.country?.name ?? (need.region ? `${need.region.name} (region)` : '—');
