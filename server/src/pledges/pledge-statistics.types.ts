import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { DecimalScalar } from '../common/scalars.js';
import { SortDirection } from '../common/pagination.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Pillar } from '../focus-areas/pillar.entity.js';
import { Sector } from '../members/member.entity.js';
import { Country, CountryGroup } from '../reference/country.entity.js';
import { Region } from '../reference/region.entity.js';
import { BeneficiaryGroup } from '../reference/beneficiary-group.entity.js';
import { Sdg } from '../reference/sdg.entity.js';
import { Event } from '../events/event.entity.js';
import { PledgeStatus, PledgeType } from './pledge.entity.js';
import { ImplementationStatus } from '../reports/progress-report.entity.js';
import { ReportingHealth } from '../reports/reporting-health.js';

export const COALITION_GOAL_USD = '100000000000';

@ObjectType({ description: 'Totals over the pledges matching a filter.' })
export class PledgeStats {
  @Field(() => Int)
  count!: number;

  @Field(() => Int, { description: 'Pledges with an estimated value.' })
  valuedCount!: number;

  @Field(() => DecimalScalar)
  sumUsd!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Over the pledges with a value.' })
  averageUsd!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  minUsd!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  maxUsd!: string | null;

  @Field(() => Int, { description: 'Distinct lead members.' })
  pledgingEntities!: number;

  @Field(() => Int, { description: 'Distinct lead members of the government sector.' })
  governments!: number;

  @Field(() => Int, { description: 'Distinct implementation countries.' })
  implementationCountries!: number;

  @Field(() => Int, { description: 'Pledges targeting at least one LDC, as of their announcement day.' })
  ldcCount!: number;

  @Field(() => Float, { description: '`ldcCount` / `count`, from 0 to 1.' })
  ldcShare!: number;

  @Field(() => Int, { description: 'Pledges naming women and girls among their beneficiaries.' })
  womenCount!: number;

  @Field(() => Float, { description: '`womenCount` / `count`, from 0 to 1.' })
  womenShare!: number;

  @Field(() => DecimalScalar, { description: 'The coalition\'s goal: USD 100 billion in pledges by 2026.' })
  goalUsd!: string;

  @Field(() => Float, { description: '`sumUsd` / `goalUsd`.' })
  goalProgress!: number;

  @Field(() => DecimalScalar, { description: 'Disbursed in total, in USD, as the accepted progress reports say.' })
  disbursedUsd!: string;

  @Field(() => Float, { description: '`disbursedUsd` / `sumUsd`, from 0 (0 without values).' })
  disbursedShare!: number;

  @Field(() => Float, { description: 'People reached, as the latest accepted report of each pledge says (a person reached by two pledges counts twice).' })
  peopleReached!: number;

  @Field(() => Int, { description: 'Published pledges with no report for more than 24 months.' })
  overdueCount!: number;
}

export enum PledgeGroupKey {
  FOCUS_AREA = 'FOCUS_AREA',
  PILLAR = 'PILLAR',
  TYPE = 'TYPE',
  STATUS = 'STATUS',
  SECTOR = 'SECTOR',
  MEMBER_REGION = 'MEMBER_REGION',
  MEMBER_COUNTRY = 'MEMBER_COUNTRY',
  IMPLEMENTATION_COUNTRY = 'IMPLEMENTATION_COUNTRY',
  IMPLEMENTATION_REGION = 'IMPLEMENTATION_REGION',
  IMPLEMENTATION_M49_REGION = 'IMPLEMENTATION_M49_REGION',
  IMPLEMENTATION_M49_SUB_REGION = 'IMPLEMENTATION_M49_SUB_REGION',
  COUNTRY_GROUP = 'COUNTRY_GROUP',
  BENEFICIARY_GROUP = 'BENEFICIARY_GROUP',
  SDG = 'SDG',
  EVENT = 'EVENT',
  YEAR = 'YEAR',
  IMPLEMENTATION_STATUS = 'IMPLEMENTATION_STATUS',
  REPORTING_HEALTH = 'REPORTING_HEALTH',
}
registerEnumType(PledgeGroupKey, {
  name: 'PledgeGroupKey',
  description: 'A dimension to group pledges by. For many-valued dimensions (focus areas, countries, ...) a pledge counts in each of its groups.',
  valuesConfig: {
    MEMBER_REGION: { description: 'ITU-D region of the lead member\'s home country.' },
    MEMBER_COUNTRY: { description: 'Home country of the lead member.' },
    IMPLEMENTATION_COUNTRY: { description: 'Implementation countries (many-valued).' },
    IMPLEMENTATION_REGION: { description: 'ITU-D regions named on the pledge or of its countries (many-valued).' },
    IMPLEMENTATION_M49_REGION: { description: 'UN M49 regions named on the pledge or of its countries (many-valued).' },
    IMPLEMENTATION_M49_SUB_REGION: { description: 'UN M49 sub-regions named on the pledge or of its countries (many-valued).' },
    COUNTRY_GROUP: { description: 'LDC / LLDC / SIDS of its countries on the announcement day (many-valued).' },
    YEAR: { description: 'Year of announcement (of creation when never announced).' },
    IMPLEMENTATION_STATUS: { description: 'As of the latest accepted progress report (pledges never reported on are left out).' },
    REPORTING_HEALTH: { description: 'Reporting state as of today (published pledges only).' },
  },
});

