import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArrayMaxSize, IsInt, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { DecimalScalar } from '../common/scalars.js';
import { Currency } from '../reference/currency.entity.js';
import { PledgeType } from './pledge.entity.js';

@ObjectType({ description: 'An exact amount of money with its currency and its value in US dollars.' })
export class Money {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => Currency)
  currency!: Currency;

  @Field(() => DecimalScalar, { description: 'Value in USD at the rate of `rateDate`.' })
  usdValue!: string;

  @Field(() => GraphQLLocalDate, { description: 'Day from which the exchange rate used was valid.' })
  rateDate!: string;
}

@InputType()
export class MoneyInput {
  @Field(() => DecimalScalar, { description: 'Positive, with at most two decimals.' })
  @Matches(/^\d{1,16}(\.\d{1,2})?$/, { message: 'amount must be positive with at most 16 digits and 2 decimals' })
  amount!: string;

  @Field({ description: 'ISO 4217 code, such as USD or EUR.' })
  @Length(3, 3)
  currency!: string;
}

const MAX_LINKS = 300;

@InputType()
class PledgeFields {
  @Field(() => [ID], { nullable: true, description: 'Members implementing the pledge with the lead member.' })
  @ArrayMaxSize(50)
  partnerIds?: string[];

  @Field(() => MoneyInput, { nullable: true, description: 'Estimated value; policy and advocacy pledges often have none.' })
  @ValidateNested()
  estimatedValue?: MoneyInput | null;

  @Field(() => [String], { nullable: true, description: 'Focus area codes.' })
  @ArrayMaxSize(4)
  focusAreaCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Pillars; each must belong to one of the focus areas.' })
  @ArrayMaxSize(40)
  pillarIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Implementation countries (ISO alpha-2).' })
  @ArrayMaxSize(MAX_LINKS)
  countryCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Implementation regions.' })
  @ArrayMaxSize(50)
  regionIds?: string[];

  @Field(() => Boolean, { nullable: true })
  isGlobal?: boolean;

  @Field(() => [String], { nullable: true, description: 'Beneficiary group codes.' })
  @ArrayMaxSize(40)
  beneficiaryGroupCodes?: string[];

  @Field(() => [Int], { nullable: true, description: 'SDG numbers, 1 to 17.' })
  @ArrayMaxSize(17)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(17, { each: true })
  sdgs?: number[];

  @Field(() => GraphQLLocalDate, { nullable: true })
  startDate?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endDate?: string | null;

  @Field(() => Int, { nullable: true })
  @Min(0)
  @Max(10_000_000_000)
  targetBeneficiaries?: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  announcedOn?: string | null;

  @Field(() => ID, { nullable: true, description: 'The event where the pledge was announced.' })
  eventId?: string | null;
}

@InputType()
export class CreatePledgeInput extends PledgeFields {
  @Field()
  @Length(5, 300)
  title!: string;

  @Field()
  @Length(20, 20000)
  description!: string;

  @Field(() => PledgeType)
  type!: PledgeType;

  @Field(() => ID, { description: 'The member making the pledge; pledgers may only name members they represent.' })
  leadMemberId!: string;
}

@InputType({ description: 'Changes to a pledge; omitted fields stay as they are, null clears, lists replace.' })
export class UpdatePledgeInput extends PledgeFields {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => String, { nullable: true })
  @Length(5, 300)
  title?: string;

  @Field(() => String, { nullable: true })
  @Length(20, 20000)
  description?: string;

  @Field(() => PledgeType, { nullable: true })
  type?: PledgeType;
}

@InputType()
export class PledgeDecisionInput {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field({ description: 'Why: shown to the pledger and kept in the audit trail.' })
  @Length(3, 5000)
  reason!: string;
}

@InputType({ description: 'One pledge of a bulk decision, with the version the curator saw.' })
export class PledgeDecisionItem {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number;
}

@InputType({ description: 'Many pledges decided on for one reason (rejected, or returned for changes).' })
export class BulkPledgeDecisionInput {
  @Field(() => [PledgeDecisionItem], { description: 'At most 100, each at most once.' })
  items!: PledgeDecisionItem[];

  @Field({ description: 'Why: shown to the pledgers and kept in the audit trail.' })
  @Length(3, 5000)
  reason!: string;
}
