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

const intersects = (a: ReadonlySet<number>, b: ReadonlySet<number>) => [...a].some((x) => b.has(x));

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY + 1;

type Measure = { value: number; explanation: string } | { excluded: string } | undefined;

function geography(need: NeedFacts, pledge: PledgeFacts): Measure {
  if (need.countryId !== null && pledge.countryIds.has(need.countryId)) return { value: 1, explanation: 'implemented in the need\'s country' };
  if (intersects(need.regionIds, pledge.regionIds)) return { value: 0.7, explanation: 'implemented across the need\'s region' };
  if (need.countryId === null && intersects(need.regionIds, pledge.countryRegionIds)) return { value: 0.7, explanation: 'implemented in countries of the need\'s region' };
  if (pledge.isGlobal) return { value: 0.4, explanation: 'a global pledge' };
  return { excluded: 'the pledge is not implemented where the need is' };
}

function focus(need: NeedFacts, pledge: PledgeFacts): Measure {
  if (need.pillarId !== null && pledge.pillarIds.has(need.pillarId)) return { value: 1, explanation: 'same pillar' };
  if (pledge.focusAreaIds.has(need.focusAreaId)) return { value: 0.7, explanation: 'same focus area' };
  return { value: 0, explanation: 'another focus area' };
}

function beneficiaries(need: NeedFacts, pledge: PledgeFacts): Measure {
  if (need.beneficiaryGroupIds.size === 0) return undefined;
  const shared = [...need.beneficiaryGroupIds].filter((g) => pledge.beneficiaryGroupIds.has(g)).length;
  return { value: shared / need.beneficiaryGroupIds.size, explanation: `${shared} of the need's ${need.beneficiaryGroupIds.size} beneficiary groups` };
}

const NEAR: Readonly<Record<Modality, Modality>> = { FINANCIAL: 'PROGRAMMATIC', PROGRAMMATIC: 'FINANCIAL', POLICY: 'ADVOCACY', ADVOCACY: 'POLICY' };

function modality(need: NeedFacts, pledge: PledgeFacts): Measure {
  if (need.modality === pledge.type) return { value: 1, explanation: `a ${pledge.type.toLowerCase()} pledge, as preferred` };
  if (NEAR[need.modality] === pledge.type) return { value: 0.5, explanation: `a ${pledge.type.toLowerCase()} pledge; ${need.modality.toLowerCase()} preferred` };
  return { value: 0, explanation: `a ${pledge.type.toLowerCase()} pledge; ${need.modality.toLowerCase()} preferred` };
}

function budget(need: NeedFacts, pledge: PledgeFacts): Measure {
  if (need.remainingGapUsd === null) return undefined;
  if (need.remainingGapUsd <= 0) return { value: 0, explanation: 'the funding gap is already covered' };
  if (!pledge.remainingUsd || pledge.remainingUsd <= 0) return { value: 0, explanation: 'no unallocated value left on the pledge' };
  const covered = Math.min(pledge.remainingUsd, need.remainingGapUsd) / need.remainingGapUsd;
  return { value: covered, explanation: `could cover ${Math.round(covered * 100)}% of the remaining gap` };
}

function time(need: NeedFacts, pledge: PledgeFacts): Measure {
  if (!need.startDate || !need.endDate || (!pledge.startDate && !pledge.endDate)) return undefined;
  const start = pledge.startDate && pledge.startDate > need.startDate ? pledge.startDate : need.startDate;
  const end = pledge.endDate && pledge.endDate < need.endDate ? pledge.endDate : need.endDate;
  if (end < start) return { excluded: 'the pledge\'s and the need\'s time windows do not overlap' };
  const overlap = Math.min(1, days(start, end) / days(need.startDate, need.endDate));
  return { value: overlap, explanation: `runs over ${Math.round(overlap * 100)}% of the need's time window` };
}

const PRIORITY_LEVEL: Readonly<Record<NeedPriority, number>> = { HIGH: 1, MEDIUM: 0.6, LOW: 0.3 };

function priority(need: NeedFacts): Measure {
  const value = 0.6 * PRIORITY_LEVEL[need.priority] + (need.inPriorityCountryGroup ? 0.4 : 0);
  return { value, explanation: `${need.priority.toLowerCase()} priority${need.inPriorityCountryGroup ? ', in an LDC, LLDC or SIDS' : ''}` };
}

const COMPONENTS: readonly [ScoreComponent, (need: NeedFacts, pledge: PledgeFacts) => Measure][] = [
  [ScoreComponent.GEOGRAPHY, geography],
  [ScoreComponent.FOCUS, focus],
  [ScoreComponent.BENEFICIARIES, beneficiaries],
  [ScoreComponent.MODALITY, modality],
  [ScoreComponent.BUDGET, budget],
  [ScoreComponent.TIME, time],
  [ScoreComponent.PRIORITY, priority],
];

export function scorePair(need: NeedFacts, pledge: PledgeFacts, weights: ScoringWeights = DEFAULT_WEIGHTS): PairScore {
  if (!pledge.published) return { eligible: false, score: 0, exclusion: 'the pledge is not published', components: [] };
  const parts: { component: ScoreComponent; value: number; explanation: string }[] = [];
  for (const [component, measure] of COMPONENTS) {
    const part = measure(need, pledge);
    if (!part) continue;
    if ('excluded' in part) return { eligible: false, score: 0, exclusion: part.excluded, components: [] };
    parts.push({ component, ...part });
  }
  const total = parts.reduce((sum, p) => sum + Math.max(0, weights[p.component]), 0);
  const components = parts.map((p) => {
    const weight = total > 0 ? Math.max(0, weights[p.component]) / total : 0;
    return { ...p, weight, contribution: weight * p.value };
  });
  return { eligible: true, score: components.reduce((sum, c) => sum + c.contribution, 0), components };
}
