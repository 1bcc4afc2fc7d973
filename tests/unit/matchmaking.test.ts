import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, type AllocationProblem } from '../../server/src/matchmaking/allocation.js';
import { DEFAULT_WEIGHTS, scorePair, scoreValue, ScoreComponent, type NeedFacts, type PledgeFacts } from '../../server/src/matchmaking/scoring.js';
import { topScored } from '../../server/src/matchmaking/top-k.js';

const KENYA = 1;
const UGANDA = 2;
const AFRICA = 10;
const EAST_AFRICA = 11;
const ACCESS = 100;
const ADOPTION = 101;
const INFRASTRUCTURE = 1000;
const WOMEN = 200;
const YOUTH = 201;

const need = (overrides: Partial<NeedFacts> = {}): NeedFacts => ({
  countryId: KENYA,
  regionIds: new Set([AFRICA, EAST_AFRICA]),
  focusAreaId: ACCESS,
  pillarId: INFRASTRUCTURE,
  beneficiaryGroupIds: new Set([WOMEN, YOUTH]),
  modality: 'FINANCIAL',
  remainingGapUsd: 1_000_000,
  startDate: '2025-01-01',
  endDate: '2026-12-31',
  priority: 'HIGH',
  inPriorityCountryGroup: false,
  ...overrides,
});

const pledge = (overrides: Partial<PledgeFacts> = {}): PledgeFacts => ({
  published: true,
  isGlobal: false,
  countryIds: new Set([KENYA]),
  regionIds: new Set(),
  countryRegionIds: new Set([AFRICA, EAST_AFRICA]),
  focusAreaIds: new Set([ACCESS]),
  pillarIds: new Set([INFRASTRUCTURE]),
  beneficiaryGroupIds: new Set([WOMEN, YOUTH]),
  type: 'FINANCIAL',
  remainingUsd: 2_000_000,
  startDate: '2024-01-01',
  endDate: '2027-12-31',
  ...overrides,
});

const component = (score: ReturnType<typeof scorePair>, name: ScoreComponent) => score.components.find((c) => c.component === name);

