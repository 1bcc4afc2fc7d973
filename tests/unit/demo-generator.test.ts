import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Decimal } from 'decimal.js';
import {
  DEMO_TODAY,
  generateDemoData,
  inGroup,
  referenceFromJson,
  summarizeDemoData,
  type DemoData,
  type DemoProgressReport,
  type DemoReference,
  type ReportingFigures,
} from '../../server/src/demo/generator.js';
import { Random } from '../../server/src/demo/random.js';
import { COMMITTED } from '../../server/src/matchmaking/match.entity.js';

const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/src/reference/data');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8'));
/** The connectivity targets are seeded by their migration rather than a data file. */
const CONNECTIVITY_TARGETS = [
  ...readFileSync(path.join(DATA_DIR, '../../migrations/Migration20261123150000.ts'), 'utf8').matchAll(/\('([A-Z_]+)', '[^']+', '[^']+', \d+\)/g),
].map((m) => m[1]!);

/** A tiny hand-made reference set, with ids that are not 1..n on purpose. */
const TINY: DemoReference = {
  ituRegions: [
    { id: 11, code: 'AFRICA', name: 'Africa' },
    { id: 14, code: 'ASIA_PACIFIC', name: 'Asia-Pacific' },
  ],
  countries: [
    { id: 101, code: 'MW', name: 'Malawi', independent: true, ituRegionId: 11, currencyId: null, groups: [{ group: 'LDC', since: null, until: null }] },
    { id: 102, code: 'KE', name: 'Kenya', independent: true, ituRegionId: 11, currencyId: 203, groups: [] },
    { id: 103, code: 'RW', name: 'Rwanda', independent: true, ituRegionId: 11, currencyId: null, groups: [{ group: 'LDC', since: null, until: null }] },
    { id: 104, code: 'BT', name: 'Bhutan', independent: true, ituRegionId: 14, currencyId: null, groups: [{ group: 'LDC', since: null, until: '2023-12-13' }] },
    { id: 105, code: 'FJ', name: 'Fiji', independent: true, ituRegionId: 14, currencyId: null, groups: [{ group: 'SIDS', since: null, until: null }] },
    { id: 106, code: 'FR', name: 'France', independent: true, ituRegionId: 11, currencyId: 202, groups: [] },
    { id: 107, code: 'US', name: 'United States', independent: true, ituRegionId: 14, currencyId: 201, groups: [] },
    { id: 108, code: 'RE', name: 'Réunion', independent: false, ituRegionId: 11, currencyId: 202, groups: [] },
  ],
  focusAreas: [
    { id: 31, code: 'ACCESS', name: 'Connecting people everywhere' },
    { id: 32, code: 'ADOPTION', name: 'Empowering communities' },
  ],
  pillars: [
    { id: 41, focusAreaId: 31, slug: 'infrastructure', name: 'Infrastructure', published: true },
    { id: 42, focusAreaId: 31, slug: 'affordability', name: 'Affordability', published: true },
    { id: 43, focusAreaId: 32, slug: 'skills', name: 'Skills', published: true },
    { id: 44, focusAreaId: 32, slug: 'not-yet', name: 'Unpublished pillar', published: false },
  ],
  beneficiaryGroups: [
    { id: 51, code: 'WOMEN_AND_GIRLS', name: 'Women and girls' },
    { id: 52, code: 'YOUTH', name: 'Youth' },
    { id: 53, code: 'RURAL_AND_REMOTE_COMMUNITIES', name: 'Rural and remote communities' },
  ],
  sdgs: [4, 5, 9, 10, 17].map((number) => ({ id: 60 + number, number, title: `Goal ${number}` })),
  events: [
    { id: 71, code: 'WTDC-22', name: 'World Telecommunication Development Conference 2022 (WTDC-22)', kind: 'CONFERENCE', regionId: null, startDate: '2022-06-06', endDate: '2022-06-16' },
    { id: 72, code: 'P2C-AM-2023', name: 'Partner2Connect Annual Meeting 2023', kind: 'ANNUAL_MEETING', regionId: null, startDate: '2023-12-12', endDate: '2023-12-12' },
    { id: 73, code: 'P2C-MMR-2023-AFRICA', name: 'P2C Matchmaking Roundtable for Africa', kind: 'MATCHMAKING_ROUNDTABLE', regionId: 11, startDate: '2023-10-10', endDate: '2023-10-10' },
  ],
  currencies: [
    { id: 201, code: 'USD', rates: [] },
    { id: 202, code: 'EUR', rates: ['2021', '2022', '2023', '2024', '2025'].map((y, i) => ({ validFrom: `${y}-01-01`, usdPerUnit: ['1.18', '1.05', '1.08', '1.082', '1.13'][i]! })) },
    { id: 203, code: 'KES', rates: [{ validFrom: '2021-01-01', usdPerUnit: '0.0091' }] },
  ],
  connectivityTargets: ['SKILLS', 'COVERAGE', 'GENDER_PARITY', 'SCHOOLS'],
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the seeded random generator', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    const a = new Random(7);
    const b = new Random(7);
    const c = new Random(8);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws integers in range, distinct samples and weighted picks', () => {
    const rng = new Random(1);
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(3, 6);
      expect(n >= 3 && n <= 6 && Number.isInteger(n)).toBe(true);
    }
    const sample = rng.sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4);
    expect(new Set(sample).size).toBe(4);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[rng.weightedIndex([1, 0, 3])]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.4);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.8);
    expect(rng.weightedSample(['a', 'b', 'c'], [1, 0, 1], 3).sort()).toEqual(['a', 'c']);
  });
});

