import { ArrayMaxSize, IsUrl, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { MoneyInput } from '../pledges/pledge.inputs.js';
import { ImplementationStatus } from './progress-report.entity.js';

const MAX_PEOPLE = 10_000_000_000;
const MAX_NARRATIVE = 20_000;

@InputType({ description: 'People reached in one beneficiary group.' })
export class BeneficiaryReachInput {
  @Field({ description: 'Beneficiary group code.' })
  @Length(1, 60)
  beneficiaryGroupCode!: string;

  @Field(() => Int)
  @Min(0)
  @Max(MAX_PEOPLE)
  people!: number;
}

@InputType()
class ProgressReportFields {
  @Field(() => MoneyInput, { nullable: true, description: 'Disbursed during the reporting year; null clears. Converted to USD at the rate of the year\'s last day (or today).' })
  @ValidateNested()
  amountDisbursed?: MoneyInput | null;

  @Field(() => Int, { nullable: true, description: 'People reached so far, since the pledge began.' })
  @Min(0)
  @Max(MAX_PEOPLE)
  peopleReached?: number | null;

  @Field(() => Int, { nullable: true, description: 'Of `peopleReached`, how many are women and girls.' })
  @Min(0)
  @Max(MAX_PEOPLE)
  womenReached?: number | null;

  @Field(() => [BeneficiaryReachInput], { nullable: true, description: 'People reached per beneficiary group (a list replaces the last one).' })
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  reachByGroup?: BeneficiaryReachInput[];

  @Field(() => String, { nullable: true })
  @MaxLength(MAX_NARRATIVE)
  stepsTaken?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(MAX_NARRATIVE)
  outcomes?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(MAX_NARRATIVE)
  challenges?: string | null;

  @Field(() => [String], { nullable: true, description: 'Codes of the connectivity targets the pledge contributes to.' })
  @ArrayMaxSize(40)
  targetCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'http(s) links to evidence, at most 20.' })
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'each evidence link must be an http(s) URL' })
  @MaxLength(2000, { each: true })
  evidenceLinks?: string[];
}

@InputType()
export class CreateProgressReportInput extends ProgressReportFields {
  @Field(() => ID, { description: 'A published pledge; pledgers may report on their own members\' pledges only.' })
  pledgeId!: string;

  @Field(() => Int, { description: 'A year with a reporting cycle (open, for pledgers).' })
  year!: number;

  @Field(() => ImplementationStatus)
  implementationStatus!: ImplementationStatus;
}

@InputType({ description: 'Changes to a progress report; omitted fields stay as they are.' })
export class UpdateProgressReportInput extends ProgressReportFields {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => ImplementationStatus, { nullable: true })
  implementationStatus?: ImplementationStatus | null;
}

@InputType()
export class ProgressReportDecisionInput {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field({ description: 'Why: shown to the pledger and kept in the audit trail.' })
  @Length(3, 5000)
  reason!: string;
}

@InputType()
export class OpenReportingCycleInput {
  @Field(() => Int)
  @Min(2021)
  @Max(2100)
  year!: number;

  @Field(() => GraphQLLocalDate, { description: 'The day reports are due.' })
  dueOn!: string;
}