describe('pair scoring', () => {
  it('gives a perfect pair 1, each component explained, weights adding up to 1', () => {
    const score = scorePair(need({ inPriorityCountryGroup: true }), pledge());
    expect(score.eligible).toBe(true);
    expect(score.score).toBeCloseTo(1);
    expect(score.components.map((c) => c.component)).toEqual(Object.values(ScoreComponent));
    expect(score.components.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1);
    expect(component(score, ScoreComponent.GEOGRAPHY)?.explanation).toBe('implemented in the need\'s country');
  });

  it('ranks the same country over the same region over a global pledge', () => {
    const country = scorePair(need(), pledge()).score;
    const region = scorePair(need(), pledge({ countryIds: new Set(), regionIds: new Set([EAST_AFRICA]) })).score;
    const global = scorePair(need(), pledge({ countryIds: new Set(), isGlobal: true })).score;
    expect(country).toBeGreaterThan(region);
    expect(region).toBeGreaterThan(global);
  });

  it('rules out unpublished pledges, pledges elsewhere and disjoint time windows, saying why', () => {
    expect(scorePair(need(), pledge({ published: false }))).toMatchObject({ eligible: false, score: 0, exclusion: 'the pledge is not published' });
    expect(scorePair(need(), pledge({ countryIds: new Set([UGANDA]) }))).toMatchObject({ eligible: false, exclusion: 'the pledge is not implemented where the need is' });
    expect(scorePair(need(), pledge({ startDate: '2020-01-01', endDate: '2021-12-31' }))).toMatchObject({ eligible: false });
    // A regional need takes pledges in any of the region's countries.
    expect(scorePair(need({ countryId: null, regionIds: new Set([EAST_AFRICA]) }), pledge({ countryIds: new Set([UGANDA]) })).eligible).toBe(true);
  });

  it('measures budget fit against the remaining gap, and leaves it out for non-financial needs', () => {
    expect(component(scorePair(need(), pledge({ remainingUsd: 250_000 })), ScoreComponent.BUDGET)).toMatchObject({ value: 0.25, explanation: 'could cover 25% of the remaining gap' });
    expect(component(scorePair(need(), pledge({ remainingUsd: 0 })), ScoreComponent.BUDGET)?.value).toBe(0);
    const policy = scorePair(need({ modality: 'POLICY', remainingGapUsd: null }), pledge({ type: 'ADVOCACY', remainingUsd: null }));
    expect(component(policy, ScoreComponent.BUDGET)).toBeUndefined();
    expect(component(policy, ScoreComponent.MODALITY)?.value).toBe(0.5);
  });

  it('boosts needs in LDCs, LLDCs and SIDS, and follows the organizer\'s weights', () => {
    const plain = scorePair(need({ priority: 'LOW' }), pledge({ focusAreaIds: new Set([ADOPTION]), pillarIds: new Set() }));
    const boosted = scorePair(need({ priority: 'LOW', inPriorityCountryGroup: true }), pledge({ focusAreaIds: new Set([ADOPTION]), pillarIds: new Set() }));
    expect(boosted.score).toBeGreaterThan(plain.score);
    const focusOnly = scorePair(need(), pledge({ focusAreaIds: new Set([ADOPTION]), pillarIds: new Set() }), { ...Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0])), [ScoreComponent.FOCUS]: 1 } as typeof DEFAULT_WEIGHTS);
    expect(focusOnly.score).toBe(0);
  });

  it('always lies between 0 and 1, with contributions adding up to the score', () => {
    const ids = fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 4 }).map((a) => new Set(a));
    const day = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const window = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
    const money = fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null });
    const modality = fc.constantFrom('FINANCIAL', 'PROGRAMMATIC', 'POLICY', 'ADVOCACY' as const);
    fc.assert(
      fc.property(ids, ids, ids, ids, money, money, window, window, modality, modality, fc.boolean(), (needRegions, pledgeRegions, needGroups, pledgeGroups, gap, remaining, [ns, ne], [ps, pe], m1, m2, global) => {
        const score = scorePair(
          need({ regionIds: needRegions, beneficiaryGroupIds: needGroups, remainingGapUsd: gap, startDate: ns!, endDate: ne!, modality: m1 as 'FINANCIAL' }),
          pledge({ countryIds: new Set(), regionIds: pledgeRegions, isGlobal: global, beneficiaryGroupIds: pledgeGroups, remainingUsd: remaining, startDate: ps!, endDate: pe!, type: m2 as 'FINANCIAL' }),
        );
        expect(score.score).toBeGreaterThanOrEqual(0);
        expect(score.score).toBeLessThanOrEqual(1 + 1e-9);
        expect(score.components.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(score.score);
        // The fast score that ranks candidates is the explained one's, and rules out the same pairs.
        const fast = scoreValue(
          need({ regionIds: needRegions, beneficiaryGroupIds: needGroups, remainingGapUsd: gap, startDate: ns!, endDate: ne!, modality: m1 as 'FINANCIAL' }),
          pledge({ countryIds: new Set(), regionIds: pledgeRegions, isGlobal: global, beneficiaryGroupIds: pledgeGroups, remainingUsd: remaining, startDate: ps!, endDate: pe!, type: m2 as 'FINANCIAL' }),
        );
        if (score.eligible) expect(fast).toBeCloseTo(score.score, 12);
        else expect(fast).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('top k', () => {
  it('keeps the k best of many in order, ties by ID, and counts the eligible ones', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 20 }), { maxLength: 200 }), fc.integer({ min: 0, max: 30 }), (scores, k) => {
        const items = scores.map((score, i) => ({ id: 1000 - i, score: score / 4 }));
        const { best, eligible } = topScored(items, k, (item) => item.score);
        const expected = items.filter((i) => i.score >= 0).sort((a, b) => b.score - a.score || a.id - b.id);
        expect(eligible).toBe(expected.length);
        expect(best.map((b) => b.item.id)).toEqual(expected.slice(0, k).map((i) => i.id));
      }),
      { numRuns: 300 },
    );
  });
});

/** Every integral allocation of a small instance, the best one's objective: what the solver must reach. */
function bruteForce(problem: AllocationProblem): { financial: number; nonFinancial: number } {
  const needsPerPledge = problem.needsPerPledge ?? 5;
  const pledgesPerNeed = problem.pledgesPerNonFinancialNeed ?? 1;
  const financial = problem.pairs.map((p, i) => ({ ...p, i })).filter((p) => p.score > 0 && problem.needs[p.need]!.gap !== null && (problem.pledges[p.pledge]!.capacity ?? 0) > 0);
  const nonFinancial = problem.pairs.filter((p) => p.score > 0 && problem.needs[p.need]!.gap === null);
  let bestFinancial = 0;
  const used = { need: new Map<number, number>(), pledge: new Map<number, number>() };
  const walk = (k: number, value: number) => {
    if (k === financial.length) return void (bestFinancial = Math.max(bestFinancial, value));
    const p = financial[k]!;
    const room = Math.min(problem.needs[p.need]!.gap! - (used.need.get(p.need) ?? 0), problem.pledges[p.pledge]!.capacity! - (used.pledge.get(p.pledge) ?? 0));
    for (let x = 0; x <= room; x++) {
      used.need.set(p.need, (used.need.get(p.need) ?? 0) + x);
      used.pledge.set(p.pledge, (used.pledge.get(p.pledge) ?? 0) + x);
      walk(k + 1, value + x * p.score);
      used.need.set(p.need, used.need.get(p.need)! - x);
      used.pledge.set(p.pledge, used.pledge.get(p.pledge)! - x);
    }
  };
  walk(0, 0);
  let bestNonFinancial = 0;
  for (let mask = 0; mask < 1 << nonFinancial.length; mask++) {
    const chosen = nonFinancial.filter((_, i) => mask & (1 << i));
    const perNeed = new Map<number, number>();
    const perPledge = new Map<number, number>();
    for (const c of chosen) {
      perNeed.set(c.need, (perNeed.get(c.need) ?? 0) + 1);
      perPledge.set(c.pledge, (perPledge.get(c.pledge) ?? 0) + 1);
    }
    if ([...perNeed.values()].some((n) => n > pledgesPerNeed) || [...perPledge.values()].some((n) => n > needsPerPledge)) continue;
    bestNonFinancial = Math.max(bestNonFinancial, chosen.reduce((s, c) => s + c.score, 0));
  }
  return { financial: bestFinancial, nonFinancial: bestNonFinancial };
}