describe('the demo data generator on a tiny reference set', () => {
  const options = { seed: 42, members: 30, pledges: 120 };

  it('is deterministic and never uses Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random used');
    });
    const a = generateDemoData(TINY, options);
    const b = generateDemoData(TINY, options);
    expect(b).toEqual(a);
    const c = generateDemoData(TINY, { ...options, seed: 43 });
    expect(c).not.toEqual(a);
    expect(c.pledges.map((p) => p.title)).not.toEqual(a.pledges.map((p) => p.title));
  });

  it('does not depend on the order of the reference rows', () => {
    const shuffled: DemoReference = {
      ...TINY,
      countries: [...TINY.countries].reverse(),
      beneficiaryGroups: [...TINY.beneficiaryGroups].reverse(),
      sdgs: [...TINY.sdgs].reverse(),
      pillars: [...TINY.pillars].reverse(),
      connectivityTargets: [...TINY.connectivityTargets].reverse(),
    };
    expect(generateDemoData(shuffled, options)).toEqual(generateDemoData(TINY, options));
  });

  it('produces consistent rows', () => {
    const data = generateDemoData(TINY, options);
    expect(data.members).toHaveLength(30);
    expect(data.pledges).toHaveLength(120);
    // The four independent states of the tiny Africa; Réunion is not one.
    expect(data.roundtables.map((r) => [r.eventId, [...r.countryIds].sort()])).toEqual([[73, [101, 102, 103, 106]]]);
    expect(data.needs.length).toBeGreaterThanOrEqual(40);
    expectConsistent(TINY, data);
  });
});

