import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createEvent, createMember, createPledge, createPublishedPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';
import type { PledgeFilter, PledgeOrder } from '../gql/graphql.js';
import type { GraphQLClient } from '../support/client.js';

const Find = graphql(`
  query FindPledges($filter: PledgeFilter, $search: String, $orderBy: [PledgeOrder!], $first: Int, $after: String, $last: Int, $before: String, $offset: Int) {
    pledges(filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before, offset: $offset) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        title
        usdValue
      }
    }
  }
`);

const Stats = graphql(`
  query Stats($filter: PledgeFilter, $search: String) {
    pledgeStats(filter: $filter, search: $search) {
      count
      valuedCount
      sumUsd
      averageUsd
      minUsd
      maxUsd
      pledgingEntities
      governments
      implementationCountries
      ldcCount
      ldcShare
      womenCount
      womenShare
      goalUsd
      goalProgress
    }
  }
`);

const Groups = graphql(`
  query Groups($groupBy: [PledgeGroupKey!]!, $filter: PledgeFilter, $orderBy: [PledgeGroupOrder!]) {
    pledgeGroups(groupBy: $groupBy, filter: $filter, orderBy: $orderBy) {
      totalCount
      totalUsd
      groups {
        count
        sumUsd
        share
        key {
          focusArea {
            code
          }
          region {
            code
          }
          country {
            code
          }
          type
          sector
          countryGroup
          year
          sdg {
            number
          }
          beneficiaryGroup {
            code
          }
          memberRegion {
            code
          }
        }
      }
    }
  }
`);

const Series = graphql(`
  query Series($interval: TimeInterval!) {
    pledgeTimeSeries(interval: $interval) {
      goalUsd
      points {
        period
        count
        sumUsd
        cumulativeCount
        cumulativeUsd
      }
    }
  }
`);

const Regions = graphql(`
  query ItuRegions {
    regions(kind: ITU_D) {
      id
      code
    }
  }
`);

let api: TestApi;
let admin: GraphQLClient;
const ids: Record<string, string> = {};
let regionId: (code: string) => string;

