import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PROJECT_ROOT } from '../config.js';
import { Region, RegionKind } from './region.entity.js';
import { Country, CountryGroup, CountryGroupMembership } from './country.entity.js';
import { Currency, ExchangeRate } from './currency.entity.js';
import { Sdg } from './sdg.entity.js';
import { BeneficiaryGroup } from './beneficiary-group.entity.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Pillar } from '../focus-areas/pillar.entity.js';
import { Event, EventKind } from '../events/event.entity.js';
import { WorkingGroup } from '../working-groups/working-group.entity.js';

const DATA_DIR = path.join(PROJECT_ROOT, 'server/src/reference/data');

function read<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8')) as T;
}

interface RegionRow {
  code: string;
  name: string;
}
interface CountryRow {
  iso2: string;
  iso3: string;
  m49: string;
  name: string;
  officialName: string;
  independent: boolean;
  m49Region: RegionRow | null;
  m49SubRegion: RegionRow | null;
  m49IntermediateRegion: RegionRow | null;
  ituRegion: string | null;
  currency: string | null;
  groups: { group: CountryGroup; from: string | null; until: string | null }[];
}
interface FocusAreaRow {
  code: string;
  name: string;
  description: string;
  pillars: { slug: string; name: string; published: boolean }[];
}
interface EventRow {
  code: string;
  name: string;
  kind: EventKind;
  startDate: string;
  endDate: string;
  city: string | null;
  country: string | null;
  ituRegion: string | null;
  description: string;
}

export const ITU_REGIONS: Record<string, string> = {
  AFRICA: 'Africa',
  AMERICAS: 'Americas',
  ARAB_STATES: 'Arab States',
  ASIA_PACIFIC: 'Asia-Pacific',
  CIS: 'CIS',
  EUROPE: 'Europe',
};

/**
 * Loads the reference data shipped with the project (countries, regions,
 * currencies and rates, SDGs, beneficiary groups, focus areas and pillars,
 * the coalition's events) into an empty database. Does nothing when the
 * countries are already there.
 */
export async function loadReferenceData(em: EntityManager): Promise<boolean> {
  if ((await em.count(Country)) > 0) return false;
  await em.transactional(async (tx) => {
    const regions = new Map<string, Region>();
    const region = (kind: RegionKind, row: RegionRow | null, parent?: Region): Region | undefined => {
      if (!row) return undefined;
      const key = `${kind}:${row.code}`;
      let found = regions.get(key);
      if (!found) {
        found = new Region(kind, row.code, row.name, parent);
        regions.set(key, found);
        tx.persist(found);
      }
      return found;
    };
    for (const [code, name] of Object.entries(ITU_REGIONS)) region(RegionKind.ITU_D, { code, name });

    const currencyData = read<{ currencies: { code: string; name: string; minorUnit: number }[]; rates: { currency: string; date: string; usdPerUnit: string }[] }>(
      'currencies.json',
    );
    const currencies = new Map(currencyData.currencies.map((c) => [c.code, new Currency(c.code, c.name, c.minorUnit)]));
    tx.persist([...currencies.values()]);
    for (const rate of currencyData.rates) {
      const currency = currencies.get(rate.currency);
      if (!currency) throw new Error(`rate for unknown currency ${rate.currency}`);
      tx.persist(new ExchangeRate(currency, rate.date, rate.usdPerUnit));
    }

    for (const row of read<CountryRow[]>('countries.json')) {
      const country = new Country({ code: row.iso2, iso3: row.iso3, m49: row.m49, name: row.name, officialName: row.officialName, independent: row.independent });
      const m49Region = region(RegionKind.M49_REGION, row.m49Region);
      const m49SubRegion = region(RegionKind.M49_SUB_REGION, row.m49SubRegion, m49Region);
      country.m49Region = m49Region;
      country.m49SubRegion = m49SubRegion;
      country.m49IntermediateRegion = region(RegionKind.M49_INTERMEDIATE_REGION, row.m49IntermediateRegion, m49SubRegion);
      country.ituRegion = row.ituRegion ? regions.get(`${RegionKind.ITU_D}:${row.ituRegion}`) : undefined;
      country.currency = row.currency ? currencies.get(row.currency) : undefined;
      tx.persist(country);
      for (const g of row.groups) tx.persist(new CountryGroupMembership(country, g.group, g.from ?? undefined, g.until ?? undefined));
    }

    for (const s of read<{ number: number; code: string; title: string; description: string }[]>('sdgs.json')) {
      tx.persist(new Sdg(s.number, s.code, s.title, s.description));
    }
    for (const b of read<{ code: string; name: string }[]>('beneficiary-groups.json')) tx.persist(new BeneficiaryGroup(b.code, b.name));

    read<FocusAreaRow[]>('focus-areas.json').forEach((row, index) => {
      const focusArea = new FocusArea(row.code, row.name, row.description, index + 1);
      tx.persist(focusArea);
      tx.persist(new WorkingGroup(focusArea, `${row.name} working group`));
      for (const p of row.pillars) tx.persist(new Pillar(focusArea, p.slug, p.name, p.published));
    });
    await tx.flush();

    const countriesByCode = new Map((await tx.find(Country, {})).map((c) => [c.code, c]));
    for (const row of read<EventRow[]>('events.json')) {
      const event = new Event(row);
      event.city = row.city ?? undefined;
      event.description = row.description;
      event.country = row.country ? countriesByCode.get(row.country) : undefined;
      event.region = row.ituRegion ? regions.get(`${RegionKind.ITU_D}:${row.ituRegion}`) : undefined;
      tx.persist(event);
    }
  });
  // Fresh planner statistics: with none, PostgreSQL guesses a few dozen countries instead of 249.
  await em.getConnection().execute('ANALYZE region, country, country_group_membership, currency, exchange_rate, sdg, beneficiary_group, focus_area, pillar, event');
  return true;
}
