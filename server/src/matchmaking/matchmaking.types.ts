import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { DecimalScalar } from '../common/scalars.js';
import { Pledge } from '../pledges/pledge.entity.js';
import { Country } from '../reference/country.entity.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { CountryNeed } from './country-need.entity.js';
import { Match } from './match.entity.js';
import { ScoreComponent } from './scoring.js';

registerEnumType(ScoreComponent, {
  name: 'ScoreComponent',
  description: 'A part of a (need, pledge) score.',
  valuesConfig: {
    GEOGRAPHY: { description: 'Same country, then same region, then a global pledge.' },
    FOCUS: { description: 'Same pillar, then same focus area.' },
    BENEFICIARIES: { description: 'Share of the need\'s beneficiary groups the pledge serves.' },
    MODALITY: { description: 'The pledge\'s type against the need\'s preferred modality.' },
    BUDGET: { description: 'Share of the need\'s remaining gap the pledge\'s unallocated value could cover.' },
    TIME: { description: 'Share of the need\'s time window the pledge runs over.' },
    PRIORITY: { description: 'The need\'s priority, boosted for LDCs, LLDCs and SIDS.' },
  },
});

@ObjectType({ description: 'One component of a score, with its weight and why it is what it is.' })
export class ScoreComponentResult {
  @Field(() => ScoreComponent)
  component!: ScoreComponent;

  @Field(() => Float, { description: 'Its share of the total weight (the weights of the components that apply add up to 1).' })
  weight!: number;

  @Field(() => Float, { description: 'From 0 to 1.' })
  value!: number;

  @Field(() => Float, { description: '`weight × value`; the contributions add up to the score.' })
  contribution!: number;

  @Field()
  explanation!: string;
}

@ObjectType({ description: 'A pledge suggested for a country need, with the score and its breakdown.' })
export class PledgeSuggestion {
  @Field(() => Pledge)
  pledge!: Pledge;

  @Field(() => Float, { description: 'From 0 to 1.' })
  score!: number;

  @Field(() => [ScoreComponentResult])
  components!: ScoreComponentResult[];

  @Field(() => DecimalScalar, { nullable: true, description: 'The pledge\'s value not yet committed to matches, in USD.' })
  remainingUsd!: string | null;
}

@ObjectType({ description: 'A country need suggested for a pledge, with the score and its breakdown.' })
export class NeedSuggestion {
  @Field(() => CountryNeed)
  need!: CountryNeed;

  @Field(() => Float)
  score!: number;

  @Field(() => [ScoreComponentResult])
  components!: ScoreComponentResult[];

  @Field(() => DecimalScalar, { nullable: true, description: 'The need\'s gap not yet covered by committed matches, in USD.' })
  remainingGapUsd!: string | null;
}

@ObjectType()
export class PledgeSuggestionPage {
  @Field(() => [PledgeSuggestion])
  nodes!: PledgeSuggestion[];

  @Field(() => Int, { description: 'Eligible pledges in all.' })
  totalCount!: number;

  @Field({ description: 'Whether more follow; ask again with `offset` moved on by `first`.' })
  hasNextPage!: boolean;
}

@ObjectType()
export class NeedSuggestionPage {
  @Field(() => [NeedSuggestion])
  nodes!: NeedSuggestion[];

  @Field(() => Int)
  totalCount!: number;

  @Field()
  hasNextPage!: boolean;
}

@InputType({ description: 'The weights of a roundtable\'s score components (relative: they need not add up to anything).' })
export class ScoringWeightsInput {
  @Field(() => Float) @Min(0) @Max(100) geography!: number;
  @Field(() => Float) @Min(0) @Max(100) focus!: number;
  @Field(() => Float) @Min(0) @Max(100) beneficiaries!: number;
  @Field(() => Float) @Min(0) @Max(100) modality!: number;
  @Field(() => Float) @Min(0) @Max(100) budget!: number;
  @Field(() => Float) @Min(0) @Max(100) time!: number;
  @Field(() => Float) @Min(0) @Max(100) priority!: number;
}

@ObjectType()
export class ScoreWeight {
  @Field(() => ScoreComponent)
  component!: ScoreComponent;

  @Field(() => Float)
  weight!: number;
}

@ObjectType({ description: 'What an allocation run proposed: SUGGESTED matches, replacing the roundtable\'s earlier suggestions.' })
export class AllocationRun {
  @Field(() => [Match])
  matches!: Match[];

  @Field(() => Float, { description: 'Σ score × amount over the financial matches: the total the allocation maximised.' })
  financialObjective!: number;

  @Field(() => Float, { description: 'Σ score over the non-financial matches.' })
  nonFinancialObjective!: number;

  @Field(() => Int, { description: 'Candidate pairs the solver chose from.' })
  candidatePairs!: number;

  @Field(() => Float, { description: 'Milliseconds spent solving.' })
  solveMs!: number;
}

@ObjectType({ description: 'A need of a roundtable, its gap against what committed matches cover.' })
export class NeedCoverage {
  @Field(() => CountryNeed)
  need!: CountryNeed;

  @Field(() => DecimalScalar, { nullable: true })
  gapUsd!: string | null;

  @Field(() => DecimalScalar)
  allocatedUsd!: string;

  @Field(() => Float, { nullable: true, description: '`allocatedUsd` / `gapUsd`; null for non-financial needs.' })
  coverage!: number | null;

  @Field(() => Int, { description: 'Committed matches (proposed, agreed, in implementation, closed).' })
  matches!: number;
}

@ObjectType({ description: 'A pledge matched at a roundtable, its value against what committed matches allocate.' })
export class PledgeAllocation {
  @Field(() => Pledge)
  pledge!: Pledge;

  @Field(() => DecimalScalar, { nullable: true })
  valueUsd!: string | null;

  @Field(() => DecimalScalar)
  allocatedUsd!: string;

  @Field(() => Float, { nullable: true })
  share!: number | null;
}

@ObjectType({ description: 'Gaps and allocations over a roundtable\'s needs, for one country or focus area.' })
export class CoverageTotal {
  @Field(() => Country, { nullable: true })
  country?: Country;

  @Field(() => FocusArea, { nullable: true })
  focusArea?: FocusArea;

  @Field(() => Int)
  needs!: number;

  @Field(() => DecimalScalar)
  gapUsd!: string;

  @Field(() => DecimalScalar)
  allocatedUsd!: string;

  @Field(() => Float, { nullable: true })
  coverage!: number | null;
}
