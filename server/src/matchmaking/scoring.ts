/**
 * The explainable score of a (country need, pledge) pair: a weighted mean of components in [0, 1],
 * each returned with its weight and a sentence, after hard filters that rule out pairs that cannot work.
 * Plain data in, plain data out: no I/O, so that it is tested on its own and run over many pairs.
 */

export type Modality = 'FINANCIAL' | 'PROGRAMMATIC' | 'POLICY' | 'ADVOCACY';
export type NeedPriority = 'HIGH' | 'MEDIUM' | 'LOW';

export enum ScoreComponent {
  GEOGRAPHY = 'GEOGRAPHY',
  FOCUS = 'FOCUS',
  BENEFICIARIES = 'BENEFICIARIES',
  MODALITY = 'MODALITY',
  BUDGET = 'BUDGET',
  TIME = 'TIME',
  PRIORITY = 'PRIORITY',
}

export type ScoringWeights = Readonly<Record<ScoreComponent, number>>;

/** Where a pledge is implemented and what it is about count most; then the money; time and priority refine. */
export const DEFAULT_WEIGHTS: ScoringWeights = {
  [ScoreComponent.GEOGRAPHY]: 3,
  [ScoreComponent.FOCUS]: 3,
  [ScoreComponent.BENEFICIARIES]: 1.5,
  [ScoreComponent.MODALITY]: 1.5,
  [ScoreComponent.BUDGET]: 2,
  [ScoreComponent.TIME]: 1,
  [ScoreComponent.PRIORITY]: 1,
};

export interface NeedFacts {
  /** Null for a need of a whole region. */
  readonly countryId: number | null;
  /** The regions the need lies in: its country's regions (ITU-D, M49), or its own region. */
  readonly regionIds: ReadonlySet<number>;
  readonly focusAreaId: number;
  readonly pillarId: number | null;
  readonly beneficiaryGroupIds: ReadonlySet<number>;
  readonly modality: Modality;
  /** What is left of the funding gap in USD; null for a non-financial need. */
  readonly remainingGapUsd: number | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly priority: NeedPriority;
  /** The need's country is an LDC, LLDC or SIDS. */
  readonly inPriorityCountryGroup: boolean;
}

export interface PledgeFacts {
  readonly published: boolean;
  readonly isGlobal: boolean;
  readonly countryIds: ReadonlySet<number>;
  /** Regions named on the pledge. */
  readonly regionIds: ReadonlySet<number>;
  /** Regions of the pledge's countries. */
  readonly countryRegionIds: ReadonlySet<number>;
  readonly focusAreaIds: ReadonlySet<number>;
  readonly pillarIds: ReadonlySet<number>;
  readonly beneficiaryGroupIds: ReadonlySet<number>;
  readonly type: Modality;
  /** What is left of its value in USD once allocated amounts are taken off; null without a value. */
  readonly remainingUsd: number | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
}

export interface ComponentScore {
  readonly component: ScoreComponent;
  /** The component's share of the total weight, over the components that apply (they add up to 1). */
  readonly weight: number;
  /** From 0 to 1. */
  readonly value: number;
  /** `weight × value`: the components' contributions add up to the score. */
  readonly contribution: number;
  readonly explanation: string;
}

export type PairScore =
  | { readonly eligible: true; readonly score: number; readonly components: readonly ComponentScore[] }
  | { readonly eligible: false; readonly score: 0; readonly exclusion: string; readonly components: readonly [] };