function expectConsistent(reference: DemoReference, data: DemoData): void {
  const countryIds = new Set(reference.countries.map((c) => c.id));
  const regionIds = new Set(reference.ituRegions.map((r) => r.id));
  const pillarArea = new Map(reference.pillars.map((p) => [p.id, p.focusAreaId]));
  const groupIds = new Set(reference.beneficiaryGroups.map((g) => g.id));
  const sdgIds = new Set(reference.sdgs.map((s) => s.id));
  const eventIds = new Set(reference.events.map((e) => e.id));
  const currencies = new Map(reference.currencies.map((c) => [c.id, c]));

  for (const m of data.members) {
    expect(countryIds.has(m.countryId)).toBe(true);
    expect(m.name.length).toBeGreaterThan(0);
    expect(m.updatedAt >= m.createdAt).toBe(true);
  }
  const emails = data.people.map((p) => p.email);
  expect(new Set(emails).size).toBe(emails.length);
  for (const p of data.people) {
    expect(p.email).toMatch(/^[a-z0-9.-]+@[a-z0-9-]+\.example\.(org|com)$/);
    expect(p.memberIndex).toBeGreaterThanOrEqual(0);
    expect(p.memberIndex).toBeLessThan(data.members.length);
  }
  const perMember = new Map<number, number>();
  for (const p of data.people) perMember.set(p.memberIndex, (perMember.get(p.memberIndex) ?? 0) + 1);
  expect(perMember.size).toBe(data.members.length);
  expect([...perMember.values()].every((n) => n === 1 || n === 2)).toBe(true);

  let lastReference = 0;
  let lastDay = '';
  for (const p of data.pledges) {
    expect(p.title.length).toBeGreaterThan(10);
    expect(p.title.length).toBeLessThanOrEqual(300);
    expect(p.title).not.toMatch(/\{|\}/);
    expect(p.description).not.toMatch(/\{|\}|undefined|null/);
    expect(p.leadMemberIndex).toBeLessThan(data.members.length);
    expect(p.partnerMemberIndexes.length).toBeLessThanOrEqual(3);
    expect(new Set(p.partnerMemberIndexes).size).toBe(p.partnerMemberIndexes.length);
    expect(p.partnerMemberIndexes).not.toContain(p.leadMemberIndex);

    expect(p.focusAreaIds.length).toBeGreaterThanOrEqual(1);
    expect(p.focusAreaIds.length).toBeLessThanOrEqual(2);
    expect(p.pillarIds.length).toBeGreaterThanOrEqual(1);
    expect(p.pillarIds.length).toBeLessThanOrEqual(3);
    for (const id of p.pillarIds) expect(p.focusAreaIds).toContain(pillarArea.get(id));
    expect(p.beneficiaryGroupIds.length).toBeGreaterThanOrEqual(1);
    expect(p.beneficiaryGroupIds.length).toBeLessThanOrEqual(4);
    expect(p.beneficiaryGroupIds.every((id) => groupIds.has(id))).toBe(true);
    expect(p.sdgIds.length).toBeGreaterThanOrEqual(1);
    expect(p.sdgIds.length).toBeLessThanOrEqual(4);
    expect(p.sdgIds.every((id) => sdgIds.has(id))).toBe(true);
    for (const ids of [p.focusAreaIds, p.pillarIds, p.beneficiaryGroupIds, p.sdgIds, p.countryIds, p.regionIds]) {
      expect(new Set(ids).size).toBe(ids.length);
    }

    if (p.isGlobal) {
      expect(p.countryIds).toEqual([]);
      expect(p.regionIds).toEqual([]);
    } else {
      expect(p.countryIds.length + p.regionIds.length).toBeGreaterThan(0);
      expect(p.countryIds.length).toBeLessThanOrEqual(5);
    }
    expect(p.countryIds.every((id) => countryIds.has(id))).toBe(true);
    expect(p.regionIds.every((id) => regionIds.has(id))).toBe(true);
    if (p.eventId !== null) expect(eventIds.has(p.eventId)).toBe(true);

    if (p.amount === null) {
      expect([p.currencyId, p.usdValue, p.rateDate]).toEqual([null, null, null]);
      expect(p.type).not.toBe('FINANCIAL');
    } else {
      expect(p.amount).toMatch(/^\d+\.\d{2}$/);
      expect(p.usdValue).toMatch(/^\d+\.\d{2}$/);
      const currency = currencies.get(p.currencyId!)!;
      if (currency.code === 'USD') {
        expect(p.usdValue).toBe(p.amount);
      } else {
        const rate = [...currency.rates].filter((r) => r.validFrom <= p.rateDate!).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0]!;
        expect(rate.validFrom).toBe(p.rateDate);
        expect(p.usdValue).toBe(new Decimal(p.amount).mul(rate.usdPerUnit).toDecimalPlaces(2).toFixed(2));
      }
    }
    if (p.startDate && p.endDate) expect(p.endDate > p.startDate).toBe(true);
    if (p.targetBeneficiaries !== null) expect(Number.isInteger(p.targetBeneficiaries) && p.targetBeneficiaries > 0).toBe(true);

    const published = p.status === 'PUBLISHED' || p.status === 'WITHDRAWN';
    if (published) {
      expect(p.reference).toBe(lastReference + 1);
      lastReference = p.reference!;
      expect(p.announcedOn! >= lastDay).toBe(true);
      lastDay = p.announcedOn!;
      expect(p.publishedAt).not.toBeNull();
      expect(p.submittedAt! <= p.publishedAt!).toBe(true);
    } else {
      expect([p.reference, p.publishedAt, p.announcedOn, p.eventId]).toEqual([null, null, null, null]);
    }
    expect(p.submittedAt === null).toBe(p.status === 'DRAFT');
    expect(p.statusReason !== null).toBe(['CHANGES_REQUESTED', 'REJECTED', 'WITHDRAWN'].includes(p.status));
    expect(p.createdAt <= p.updatedAt).toBe(true);
    if (p.submittedAt) expect(p.createdAt <= p.submittedAt).toBe(true);
  }
  expectConsistentReports(reference, data);
  expectConsistentNeeds(reference, data);
}

/** The latest rate of the currency on the day, as ReferenceService.toUsd finds it. */
function rateOn(reference: DemoReference, currencyId: number, day: string) {
  const currency = reference.currencies.find((c) => c.id === currencyId)!;
  return [...currency.rates].filter((r) => r.validFrom <= day).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0];
}

