import { graphql } from '../gql/index.js';
import type {
  ReferenceBeneficiaryGroupsQuery,
  ReferenceCountriesQuery,
  ReferenceCurrenciesQuery,
  ReferenceFocusAreasQuery,
  ReferenceItuRegionsQuery,
  ReferenceSdgsQuery,
} from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { staticAdapter } from '../resource-adapter.js';

/**
 * Reference data the forms choose from. It is small and rarely changes, so each
 * list is loaded whole, once, and react-admin references it by code.
 */

const Countries = graphql(`
  query ReferenceCountries($first: Int!, $offset: Int!) {
    countries(first: $first, offset: $offset) {
      totalCount
      nodes {
        code
        name
        iso3
      }
    }
  }
`);

const Currencies = graphql(`
  query ReferenceCurrencies($first: Int!, $offset: Int!) {
    currencies(first: $first, offset: $offset) {
      totalCount
      nodes {
        code
        name
      }
    }
  }
`);

const FocusAreas = graphql(`
  query ReferenceFocusAreas {
    focusAreas {
      code
      name
      position
      pillars {
        id
        name
        published
      }
    }
  }
`);

const BeneficiaryGroups = graphql(`
  query ReferenceBeneficiaryGroups {
    beneficiaryGroups {
      code
      name
    }
  }
`);

const Sdgs = graphql(`
  query ReferenceSdgs {
    sdgs {
      number
      title
    }
  }
`);

const ItuRegions = graphql(`
  query ReferenceItuRegions {
    regions(kind: ITU_D) {
      id
      code
      name
    }
  }
`);

/** Every page of a connection that only has the offset form in common. */
async function allPages<T>(load: (page: { first: number; offset: number }) => Promise<{ totalCount: number; nodes: T[] }>): Promise<T[]> {
  const rows: T[] = [];
  for (let total = Infinity; rows.length < total; ) {
    const page = await load({ first: 100, offset: rows.length });
    rows.push(...page.nodes);
    total = page.nodes.length ? page.totalCount : rows.length;
  }
  return rows;
}

export type CountryRecord = ReferenceCountriesQuery['countries']['nodes'][number] & { id: string };
export type CurrencyRecord = ReferenceCurrenciesQuery['currencies']['nodes'][number] & { id: string };
export type FocusAreaRecord = ReferenceFocusAreasQuery['focusAreas'][number] & { id: string };
export type BeneficiaryGroupRecord = ReferenceBeneficiaryGroupsQuery['beneficiaryGroups'][number] & { id: string };
export type RegionRecord = ReferenceItuRegionsQuery['regions'][number];
export type SdgRecord = ReferenceSdgsQuery['sdgs'][number] & { id: number; label: string };

export const countries = staticAdapter<CountryRecord>(
  async () => (await allPages(async (page) => (await execute(Countries, page)).countries)).map((c) => ({ ...c, id: c.code })),
  (c) => `${c.code} ${c.iso3} ${c.name}`,
);

export const currencies = staticAdapter<CurrencyRecord>(
  async () => (await allPages(async (page) => (await execute(Currencies, page)).currencies)).map((c) => ({ ...c, id: c.code })),
  (c) => `${c.code} ${c.name}`,
);

export const focusAreas = staticAdapter<FocusAreaRecord>(
  async () => (await execute(FocusAreas)).focusAreas.map((f) => ({ ...f, id: f.code })),
  (f) => `${f.code} ${f.name}`,
);

export const beneficiaryGroups = staticAdapter<BeneficiaryGroupRecord>(
  async () => (await execute(BeneficiaryGroups)).beneficiaryGroups.map((b) => ({ ...b, id: b.code })),
  (b) => `${b.code} ${b.name}`,
);

export const sdgs = staticAdapter<SdgRecord>(
  async () => (await execute(Sdgs)).sdgs.map((s) => ({ ...s, id: s.number, label: `${s.number}. ${s.title}` })),
  (s) => s.label,
);

/** The six ITU-D regions, by their global ID (what `implementedIn` takes). */
export const ituRegions = staticAdapter<RegionRecord>(
  async () => (await execute(ItuRegions)).regions,
  (r) => `${r.code} ${r.name}`,
);