describe('allocation', () => {
  it('fills the best pairs first, within each gap and capacity', async () => {
    const result = await allocate({
      needs: [{ gap: 100 }, { gap: 50 }],
      pledges: [{ capacity: 120 }],
      pairs: [
        { need: 0, pledge: 0, score: 0.5 },
        { need: 1, pledge: 0, score: 0.9 },
      ],
    });
    expect(result.matches).toEqual(expect.arrayContaining([{ pair: 1, amount: 50 }, { pair: 0, amount: 70 }]));
    expect(result.financialObjective).toBeCloseTo(0.9 * 50 + 0.5 * 70);
  });

  it('matches non-financial needs without amounts, each with its best pledge', async () => {
    const result = await allocate({
      needs: [{ gap: null }, { gap: null }],
      pledges: [{ capacity: null }, { capacity: null }],
      pairs: [
        { need: 0, pledge: 0, score: 0.4 },
        { need: 0, pledge: 1, score: 0.8 },
        { need: 1, pledge: 1, score: 0.6 },
      ],
      needsPerPledge: 1,
    });
    expect(result.matches).toEqual(expect.arrayContaining([{ pair: 0, amount: null }, { pair: 2, amount: null }]));
    expect(result.nonFinancialObjective).toBeCloseTo(1.0);
  });

  it('is optimal: never worse than brute force over every integral allocation of small random instances', async () => {
    const instance = fc
      .record({
        needs: fc.array(fc.record({ gap: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }) }), { minLength: 1, maxLength: 3 }),
        pledges: fc.array(fc.record({ capacity: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }) }), { minLength: 1, maxLength: 3 }),
        needsPerPledge: fc.integer({ min: 1, max: 2 }),
        pledgesPerNonFinancialNeed: fc.integer({ min: 1, max: 2 }),
      })
      .chain((base) =>
        fc
          .uniqueArray(fc.tuple(fc.nat(base.needs.length - 1), fc.nat(base.pledges.length - 1)), { selector: ([n, p]) => `${n}:${p}`, maxLength: 6 })
          .chain((keys) => fc.tuple(...keys.map(() => fc.integer({ min: 0, max: 100 }))).map((scores) => ({ ...base, pairs: keys.map(([need, pledge], i) => ({ need, pledge, score: scores[i]! / 100 })) }))),
      );
    await fc.assert(
      fc.asyncProperty(instance, async (problem) => {
        const result = await allocate(problem);
        const best = bruteForce(problem);
        expect(result.financialObjective).toBeCloseTo(best.financial, 6);
        expect(result.nonFinancialObjective).toBeCloseTo(best.nonFinancial, 6);
        // And feasible: no gap, capacity or count exceeded.
        const sum = (pick: (p: AllocationProblem['pairs'][number]) => number, amountOf: (m: (typeof result.matches)[number]) => number) => {
          const totals = new Map<number, number>();
          for (const m of result.matches) totals.set(pick(problem.pairs[m.pair]!), (totals.get(pick(problem.pairs[m.pair]!)) ?? 0) + amountOf(m));
          return totals;
        };
        for (const [need, total] of sum((p) => p.need, (m) => m.amount ?? 0)) if (problem.needs[need]!.gap !== null) expect(total).toBeLessThanOrEqual(problem.needs[need]!.gap!);
        for (const [pledge, total] of sum((p) => p.pledge, (m) => m.amount ?? 0)) expect(total).toBeLessThanOrEqual(problem.pledges[pledge]!.capacity ?? 0);
      }),
      { numRuns: 200 },
    );
  });
});