/** Roundtables, their needs and matches, as the API would have accepted them and the capacity trigger let them in. */
function expectConsistentNeeds(reference: DemoReference, data: DemoData): void {
  const events = new Map(reference.events.map((e) => [e.id, e]));
  const countries = new Map(reference.countries.map((c) => [c.id, c]));
  const pillarArea = new Map(reference.pillars.map((p) => [p.id, p.focusAreaId]));
  const groupIds = new Set(reference.beneficiaryGroups.map((g) => g.id));
  const usd = reference.currencies.find((c) => c.code === 'USD')!;

  const roundtables = new Map(data.roundtables.map((r) => [r.eventId, r]));
  expect(roundtables.size).toBe(data.roundtables.length);
  const starts = data.roundtables.map((r) => events.get(r.eventId)!.startDate);
  expect(starts).toEqual([...starts].sort());
  const invited = data.roundtables.flatMap((r) => r.countryIds);
  expect(new Set(invited).size).toBe(invited.length);
  for (const r of data.roundtables) {
    const event = events.get(r.eventId)!;
    expect(event.kind).toBe('MATCHMAKING_ROUNDTABLE');
    expect(r.countryIds.length).toBeLessThanOrEqual(12);
    for (const id of r.countryIds) {
      expect(countries.get(id)!.independent).toBe(true);
      if (event.regionId !== null) expect(countries.get(id)!.ituRegionId).toBe(event.regionId);
    }
  }

  for (const n of data.needs) {
    const event = events.get(n.eventId)!;
    expect(roundtables.has(n.eventId)).toBe(true);
    expect(n.title.length).toBeGreaterThan(10);
    expect(n.title.length).toBeLessThanOrEqual(300);
    expect(n.title).not.toMatch(/\{|\}/);
    expect(n.description).not.toMatch(/\{|\}|undefined|null|NaN/);
    expect(n.source).toMatch(/ 20\d\d/);
    // A roundtable finds its needs through its countries, or its region.
    if (n.countryId !== null) {
      expect(n.regionId).toBeNull();
      expect(roundtables.get(n.eventId)!.countryIds).toContain(n.countryId);
    } else {
      expect(n.regionId).toBe(event.regionId);
    }
    expect(pillarArea.get(n.pillarId)).toBe(n.focusAreaId);
    expect(n.beneficiaryGroupIds.length).toBeGreaterThanOrEqual(1);
    expect(new Set(n.beneficiaryGroupIds).size).toBe(n.beneficiaryGroupIds.length);
    expect(n.beneficiaryGroupIds.every((id) => groupIds.has(id))).toBe(true);

    if (n.amount === null) {
      expect([n.currencyId, n.gapUsd, n.rateDate]).toEqual([null, null, null]);
      expect(['POLICY', 'ADVOCACY', 'PROGRAMMATIC']).toContain(n.modality);
    } else {
      expect(['FINANCIAL', 'PROGRAMMATIC']).toContain(n.modality);
      expect(n.amount).toMatch(/^\d+\.\d{2}$/);
      expect(Number(n.gapUsd)).toBeGreaterThanOrEqual(200_000);
      expect(Number(n.gapUsd)).toBeLessThanOrEqual(50_000_000);
      // Costed the day it was written, as the service converts it.
      const written = n.createdAt.slice(0, 10);
      if (n.currencyId === usd.id) {
        expect([n.gapUsd, n.rateDate]).toEqual([n.amount, written]);
      } else {
        const rate = rateOn(reference, n.currencyId!, written)!;
        expect(n.currencyId).toBe(countries.get(n.countryId!)!.currencyId);
        expect([n.gapUsd, n.rateDate]).toEqual([new Decimal(n.amount).mul(rate.usdPerUnit).toDecimalPlaces(2).toFixed(2), rate.validFrom]);
      }
    }
    expect(n.startDate <= n.endDate).toBe(true);

    if (n.memberIndex !== null) {
      const member = data.members[n.memberIndex]!;
      expect(member.sector).toBe('GOVERNMENT');
      expect(member.countryId).toBe(n.countryId);
    } else if (n.countryId !== null) {
      expect(data.members.some((m) => m.sector === 'GOVERNMENT' && m.countryId === n.countryId)).toBe(false);
    }

    expect(n.createdAt <= n.updatedAt && n.updatedAt < DEMO_TODAY).toBe(true);
    expect(n.submittedAt === null).toBe(n.status === 'DRAFT');
    expect(n.publishedAt === null).toBe(n.status !== 'PUBLISHED');
    expect(n.version).toBe({ DRAFT: 1, SUBMITTED: 2, PUBLISHED: 3 }[n.status]);
    if (n.submittedAt) expect(n.createdAt <= n.submittedAt && n.submittedAt <= n.updatedAt).toBe(true);
    // Published in time for the roundtable; the others were added since.
    if (n.publishedAt) expect(n.submittedAt! < n.publishedAt && n.publishedAt < event.startDate).toBe(true);
    else expect(n.createdAt > event.startDate).toBe(true);
  }

  const oldest = data.roundtables[0];
  const pledged = new Map<number, Decimal>();
  const needed = new Map<number, Decimal>();
  const pairs = new Set<string>();
  for (const m of data.matches) {
    const need = data.needs[m.needIndex]!;
    const pledge = data.pledges[m.pledgeIndex]!;
    const day = events.get(m.eventId)!.startDate;
    expect(m.eventId).toBe(oldest!.eventId);
    expect(need.eventId).toBe(m.eventId);
    // Only published pairs, the pledge announced before the roundtable, where the need is.
    expect([need.status, pledge.status]).toEqual(['PUBLISHED', 'PUBLISHED']);
    expect(pledge.publishedAt! < day).toBe(true);
    const region = need.countryId === null ? need.regionId : countries.get(need.countryId)!.ituRegionId;
    const where =
      pledge.isGlobal ||
      pledge.regionIds.includes(region!) ||
      (need.countryId === null ? pledge.countryIds.some((id) => countries.get(id)!.ituRegionId === region) : pledge.countryIds.includes(need.countryId));
    expect(where).toBe(true);
    expect(pairs.has(`${m.needIndex}:${m.pledgeIndex}`)).toBe(false);
    pairs.add(`${m.needIndex}:${m.pledgeIndex}`);

    expect(m.score).toBeGreaterThan(0);
    expect(m.score).toBeLessThanOrEqual(1);
    expect(m.components.reduce((sum, c) => sum + c.contribution, 0)).toBeCloseTo(m.score, 10);
    expect(m.amountUsd === null).toBe(need.gapUsd === null);
    if (m.amountUsd !== null && (COMMITTED as readonly string[]).includes(m.status)) {
      expect(Number(m.amountUsd)).toBeGreaterThan(0);
      pledged.set(m.pledgeIndex, (pledged.get(m.pledgeIndex) ?? new Decimal(0)).add(m.amountUsd));
      needed.set(m.needIndex, (needed.get(m.needIndex) ?? new Decimal(0)).add(m.amountUsd));
    }

    expect(m.statusReason !== null).toBe(m.status === 'DECLINED');
    const confirmed = ['AGREED', 'IN_IMPLEMENTATION', 'CLOSED'].includes(m.status);
    expect(m.pledgerConfirmedAt !== null && m.countryConfirmedAt !== null).toBe(confirmed);
    expect(m.version).toBe({ PROPOSED: m.pledgerConfirmedAt ? 3 : 2, DECLINED: 3, AGREED: 4, IN_IMPLEMENTATION: 5, CLOSED: 6 }[m.status]);
    expect(day <= m.createdAt && m.createdAt <= m.updatedAt && m.updatedAt < DEMO_TODAY).toBe(true);
    for (const at of [m.pledgerConfirmedAt, m.countryConfirmedAt]) if (at) expect(m.createdAt < at && at <= m.updatedAt).toBe(true);
  }
  // The capacity rule the match trigger enforces.
  for (const [i, sum] of pledged) expect(sum.lte(data.pledges[i]!.usdValue!)).toBe(true);
  for (const [i, sum] of needed) expect(sum.lte(data.needs[i]!.gapUsd!)).toBe(true);
}