/** A small, hand-made coalition whose answers are known. */
beforeAll(async () => {
  api = await startTestApi();
  admin = await api.admin();
  const ministry = await createMember(admin, { name: 'Ministry of Posts and Telecommunications', sector: 'GOVERNMENT', countryCode: 'BD' });
  const telco = await createMember(admin, { name: 'Zephyr Telecom', sector: 'PRIVATE_SECTOR', countryCode: 'FR', champion: true });
  const university = await createMember(admin, { name: 'Andes University', sector: 'ACADEMIA', countryCode: 'BR' });
  const wtdc = await createEvent(admin, { code: 'TEST-WTDC', startDate: '2022-06-06', endDate: '2022-06-16', kind: 'CONFERENCE' });
  const { regions } = await api.anonymous.data(Regions);
  regionId = (code) => regions.find((r) => r.code === code)!.id;

  ids.bangladesh = (await createPublishedPledge(admin, {
    leadMemberId: ministry.id,
    title: 'Rural broadband for Bangladesh',
    description: 'Connectivity for rural unions, with digital skills for women entrepreneurs.',
    type: 'FINANCIAL',
    estimatedValue: { amount: '5000000', currency: 'USD' },
    focusAreaCodes: ['ACCESS'],
    countryCodes: ['BD'],
    beneficiaryGroupCodes: ['WOMEN_AND_GIRLS', 'RURAL_AND_REMOTE_COMMUNITIES'],
    sdgs: [9],
    eventId: wtdc.id,
    announcedOn: '2022-06-07',
  })).id;
  ids.kenya = (await createPublishedPledge(admin, {
    leadMemberId: telco.id,
    partnerIds: [university.id],
    title: 'Satellite connectivity for Kenyan schools',
    description: 'Connecting 300 schools in Kenya and Rwanda to satellite broadband.',
    type: 'PROGRAMMATIC',
    estimatedValue: { amount: '2000000', currency: 'USD' },
    focusAreaCodes: ['ACCESS', 'ADOPTION'],
    countryCodes: ['KE', 'RW'],
    beneficiaryGroupCodes: ['YOUTH'],
    sdgs: [4, 9],
    announcedOn: '2023-03-01',
  })).id;
  ids.policy = (await createPublishedPledge(admin, {
    leadMemberId: ministry.id,
    title: 'Open access policy for Nepal',
    description: 'A national policy for open-access infrastructure sharing in Nepal.',
    type: 'POLICY',
    focusAreaCodes: ['ACCELERATE'],
    countryCodes: ['NP'],
    beneficiaryGroupCodes: ['WOMEN_AND_GIRLS'],
    sdgs: [10],
    announcedOn: '2023-11-20',
  })).id;
  ids.global = (await createPublishedPledge(admin, {
    leadMemberId: university.id,
    title: 'Global research network on digital inclusion',
    description: 'An open research network measuring meaningful connectivity worldwide.',
    type: 'ADVOCACY',
    focusAreaCodes: ['VALUE_CREATION'],
    countryCodes: [],
    isGlobal: true,
    sdgs: [17],
    announcedOn: '2024-02-10',
  })).id;
  ids.africa = (await createPublishedPledge(admin, {
    leadMemberId: telco.id,
    title: 'Mobile money platform for Africa',
    description: 'Partnering with regulators across the Africa region on digital finance.',
    type: 'FINANCIAL',
    estimatedValue: { amount: '1000000', currency: 'EUR' },
    focusAreaCodes: ['VALUE_CREATION'],
    countryCodes: [],
    regionIds: [regionId('AFRICA')],
    sdgs: [8],
    announcedOn: '2024-05-01',
  })).id;
  ids.draft = (await createPledge(admin, { leadMemberId: telco.id, title: 'Unpublished draft about broadband' })).id;
});
afterAll(() => api?.close());

const titles = async (filter: PledgeFilter, options: { search?: string; orderBy?: PledgeOrder[]; client?: GraphQLClient } = {}) => {
  const { pledges } = await (options.client ?? api.anonymous).data(Find, { filter, search: options.search, orderBy: options.orderBy ?? [{ field: 'TITLE', direction: 'ASC' }], first: 100 });
  return pledges.nodes.map((n) => n.title);
};