function intersects(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

const DAY = 86_400_000;
const parsedDays = new Map<string, number>();
/** Day number of an ISO date; the few distinct dates of the data are parsed once, not once per pair. */
function dayOf(date: string): number {
  let day = parsedDays.get(date);
  if (day === undefined) {
    day = Date.parse(date) / DAY;
    if (parsedDays.size < 100_000) parsedDays.set(date, day);
  }
  return day;
}

/** A component that does not apply to the pair (the weights are shared among the others). */
const NOT_APPLICABLE = -1;
/** A component that rules the pair out. */
const EXCLUDED = -2;

/*
 * Each component is measured as a number, for scoring many pairs without allocating, and explained
 * apart, only for the pairs shown: both read the same facts, so the sentence always matches the value.
 */
function geography(need: NeedFacts, pledge: PledgeFacts): number {
  if (need.countryId !== null && pledge.countryIds.has(need.countryId)) return 1;
  if (intersects(need.regionIds, pledge.regionIds)) return 0.7;
  if (need.countryId === null && intersects(need.regionIds, pledge.countryRegionIds)) return 0.7;
  if (pledge.isGlobal) return 0.4;
  return EXCLUDED;
}

function focus(need: NeedFacts, pledge: PledgeFacts): number {
  if (need.pillarId !== null && pledge.pillarIds.has(need.pillarId)) return 1;
  return pledge.focusAreaIds.has(need.focusAreaId) ? 0.7 : 0;
}

function sharedGroups(need: NeedFacts, pledge: PledgeFacts): number {
  let shared = 0;
  for (const g of need.beneficiaryGroupIds) if (pledge.beneficiaryGroupIds.has(g)) shared += 1;
  return shared;
}

function beneficiaries(need: NeedFacts, pledge: PledgeFacts): number {
  return need.beneficiaryGroupIds.size === 0 ? NOT_APPLICABLE : sharedGroups(need, pledge) / need.beneficiaryGroupIds.size;
}

const NEAR: Readonly<Record<Modality, Modality>> = { FINANCIAL: 'PROGRAMMATIC', PROGRAMMATIC: 'FINANCIAL', POLICY: 'ADVOCACY', ADVOCACY: 'POLICY' };

function modality(need: NeedFacts, pledge: PledgeFacts): number {
  if (need.modality === pledge.type) return 1;
  return NEAR[need.modality] === pledge.type ? 0.5 : 0;
}

function budget(need: NeedFacts, pledge: PledgeFacts): number {
  if (need.remainingGapUsd === null) return NOT_APPLICABLE;
  if (need.remainingGapUsd <= 0 || !pledge.remainingUsd || pledge.remainingUsd <= 0) return 0;
  return Math.min(pledge.remainingUsd, need.remainingGapUsd) / need.remainingGapUsd;
}

function time(need: NeedFacts, pledge: PledgeFacts): number {
  if (!need.startDate || !need.endDate || (!pledge.startDate && !pledge.endDate)) return NOT_APPLICABLE;
  const start = pledge.startDate && pledge.startDate > need.startDate ? pledge.startDate : need.startDate;
  const end = pledge.endDate && pledge.endDate < need.endDate ? pledge.endDate : need.endDate;
  if (end < start) return EXCLUDED;
  return Math.min(1, (dayOf(end) - dayOf(start) + 1) / (dayOf(need.endDate) - dayOf(need.startDate) + 1));
}

const PRIORITY_LEVEL: Readonly<Record<NeedPriority, number>> = { HIGH: 1, MEDIUM: 0.6, LOW: 0.3 };

function priority(need: NeedFacts): number {
  return 0.6 * PRIORITY_LEVEL[need.priority] + (need.inPriorityCountryGroup ? 0.4 : 0);
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

const COMPONENTS: readonly {
  readonly component: ScoreComponent;
  readonly measure: (need: NeedFacts, pledge: PledgeFacts) => number;
  readonly explain: (need: NeedFacts, pledge: PledgeFacts, value: number) => string;
  readonly exclusion?: string;
}[] = [
  {
    component: ScoreComponent.GEOGRAPHY,
    measure: geography,
    explain: (_n, _p, value) => (value === 1 ? 'implemented in the need\'s country' : value === 0.7 ? 'implemented across the need\'s region' : 'a global pledge'),
    exclusion: 'the pledge is not implemented where the need is',
  },
  { component: ScoreComponent.FOCUS, measure: focus, explain: (_n, _p, value) => (value === 1 ? 'same pillar' : value > 0 ? 'same focus area' : 'another focus area') },
  {
    component: ScoreComponent.BENEFICIARIES,
    measure: beneficiaries,
    explain: (need, pledge) => `${sharedGroups(need, pledge)} of the need's ${need.beneficiaryGroupIds.size} beneficiary groups`,
  },
  {
    component: ScoreComponent.MODALITY,
    measure: modality,
    explain: (need, pledge, value) => `a ${pledge.type.toLowerCase()} pledge${value === 1 ? ', as preferred' : `; ${need.modality.toLowerCase()} preferred`}`,
  },
  {
    component: ScoreComponent.BUDGET,
    measure: budget,
    explain: (need, pledge, value) =>
      need.remainingGapUsd! <= 0 ? 'the funding gap is already covered' : !pledge.remainingUsd || pledge.remainingUsd <= 0 ? 'no unallocated value left on the pledge' : `could cover ${percent(value)} of the remaining gap`,
  },
  {
    component: ScoreComponent.TIME,
    measure: time,
    explain: (_n, _p, value) => `runs over ${percent(value)} of the need's time window`,
    exclusion: 'the pledge\'s and the need\'s time windows do not overlap',
  },
  {
    component: ScoreComponent.PRIORITY,
    measure: (need) => priority(need),
    explain: (need) => `${need.priority.toLowerCase()} priority${need.inPriorityCountryGroup ? ', in an LDC, LLDC or SIDS' : ''}`,
  },
];

/** The score alone, for ranking many pairs: -1 for a pair ruled out. Equal to `scorePair(...).score` otherwise. */
export function scoreValue(need: NeedFacts, pledge: PledgeFacts, weights: ScoringWeights = DEFAULT_WEIGHTS): number {
  if (!pledge.published) return -1;
  let sum = 0;
  let total = 0;
  for (const { component, measure } of COMPONENTS) {
    const value = measure(need, pledge);
    if (value === EXCLUDED) return -1;
    if (value === NOT_APPLICABLE) continue;
    const weight = Math.max(0, weights[component]);
    sum += weight * value;
    total += weight;
  }
  return total > 0 ? sum / total : 0;
}

export function scorePair(need: NeedFacts, pledge: PledgeFacts, weights: ScoringWeights = DEFAULT_WEIGHTS): PairScore {
  if (!pledge.published) return { eligible: false, score: 0, exclusion: 'the pledge is not published', components: [] };
  const parts: { component: ScoreComponent; value: number; explanation: string }[] = [];
  for (const { component, measure, explain, exclusion } of COMPONENTS) {
    const value = measure(need, pledge);
    if (value === EXCLUDED) return { eligible: false, score: 0, exclusion: exclusion!, components: [] };
    if (value !== NOT_APPLICABLE) parts.push({ component, value, explanation: explain(need, pledge, value) });
  }
  const total = parts.reduce((sum, p) => sum + Math.max(0, weights[p.component]), 0);
  const components = parts.map((p) => {
    const weight = total > 0 ? Math.max(0, weights[p.component]) / total : 0;
    return { ...p, weight, contribution: weight * p.value };
  });
  return { eligible: true, score: components.reduce((sum, c) => sum + c.contribution, 0), components };
}