/** Reporting cycles and progress reports: each report as the API would have accepted it, and the figures of a pledge adding up. */
function expectConsistentReports(reference: DemoReference, data: DemoData): void {
  const cycles = data.reportingCycles;
  expect(cycles.map((c) => c.year)).toEqual([2022, 2023, 2024, 2025]);
  expect(cycles.map((c) => c.closedAt === null)).toEqual([false, false, false, true]);
  for (const c of cycles) {
    expect(c.openedAt.slice(0, 4)).toBe(String(c.year));
    expect(c.dueOn > c.openedAt.slice(0, 10)).toBe(true);
    if (c.closedAt) expect(c.openedAt < c.closedAt && c.closedAt < DEMO_TODAY).toBe(true);
  }
  expect(cycles.at(-1)!.dueOn > DEMO_TODAY).toBe(true);
  const cycleOf = new Map(cycles.map((c) => [c.year, c]));
  const currencies = new Map(reference.currencies.map((c) => [c.id, c]));
  const targets = new Set(reference.connectivityTargets);

  const byPledge = new Map<number, DemoProgressReport[]>();
  for (const r of data.progressReports) {
    const pledge = data.pledges[r.pledgeIndex]!;
    const cycle = cycleOf.get(r.year)!;
    expect(pledge.status).toBe('PUBLISHED');
    expect(pledge.publishedAt! <= cycle.openedAt).toBe(true);
    if (cycle.closedAt) expect(r.status).toBe('ACCEPTED');

    expect(r.submittedAt === null).toBe(r.status === 'DRAFT');
    expect(r.decidedAt === null).toBe(r.status === 'DRAFT' || r.status === 'SUBMITTED');
    expect(r.statusReason !== null).toBe(r.status === 'RETURNED');
    expect(r.status === 'DRAFT' ? [1, 2] : [r.status === 'SUBMITTED' ? 2 : 3]).toContain(r.version);
    expect(cycle.openedAt <= r.createdAt && r.createdAt <= r.updatedAt && r.updatedAt < DEMO_TODAY).toBe(true);
    if (r.submittedAt) expect(r.createdAt <= r.submittedAt && r.submittedAt <= r.updatedAt).toBe(true);
    if (r.decidedAt) expect(r.submittedAt! < r.decidedAt && r.decidedAt === r.updatedAt).toBe(true);
    if (r.status !== 'DRAFT') expect(r.stepsTaken.length + r.outcomes.length).toBeGreaterThan(0);
    for (const text of [r.stepsTaken, r.outcomes, r.challenges]) expect(text).not.toMatch(/\{|\}|undefined|null|NaN/);

    if (r.peopleReached !== null) {
      expect(Number.isInteger(r.peopleReached) && r.peopleReached >= 0).toBe(true);
      if (pledge.targetBeneficiaries !== null) expect(r.peopleReached).toBeLessThanOrEqual(pledge.targetBeneficiaries);
    }
    if (r.implementationStatus === 'NOT_STARTED') expect(r.peopleReached).toBeNull();
    if (r.womenReached !== null) expect(r.womenReached).toBeLessThanOrEqual(r.peopleReached!);
    for (const [id, people] of Object.entries(r.reachByGroup)) {
      expect(pledge.beneficiaryGroupIds).toContain(Number(id));
      expect(people).toBeLessThanOrEqual(r.peopleReached!);
    }
    expect(new Set(r.targetCodes).size).toBe(r.targetCodes.length);
    expect(r.targetCodes.every((c) => targets.has(c))).toBe(true);
    if (targets.size) expect(r.targetCodes.length).toBeGreaterThan(0);
    expect(new Set(r.evidenceLinks).size).toBe(r.evidenceLinks.length);
    for (const link of r.evidenceLinks) expect(link).toMatch(/^https:\/\/example\.org\/[a-z0-9./-]+$/);

    if (r.amountDisbursed === null) {
      expect([r.currencyId, r.disbursedUsd, r.rateDate]).toEqual([null, null, null]);
    } else {
      expect(r.amountDisbursed).toMatch(/^\d+\.\d{2}$/);
      expect(r.currencyId).toBe(pledge.currencyId);
      // ProgressReportService.assign: the rate in force on the year's last day, or on the day of writing if earlier.
      const written = (r.submittedAt ?? r.updatedAt).slice(0, 10);
      const day = `${r.year}-12-31` < written ? `${r.year}-12-31` : written;
      const currency = currencies.get(r.currencyId!)!;
      if (currency.code === 'USD') {
        expect([r.disbursedUsd, r.rateDate]).toEqual([r.amountDisbursed, day]);
      } else {
        const rate = [...currency.rates].filter((x) => x.validFrom <= day).sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0]!;
        expect([r.disbursedUsd, r.rateDate]).toEqual([new Decimal(r.amountDisbursed).mul(rate.usdPerUnit).toDecimalPlaces(2).toFixed(2), rate.validFrom]);
      }
    }
    byPledge.set(r.pledgeIndex, [...(byPledge.get(r.pledgeIndex) ?? []), r]);
  }

  for (const [index, reports] of byPledge) {
    const pledge = data.pledges[index]!;
    const years = reports.map((r) => r.year);
    expect(years).toEqual([...new Set(years)].sort());
    // Completed or cancelled: no more reports are owed.
    reports.slice(0, -1).forEach((r) => expect(['COMPLETED', 'CANCELLED']).not.toContain(r.implementationStatus));
    let disbursed = new Decimal(0);
    let people = 0;
    let women = 0;
    for (const r of reports) {
      if (r.amountDisbursed) disbursed = disbursed.add(r.amountDisbursed);
      if (r.peopleReached !== null) {
        expect(r.peopleReached).toBeGreaterThanOrEqual(people);
        people = r.peopleReached;
      }
      if (r.womenReached !== null) {
        expect(r.womenReached).toBeGreaterThanOrEqual(women);
        women = r.womenReached;
      }
    }
    if (pledge.amount === null) expect(disbursed.isZero()).toBe(true);
    else expect(disbursed.lte(pledge.amount)).toBe(true);
  }
}

