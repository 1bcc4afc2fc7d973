import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Curated } from '../common/entities.base.js';
import { CountryNeedAction, countryNeedWorkflow, CountryNeedStatus } from './country-need.workflow.js';
import { Account } from '../accounts/account.entity.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Pillar } from '../focus-areas/pillar.entity.js';
import { Member } from '../members/member.entity.js';
import { PledgeType } from '../pledges/pledge.entity.js';
import { BeneficiaryGroup } from '../reference/beneficiary-group.entity.js';
import { Country } from '../reference/country.entity.js';
import { Currency } from '../reference/currency.entity.js';
import { Region } from '../reference/region.entity.js';

export enum NeedPriority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(NeedPriority, { name: 'NeedPriority' });

export { CountryNeedStatus };

/** What a country (or a region) needs to connect its people, from its national priorities and diagnostics. */
@ObjectType({ implements: Curated, description: 'A need of a country (or region) for connectivity, from its national priorities and diagnostics: what is needed, for whom, how much is missing.' })
@Entity()
export class CountryNeed extends Curated {
  @Field()
  @Property({ length: 300 })
  title: string;

  @Field()
  @Property({ type: 'text' })
  description: string;

  @ManyToOne(() => Country, { nullable: true, index: true })
  country?: Rel<Country>;

  @ManyToOne(() => Region, { nullable: true })
  region?: Rel<Region>;

  @ManyToOne(() => FocusArea)
  focusArea: Rel<FocusArea>;

  @ManyToOne(() => Pillar, { nullable: true })
  pillar?: Rel<Pillar>;

  @ManyToMany({ entity: () => BeneficiaryGroup, pivotTable: 'country_need_beneficiary_group', joinColumn: 'country_need_id', inverseJoinColumn: 'beneficiary_group_id' })
  beneficiaryGroups = new Collection<BeneficiaryGroup>(this);

  @Field(() => PledgeType, { description: 'The kind of support preferred: financial, programmatic, policy or advocacy.' })
  @Enum({ items: () => PledgeType, nativeEnumName: 'pledge_type' })
  modality: PledgeType;

  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  amount?: string;

  @ManyToOne(() => Currency, { nullable: true })
  currency?: Rel<Currency>;

  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  gapUsd?: string;

  @Property({ type: 'date', nullable: true })
  rateDate?: string;

  @Field(() => NeedPriority)
  @Enum({ items: () => NeedPriority, nativeEnumName: 'need_priority' })
  priority: NeedPriority = NeedPriority.MEDIUM;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  startDate?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate?: string;

  @Field(() => String, { nullable: true, description: 'Where the need comes from: a national diagnostic, a strategy...' })
  @Property({ type: 'text', nullable: true })
  source?: string;

  @Field(() => CountryNeedStatus)
  @Enum({ items: () => CountryNeedStatus, nativeEnumName: 'country_need_status' })
  status: CountryNeedStatus = CountryNeedStatus.DRAFT;

  @Property({ type: 'text', nullable: true })
  statusReason?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date;

  /** The government member whose focal points submitted it; none for needs entered by curators. */
  @ManyToOne(() => Member, { nullable: true })
  member?: Rel<Member>;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<Account>;

  constructor(init: { title: string; description: string; focusArea: FocusArea; modality: PledgeType }) {
    super();
    this.title = init.title;
    this.description = init.description;
    this.focusArea = init.focusArea;
    this.modality = init.modality;
  }

  get isEditableBySubmitter(): boolean {
    return this.status === CountryNeedStatus.DRAFT || this.status === CountryNeedStatus.CHANGES_REQUESTED;
  }

  submit(): void {
    countryNeedWorkflow.move(this, CountryNeedAction.submit);
    this.submittedAt = new Date();
  }

  approve(): void {
    countryNeedWorkflow.move(this, CountryNeedAction.approve);
    this.publishedAt ??= new Date();
  }

  requestChanges(reason: string): void {
    countryNeedWorkflow.move(this, CountryNeedAction.requestChanges, reason);
  }

  reject(reason: string): void {
    countryNeedWorkflow.move(this, CountryNeedAction.reject, reason);
  }

  withdraw(reason: string): void {
    countryNeedWorkflow.move(this, CountryNeedAction.withdraw, reason);
  }
}