describe('the pledge filter language', () => {
  it('has operators per scalar type', async () => {
    expect(await titles({ title: { containsInsensitive: 'BROADBAND' } })).toEqual(['Rural broadband for Bangladesh']);
    expect(await titles({ title: { startsWith: 'Open' } })).toEqual(['Open access policy for Nepal']);
    expect(await titles({ title: { contains: 'broadband' }, type: { ne: 'FINANCIAL' } })).toEqual([]);
    expect(await titles({ usdValue: { gte: '1500000', lt: '6000000' } })).toEqual(['Rural broadband for Bangladesh', 'Satellite connectivity for Kenyan schools']);
    expect(await titles({ usdValue: { isNull: true } })).toEqual(['Global research network on digital inclusion', 'Open access policy for Nepal']);
    expect(await titles({ announcedOn: { gte: '2023-01-01', lte: '2023-12-31' } })).toHaveLength(2);
    expect(await titles({ type: { in: ['POLICY', 'ADVOCACY'] } })).toHaveLength(2);
    expect(await titles({ type: { notIn: ['POLICY', 'ADVOCACY', 'FINANCIAL'] } })).toEqual(['Satellite connectivity for Kenyan schools']);
    expect(await titles({ isGlobal: { eq: true } })).toEqual(['Global research network on digital inclusion']);
    expect(await titles({ id: { in: [ids.kenya!, ids.policy!] } })).toHaveLength(2);
  });

  it('nests and, or and not', async () => {
    const filter: PledgeFilter = {
      or: [{ type: { eq: 'POLICY' } }, { and: [{ type: { eq: 'FINANCIAL' } }, { not: { usdValue: { gt: '2000000' } } }] }],
    };
    expect(await titles(filter)).toEqual(['Mobile money platform for Africa', 'Open access policy for Nepal']);
  });

  it('filters through relations with some, every and none', async () => {
    expect(await titles({ focusAreas: { some: { code: { eq: 'ADOPTION' } } } })).toEqual(['Satellite connectivity for Kenyan schools']);
    expect(await titles({ focusAreas: { every: { code: { eq: 'ACCESS' } } }, countries: { some: {} } })).toEqual(['Rural broadband for Bangladesh']);
    expect(await titles({ focusAreas: { none: { code: { in: ['ACCESS', 'VALUE_CREATION'] } } } })).toEqual(['Open access policy for Nepal']);
    expect(await titles({ partners: { some: { name: { containsInsensitive: 'andes' } } } })).toEqual(['Satellite connectivity for Kenyan schools']);
    expect(await titles({ leadMember: { sector: { eq: 'GOVERNMENT' } } })).toHaveLength(2);
    expect(await titles({ leadMember: { champion: true, country: { ituRegion: { code: { eq: 'EUROPE' } } } } })).toHaveLength(2);
    expect(await titles({ event: { code: { eq: 'TEST-WTDC' } } })).toEqual(['Rural broadband for Bangladesh']);
    expect(await titles({ beneficiaryGroups: { some: { code: { eq: 'WOMEN_AND_GIRLS' } } }, sdgs: { some: { number: { eq: 10 } } } })).toEqual(['Open access policy for Nepal']);
    expect(await titles({ countries: { some: { ituRegion: { code: { eq: 'AFRICA' } } } } })).toEqual(['Satellite connectivity for Kenyan schools']);
  });

  it('matches implementation regions named on the pledge or through its countries', async () => {
    expect(await titles({ implementedIn: { in: [regionId('AFRICA')] } })).toEqual(['Mobile money platform for Africa', 'Satellite connectivity for Kenyan schools']);
  });

  it('counts LDC targeting as of the announcement day unless told otherwise', async () => {
    expect(await titles({ countryGroups: { some: ['LDC'] } })).toEqual(['Open access policy for Nepal', 'Rural broadband for Bangladesh', 'Satellite connectivity for Kenyan schools']);
    expect(await titles({ countryGroups: { some: ['LDC'], asOf: '2027-01-01' } })).toEqual(['Satellite connectivity for Kenyan schools']);
    expect(await titles({ countryGroups: { none: ['LDC'] } })).toEqual(['Global research network on digital inclusion', 'Mobile money platform for Africa']);
    expect(await titles({ countryGroups: { some: ['LLDC'] } })).toEqual(['Open access policy for Nepal', 'Satellite connectivity for Kenyan schools']);
  });

  it('never shows the public an unpublished pledge, whatever the filter', async () => {
    expect(await titles({ status: { in: ['DRAFT', 'SUBMITTED'] } })).toEqual([]);
    expect(await titles({ title: { contains: 'Unpublished' } })).toEqual([]);
    expect(await titles({ title: { contains: 'Unpublished' } }, { client: admin })).toEqual(['Unpublished draft about broadband']);
  });

  it('rejects bad input with the path of the problem, and treats injection-style text as text', async () => {
    const badId = await api.anonymous.error(Find, { filter: { leadMember: { id: { eq: ids.kenya! } } } });
    expect(badId).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.leadMember.id.eq' });
    let deep: PledgeFilter = { type: { eq: 'POLICY' } };
    for (let i = 0; i < 12; i++) deep = { not: deep };
    expect((await api.anonymous.error(Find, { filter: deep })).code).toBe('BAD_USER_INPUT');
    const tooMany = await api.anonymous.error(Find, { filter: { title: { in: Array.from({ length: 501 }, (_, i) => `t${i}`) } } });
    expect(tooMany.code).toBe('BAD_USER_INPUT');
    expect((await api.anonymous.error(Find, { orderBy: [{ field: 'RELEVANCE', direction: 'DESC' }] })).field).toBe('orderBy');
    for (const text of ["'; drop table pledge; --", '%', '_', '\\', "' OR 1=1 --", 'a:* | !b', '(((']) {
      expect(await titles({ title: { contains: text } })).toEqual([]);
      const searched = await api.anonymous.request(Find, { search: text, first: 10 });
      expect(searched.errors).toBeUndefined();
    }
    expect((await api.sql('select count(*)::int as n from pledge'))[0]).toEqual({ n: 6 });
  });
});