/** The shape of self-reporting: "202 pledges reported on by 99 entities" of ~500, three quarters of them in progress. */
function expectReportingShape(f: ReportingFigures): void {
  for (const c of f.cycles) {
    const rate = c.reported / c.owed;
    expect(rate, `${c.year}`).toBeGreaterThanOrEqual(c.year === 2025 ? 0.35 : 0.4);
    expect(rate, `${c.year}`).toBeLessThanOrEqual(0.6);
  }
  const reportedOn = Object.values(f.latestImplementation).reduce((a, b) => a + b, 0);
  const share = (status: string) => (f.latestImplementation[status] ?? 0) / reportedOn;
  expect(share('IN_PROGRESS')).toBeGreaterThan(0.68);
  expect(share('IN_PROGRESS')).toBeLessThan(0.82);
  expect(share('COMPLETED')).toBeGreaterThan(0.07);
  expect(share('COMPLETED')).toBeLessThan(0.2);
  for (const status of ['DELAYED', 'NOT_STARTED', 'CANCELLED']) {
    expect(share(status), status).toBeGreaterThan(0);
    expect(share(status), status).toBeLessThan(0.1);
  }
  const status = (s: string) => (f.byStatus[s] ?? 0) / f.reports;
  expect(status('ACCEPTED')).toBeGreaterThan(0.9);
  for (const s of ['SUBMITTED', 'DRAFT']) {
    expect(status(s), s).toBeGreaterThan(0.005);
    expect(status(s), s).toBeLessThan(0.05);
  }
  expect(f.byStatus.RETURNED).toBeGreaterThanOrEqual(1);
  expect(status('RETURNED')).toBeLessThan(0.005);
  // Pledges published more than two years ago that never reported: OVERDUE.
  expect(f.oldNeverReported / f.oldPublished).toBeGreaterThan(0.2);
  expect(f.oldNeverReported / f.oldPublished).toBeLessThan(0.4);
}