export enum PledgeGroupOrderField {
  COUNT = 'COUNT',
  SUM_USD = 'SUM_USD',
  KEY = 'KEY',
}
registerEnumType(PledgeGroupOrderField, { name: 'PledgeGroupOrderField' });

@InputType()
export class PledgeGroupOrder {
  @Field(() => PledgeGroupOrderField)
  field!: PledgeGroupOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}

@ObjectType({ description: 'The values of a group\'s keys: only those grouped by are set.' })
export class PledgeGroupKeys {
  @Field(() => FocusArea, { nullable: true })
  focusArea?: FocusArea;

  @Field(() => Pillar, { nullable: true })
  pillar?: Pillar;

  @Field(() => PledgeType, { nullable: true })
  type?: PledgeType;

  @Field(() => PledgeStatus, { nullable: true })
  status?: PledgeStatus;

  @Field(() => Sector, { nullable: true })
  sector?: Sector;

  @Field(() => Region, { nullable: true })
  memberRegion?: Region;

  @Field(() => Country, { nullable: true })
  memberCountry?: Country;

  @Field(() => Country, { nullable: true, description: 'Implementation country.' })
  country?: Country;

  @Field(() => Region, { nullable: true, description: 'Implementation region (ITU-D or M49, as grouped by).' })
  region?: Region;

  @Field(() => CountryGroup, { nullable: true })
  countryGroup?: CountryGroup;

  @Field(() => BeneficiaryGroup, { nullable: true })
  beneficiaryGroup?: BeneficiaryGroup;

  @Field(() => Sdg, { nullable: true })
  sdg?: Sdg;

  @Field(() => Event, { nullable: true })
  event?: Event;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => ImplementationStatus, { nullable: true })
  implementationStatus?: ImplementationStatus;

  @Field(() => ReportingHealth, { nullable: true })
  reportingHealth?: ReportingHealth;
}

@ObjectType()
export class PledgeGroup {
  @Field(() => PledgeGroupKeys)
  key!: PledgeGroupKeys;

  @Field(() => Int, { description: 'Pledges in the group.' })
  count!: number;

  @Field(() => DecimalScalar, { description: 'Their total value in USD.' })
  sumUsd!: string;

  @Field(() => Float, { description: '`count` over the distinct pledges matched; shares of many-valued dimensions add up to more than 1.' })
  share!: number;

  @Field(() => DecimalScalar, { description: 'Disbursed by its pledges in USD, as their accepted progress reports say: set against `sumUsd`, how far the money pledged has gone out.' })
  disbursedUsd!: string;

  @Field(() => Float, { description: 'People its pledges reached, as their latest accepted reports say.' })
  peopleReached!: number;
}

@ObjectType({ description: 'Pledges grouped by one or more keys. A pledge with several values of a dimension counts in each of its groups, so group counts may add up to more than `totalCount`.' })
export class PledgeGroups {
  @Field(() => [PledgeGroup])
  groups!: PledgeGroup[];

  @Field(() => Int, { description: 'Distinct pledges matched.' })
  totalCount!: number;

  @Field(() => DecimalScalar, { description: 'Their distinct total in USD.' })
  totalUsd!: string;

  @Field(() => DecimalScalar, { description: 'Disbursed by the distinct pledges matched, in USD.' })
  totalDisbursedUsd!: string;
}

export enum TimeInterval {
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(TimeInterval, { name: 'TimeInterval' });

@ObjectType()
export class PledgeTimePoint {
  @Field(() => GraphQLLocalDate, { description: 'First day of the period.' })
  period!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => DecimalScalar)
  sumUsd!: string;

  @Field(() => Int)
  cumulativeCount!: number;

  @Field(() => DecimalScalar)
  cumulativeUsd!: string;
}

@ObjectType({ description: 'Pledges by period of announcement, with running totals against the coalition\'s goal.' })
export class PledgeTimeSeries {
  @Field(() => [PledgeTimePoint])
  points!: PledgeTimePoint[];

  @Field(() => DecimalScalar)
  goalUsd!: string;
}