describe('full-text search', () => {
  it('matches word prefixes in titles, descriptions and member names, ranked, combinable with filters', async () => {
    expect(await titles({}, { search: 'connect' })).toEqual([
      'Global research network on digital inclusion',
      'Rural broadband for Bangladesh',
      'Satellite connectivity for Kenyan schools',
    ]);
    expect(await titles({}, { search: 'zephyr' })).toEqual(['Mobile money platform for Africa', 'Satellite connectivity for Kenyan schools']);
    expect(await titles({}, { search: 'andes' })).toEqual(['Global research network on digital inclusion', 'Satellite connectivity for Kenyan schools']);
    expect(await titles({ type: { eq: 'PROGRAMMATIC' } }, { search: 'satel kenya' })).toEqual(['Satellite connectivity for Kenyan schools']);
    const ranked = await api.anonymous.data(Find, { search: 'broadband', first: 10 });
    expect(ranked.pledges.nodes[0]!.title).toBe('Rural broadband for Bangladesh');
  });
});

describe('ordering and cursors', () => {
  it('orders by several keys with a stable tie-break and pages both ways by keyset cursor', async () => {
    const orderBy: PledgeOrder[] = [{ field: 'USD_VALUE', direction: 'DESC' }, { field: 'TITLE', direction: 'ASC' }];
    const all = (await api.anonymous.data(Find, { orderBy, first: 100 })).pledges.nodes.map((n) => n.title);
    expect(all.slice(0, 2)).toEqual(['Global research network on digital inclusion', 'Open access policy for Nepal']);
    const walked: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const { pledges } = await api.anonymous.data(Find, { orderBy, first: 2, after });
      walked.push(...pledges.nodes.map((n) => n.title));
      if (!pledges.pageInfo.hasNextPage) break;
      after = pledges.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
    const back: string[] = [];
    let before: string | null | undefined;
    for (;;) {
      const { pledges } = await api.anonymous.data(Find, { orderBy, last: 2, before });
      back.unshift(...pledges.nodes.map((n) => n.title));
      if (!pledges.pageInfo.hasPreviousPage) break;
      before = pledges.pageInfo.startCursor;
    }
    expect(back).toEqual(all);
    const byLead = await titles({}, { orderBy: [{ field: 'LEAD_MEMBER_NAME', direction: 'ASC' }, { field: 'TITLE', direction: 'ASC' }] });
    expect(byLead[0]).toBe('Global research network on digital inclusion');
    const cursor = (await api.anonymous.data(Find, { first: 1 })).pledges.pageInfo.endCursor!;
    expect((await api.anonymous.error(Find, { after: cursor, orderBy })).field).toBe('after');
  });
});