describe('the demo data generator on the project reference data', () => {
  let reference: DemoReference;
  let data: DemoData;

  beforeAll(() => {
    reference = referenceFromJson({
      countries: readJson('countries.json'),
      currencies: readJson('currencies.json'),
      focusAreas: readJson('focus-areas.json'),
      beneficiaryGroups: readJson('beneficiary-groups.json'),
      sdgs: readJson('sdgs.json'),
      events: readJson('events.json'),
      connectivityTargets: CONNECTIVITY_TARGETS,
    });
    data = generateDemoData(reference, { seed: 2021, members: 400, pledges: 850 });
  });

  it('follows dated LDC membership', () => {
    const bhutan = reference.countries.find((c) => c.code === 'BT')!;
    expect(inGroup(bhutan, 'LDC', '2023-12-12')).toBe(true);
    expect(inGroup(bhutan, 'LDC', '2023-12-13')).toBe(false);
    expect(inGroup(bhutan, 'LLDC', '2025-01-01')).toBe(true);
  });

  it('matches the coalition\'s published figures', () => {
    const f = summarizeDemoData(reference, data);
    expect(f.pledges).toBe(850);
    expect(f.members).toBe(400);
    expect(f.published).toBeGreaterThan(800);
    expect(f.pledges - f.published).toBeGreaterThan(10); // curation work for the console
    expect(Number(f.totalUsd)).toBeGreaterThan(30e9);
    expect(Number(f.totalUsd)).toBeLessThan(45e9);
    expect(f.ldcShare).toBeGreaterThanOrEqual(0.25);
    expect(f.ldcShare).toBeLessThanOrEqual(0.37);
    expect(f.womenShare).toBeGreaterThanOrEqual(0.45);
    expect(f.womenShare).toBeLessThanOrEqual(0.6);
    expect(f.leadCountries).toBeGreaterThanOrEqual(115);
    expect(f.leadCountries).toBeLessThanOrEqual(165);
    expect(f.overOneBillion).toBeGreaterThanOrEqual(1);
    expect(f.noValueShare).toBeGreaterThan(0.2);
    expect(f.topSdgs.slice(0, 3)).toEqual([9, 4, 10]);
    expect(f.byType.PROGRAMMATIC).toBeGreaterThan(f.byType.FINANCIAL!);
    expect(f.byType.FINANCIAL).toBeGreaterThan(f.byType.POLICY!);
    expect(f.byType.POLICY).toBeGreaterThanOrEqual(f.byType.ADVOCACY! * 0.7);
    expect(f.memberSectors.GOVERNMENT! / f.members).toBeCloseTo(0.25, 1);
    expect(f.currencies.USD! / Object.values(f.currencies).reduce((a, b) => a + b, 0)).toBeGreaterThan(0.6);
    // Cumulative counts, scaled to ~1000: 360+ by June 2022, 500 by PP-22, 845 by the end of 2023.
    const [wtdc, pp22, end2023] = f.milestones.map((m) => m.pledges / f.published);
    expect(wtdc).toBeGreaterThan(0.33);
    expect(wtdc).toBeLessThan(0.4);
    expect(pp22).toBeGreaterThan(0.47);
    expect(pp22).toBeLessThan(0.54);
    expect(end2023).toBeGreaterThan(0.8);
    expect(end2023).toBeLessThan(0.9);
  });

  it('has the real champions and a handful of fictional ones', () => {
    const champions = data.members.filter((m) => m.champion).map((m) => m.name);
    expect(champions).toEqual(expect.arrayContaining(['Amazon', 'Microsoft', 'ZTE Corporation']));
    expect(champions.length).toBeLessThanOrEqual(10);
  });

  it('produces consistent rows', () => {
    expectConsistent(reference, data);
  });

  it('reports on the pledges as the coalition\'s pledgers do', () => {
    expect(CONNECTIVITY_TARGETS).toHaveLength(13);
    const f = summarizeDemoData(reference, data).reporting;
    expectReportingShape(f);
    expect(f.byStatus.RETURNED).toBeLessThanOrEqual(2);
    const targets = new Set(data.progressReports.flatMap((r) => r.targetCodes));
    expect(targets.size).toBe(CONNECTIVITY_TARGETS.length);
  });

  it('gathers country needs for the regional matchmaking roundtables, and matches for the oldest', () => {
    const events = new Map(reference.events.map((e) => [e.id, e]));
    expect(data.roundtables.map((r) => events.get(r.eventId)!.code)).toEqual(['P2C-MMR-2023-PACIFIC', 'P2C-MMR-2023-LLDC', 'P2C-MMR-2023-AFRICA']);
    const countries = new Map(reference.countries.map((c) => [c.id, c]));
    for (const r of data.roundtables) {
      const event = events.get(r.eventId)!;
      expect(r.countryIds.length).toBeGreaterThanOrEqual(6);
      expect(r.countryIds.length).toBeLessThanOrEqual(12);
      const needs = data.needs.filter((n) => n.eventId === r.eventId);
      expect(needs.length).toBeGreaterThanOrEqual(40);
      expect(needs.length).toBeLessThanOrEqual(80);
      expect(new Set(needs.flatMap((n) => n.countryId ?? [])).size).toBe(r.countryIds.length);
      if (event.code === 'P2C-MMR-2023-LLDC') for (const id of r.countryIds) expect(inGroup(countries.get(id)!, 'LLDC', event.startDate)).toBe(true);
      if (event.code === 'P2C-MMR-2023-PACIFIC') for (const id of r.countryIds) expect(inGroup(countries.get(id)!, 'SIDS', event.startDate)).toBe(true);
    }

    const share = (items: readonly unknown[], of: readonly unknown[]) => items.length / of.length;
    const financial = data.needs.filter((n) => n.gapUsd !== null);
    expect(share(financial, data.needs)).toBeGreaterThan(0.6);
    expect(share(financial, data.needs)).toBeLessThan(0.9);
    expect(new Set(data.needs.map((n) => n.modality))).toEqual(new Set(['FINANCIAL', 'PROGRAMMATIC', 'POLICY', 'ADVOCACY']));
    expect(financial.some((n) => n.currencyId !== financial[0]!.currencyId)).toBe(true);
    expect(share(data.needs.filter((n) => n.status === 'PUBLISHED'), data.needs)).toBeGreaterThan(0.8);
    expect(new Set(data.needs.map((n) => n.status))).toEqual(new Set(['PUBLISHED', 'SUBMITTED', 'DRAFT']));
    expect(share(data.needs.filter((n) => n.memberIndex !== null), data.needs)).toBeGreaterThan(0.3);
    expect(data.needs.filter((n) => n.regionId !== null).length).toBe(4);
    // Priorities lean to HIGH in LDCs.
    const ldc = (n: (typeof data.needs)[number]) => n.countryId !== null && inGroup(countries.get(n.countryId)!, 'LDC', events.get(n.eventId)!.startDate);
    const high = (needs: typeof data.needs) => share(needs.filter((n) => n.priority === 'HIGH'), needs);
    expect(high(data.needs.filter(ldc))).toBeGreaterThan(high(data.needs.filter((n) => !ldc(n))) + 0.15);
    expect(data.needs.some((n) => n.title === 'Digital skills for rural women')).toBe(true);

    expect(data.matches.length).toBe(10);
    expect(data.matches.map((m) => m.status).sort()).toEqual(['AGREED', 'AGREED', 'CLOSED', 'CLOSED', 'DECLINED', 'IN_IMPLEMENTATION', 'IN_IMPLEMENTATION', 'IN_IMPLEMENTATION', 'PROPOSED', 'PROPOSED']);
    expect(data.matches.filter((m) => m.amountUsd !== null).length).toBeGreaterThan(5);
  });

  it('scales, keeping the shape', () => {
    const big = generateDemoData(reference, { seed: 7, members: 1200, pledges: 6000 });
    expect(big.pledges).toHaveLength(6000);
    expect(big.members).toHaveLength(1200);
    const f = summarizeDemoData(reference, big);
    expect(f.ldcShare).toBeGreaterThan(0.25);
    expect(f.ldcShare).toBeLessThan(0.37);
    expect(f.womenShare).toBeGreaterThan(0.45);
    expect(f.womenShare).toBeLessThan(0.6);
    expect(Number(f.totalUsd) / 6000).toBeGreaterThan(30e9 / 850);
    expect(Number(f.totalUsd) / 6000).toBeLessThan(45e9 / 850);
    expect(f.topSdgs.slice(0, 3)).toEqual([9, 4, 10]);
    expectReportingShape(f.reporting);
    expectConsistent(reference, big);
  });
});
