import { ArrayMaxSize, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { MoneyInput } from '../pledges/pledge.inputs.js';
import { PledgeType } from '../pledges/pledge.entity.js';
import { NeedPriority } from './country-need.entity.js';

@InputType()
class CountryNeedFields {
  @Field(() => ID, { nullable: true, description: 'A pillar of the focus area.' })
  pillarId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Beneficiary group codes (a list replaces the last one).' })
  @ArrayMaxSize(40)
  beneficiaryGroupCodes?: string[];

  @Field(() => MoneyInput, { nullable: true, description: 'The funding gap; null for a non-financial need.' })
  @ValidateNested()
  fundingGap?: MoneyInput | null;

  @Field(() => NeedPriority, { nullable: true })
  priority?: NeedPriority;

  @Field(() => GraphQLLocalDate, { nullable: true })
  startDate?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(2000)
  source?: string | null;
}

@InputType()
export class CreateCountryNeedInput extends CountryNeedFields {
  @Field()
  @Length(5, 300)
  title!: string;

  @Field()
  @Length(20, 20000)
  description!: string;

  @Field(() => String, { nullable: true, description: 'ISO alpha-2 code of the country; give a region instead for a regional need.' })
  countryCode?: string;

  @Field(() => ID, { nullable: true, description: 'The region of a regional need.' })
  regionId?: string;

  @Field()
  focusAreaCode!: string;

  @Field(() => PledgeType, { description: 'The kind of support preferred.' })
  modality!: PledgeType;

  @Field(() => ID, { nullable: true, description: 'The government member submitting it; pledgers must name one they represent, of the need\'s country.' })
  memberId?: string;
}

@InputType({ description: 'Changes to a country need; omitted fields stay as they are, null clears.' })
export class UpdateCountryNeedInput extends CountryNeedFields {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @Length(5, 300)
  title?: string;

  @Field(() => String, { nullable: true })
  @Length(20, 20000)
  description?: string;

  @Field(() => PledgeType, { nullable: true })
  modality?: PledgeType;
}

@InputType()
export class CountryNeedDecisionInput {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field({ description: 'Why: shown to the submitter and kept in the audit trail.' })
  @Length(3, 5000)
  reason!: string;
}