describe('aggregates', () => {
  it('total any filter', async () => {
    const { pledgeStats } = await api.anonymous.data(Stats, {});
    expect(pledgeStats).toMatchObject({ count: 5, valuedCount: 3, pledgingEntities: 3, governments: 1, implementationCountries: 4, ldcCount: 3, womenCount: 2 });
    expect(pledgeStats.ldcShare).toBeCloseTo(0.6);
    expect(Number(pledgeStats.sumUsd)).toBeGreaterThan(8_000_000);
    expect(pledgeStats.maxUsd).toBe('5000000');
    expect(pledgeStats.goalUsd).toBe('100000000000');
    const financial = await api.anonymous.data(Stats, { filter: { type: { eq: 'FINANCIAL' } }, search: 'bangladesh' });
    expect(financial.pledgeStats).toMatchObject({ count: 1, sumUsd: '5000000', ldcCount: 1, womenCount: 1 });
  });

  it('group by typed keys, counting a pledge in each of its groups', async () => {
    const { pledgeGroups } = await api.anonymous.data(Groups, { groupBy: ['FOCUS_AREA'], orderBy: [{ field: 'KEY', direction: 'ASC' }] });
    expect(pledgeGroups.totalCount).toBe(5);
    const byArea = Object.fromEntries(pledgeGroups.groups.map((g) => [g.key.focusArea!.code, g.count]));
    expect(byArea).toEqual({ ACCESS: 2, ADOPTION: 1, VALUE_CREATION: 2, ACCELERATE: 1 });
    const access = pledgeGroups.groups.find((g) => g.key.focusArea?.code === 'ACCESS')!;
    expect(access.sumUsd).toBe('7000000');
    expect(access.share).toBeCloseTo(0.4);

    const matrix = await api.anonymous.data(Groups, { groupBy: ['IMPLEMENTATION_REGION', 'FOCUS_AREA'] });
    const cells = matrix.pledgeGroups.groups.map((g) => `${g.key.region!.code}/${g.key.focusArea!.code}:${g.count}`).sort();
    expect(cells).toEqual(['AFRICA/ACCESS:1', 'AFRICA/ADOPTION:1', 'AFRICA/VALUE_CREATION:1', 'ASIA_PACIFIC/ACCELERATE:1', 'ASIA_PACIFIC/ACCESS:1']);

    const groupsOf = async (key: 'COUNTRY_GROUP' | 'SECTOR' | 'YEAR' | 'MEMBER_REGION') =>
      (await api.anonymous.data(Groups, { groupBy: [key] })).pledgeGroups.groups.map((g) => [g.key.countryGroup ?? g.key.sector ?? g.key.year ?? g.key.memberRegion?.code, g.count]).sort();
    expect(await groupsOf('COUNTRY_GROUP')).toEqual([['LDC', 3], ['LLDC', 2]]);
    expect(await groupsOf('SECTOR')).toEqual([['ACADEMIA', 1], ['GOVERNMENT', 2], ['PRIVATE_SECTOR', 2]]);
    expect(await groupsOf('YEAR')).toEqual([[2022, 1], [2023, 2], [2024, 2]]);
    expect(await groupsOf('MEMBER_REGION')).toEqual([['AMERICAS', 1], ['ASIA_PACIFIC', 2], ['EUROPE', 2]]);
    const m49 = await api.anonymous.data(Groups, { groupBy: ['IMPLEMENTATION_M49_REGION'] });
    expect(m49.pledgeGroups.groups.map((g) => [g.key.region!.code, g.count]).sort()).toEqual([['002', 1], ['142', 2]]);
    expect((await api.anonymous.error(Groups, { groupBy: [] })).field).toBe('groupBy');
  });

  it('give a cumulative time series against the goal', async () => {
    const { pledgeTimeSeries } = await api.anonymous.data(Series, { interval: 'YEAR' });
    expect(pledgeTimeSeries.points.map((p) => [p.period, p.count, p.cumulativeCount])).toEqual([
      ['2022-01-01', 1, 1],
      ['2023-01-01', 2, 3],
      ['2024-01-01', 2, 5],
    ]);
    const monthly = await api.anonymous.data(Series, { interval: 'MONTH' });
    expect(monthly.pledgeTimeSeries.points[0]!.period).toBe('2022-06-01');
    expect(monthly.pledgeTimeSeries.points.at(-1)!.cumulativeCount).toBe(5);
    expect(monthly.pledgeTimeSeries.points.length).toBe(24);
  });
});
