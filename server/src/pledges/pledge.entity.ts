import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Curated } from '../common/entities.base.js';
import { invalidState } from '../common/errors.js';
import { PledgeAction, pledgeWorkflow, PledgeStatus } from './pledge.workflow.js';
import { Member } from '../members/member.entity.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Pillar } from '../focus-areas/pillar.entity.js';
import { Country } from '../reference/country.entity.js';
import { Region } from '../reference/region.entity.js';
import { BeneficiaryGroup } from '../reference/beneficiary-group.entity.js';
import { Sdg } from '../reference/sdg.entity.js';
import { Currency } from '../reference/currency.entity.js';
import { Event } from '../events/event.entity.js';

export enum PledgeType {
  PROGRAMMATIC = 'PROGRAMMATIC',
  FINANCIAL = 'FINANCIAL',
  POLICY = 'POLICY',
  ADVOCACY = 'ADVOCACY',
}
registerEnumType(PledgeType, { name: 'PledgeType' });

export { PledgeStatus };

@ObjectType({ implements: Curated, description: 'A commitment made to the coalition by a lead member, possibly with partners.' })
@Entity()
export class Pledge extends Curated {
  @Field(() => Int, { nullable: true, description: 'Public reference number, given when the pledge is first published.' })
  @Property({ nullable: true, unique: true })
  reference?: number;

  @Field()
  @Property({ length: 300 })
  title: string;

  @Field()
  @Property({ type: 'text' })
  description: string;

  @Field(() => PledgeType)
  @Enum({ items: () => PledgeType, nativeEnumName: 'pledge_type' })
  type: PledgeType;

  @Field(() => PledgeStatus)
  @Enum({ items: () => PledgeStatus, nativeEnumName: 'pledge_status' })
  @Index()
  status: PledgeStatus = PledgeStatus.DRAFT;

  @Property({ type: 'text', nullable: true })
  statusReason?: string;

  @ManyToOne(() => Member, { index: true })
  leadMember: Rel<Member>;

  @ManyToMany({ entity: () => Member, pivotTable: 'pledge_partner', joinColumn: 'pledge_id', inverseJoinColumn: 'member_id' })
  partners = new Collection<Member>(this);

  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  amount?: string;

  @ManyToOne(() => Currency, { nullable: true })
  currency?: Rel<Currency>;

  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  @Index()
  usdValue?: string;

  @Property({ type: 'date', nullable: true })
  rateDate?: string;

  @ManyToMany({ entity: () => FocusArea, pivotTable: 'pledge_focus_area', joinColumn: 'pledge_id', inverseJoinColumn: 'focus_area_id' })
  focusAreas = new Collection<FocusArea>(this);

  @ManyToMany({ entity: () => Pillar, pivotTable: 'pledge_pillar', joinColumn: 'pledge_id', inverseJoinColumn: 'pillar_id' })
  pillars = new Collection<Pillar>(this);

  @ManyToMany({ entity: () => Country, pivotTable: 'pledge_country', joinColumn: 'pledge_id', inverseJoinColumn: 'country_id' })
  countries = new Collection<Country>(this);

  @ManyToMany({ entity: () => Region, pivotTable: 'pledge_region', joinColumn: 'pledge_id', inverseJoinColumn: 'region_id' })
  regions = new Collection<Region>(this);

  @Field({ description: 'Implemented worldwide rather than in named countries or regions.' })
  @Property({ default: false })
  isGlobal: boolean = false;

  @ManyToMany({ entity: () => BeneficiaryGroup, pivotTable: 'pledge_beneficiary_group', joinColumn: 'pledge_id', inverseJoinColumn: 'beneficiary_group_id' })
  beneficiaryGroups = new Collection<BeneficiaryGroup>(this);

  @ManyToMany({ entity: () => Sdg, pivotTable: 'pledge_sdg', joinColumn: 'pledge_id', inverseJoinColumn: 'sdg_id' })
  sdgs = new Collection<Sdg>(this);

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  startDate?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate?: string;

  @Field(() => Int, { nullable: true, description: 'Number of people the pledge means to reach.' })
  @Property({ nullable: true })
  targetBeneficiaries?: number;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Day the pledge was announced.' })
  @Property({ type: 'date', nullable: true })
  @Index()
  announcedOn?: string;

  @ManyToOne(() => Event, { nullable: true, index: true })
  event?: Rel<Event>;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date;

  /** Written by database triggers (see the search migration), never by the application. */
  @Property({ columnType: 'tsvector', type: 'string', persist: false, lazy: true, hidden: true, nullable: true })
  @Index({ name: 'pledge_search_vector_index', expression: 'create index "pledge_search_vector_index" on "pledge" using gin ("search_vector")' })
  searchVector?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the pledge was announced live at its event: on publication with an event, or by `announcePledge`.' })
  @Property({ type: 'timestamptz', nullable: true })
  announcedAt?: Date;

  constructor(init: { title: string; description: string; type: PledgeType; leadMember: Member }) {
    super();
    this.title = init.title;
    this.description = init.description;
    this.type = init.type;
    this.leadMember = init.leadMember;
  }

  get isPublic(): boolean {
    return this.status === PledgeStatus.PUBLISHED;
  }

  /** Pledgers may edit their pledge only until a curator has taken it up. */
  get isEditableByPledger(): boolean {
    return this.status === PledgeStatus.DRAFT || this.status === PledgeStatus.CHANGES_REQUESTED;
  }

  assertCanBecome(next: PledgeStatus): void {
    pledgeWorkflow.assertCanReach(this, next);
  }

  submit(): void {
    pledgeWorkflow.move(this, PledgeAction.submit);
    this.submittedAt = new Date();
  }

  /** `reference` is used only the first time the pledge is published, which is also when a pledge with an event is announced. */
  approve(reference: number): void {
    pledgeWorkflow.move(this, PledgeAction.approve);
    if (!this.publishedAt) {
      this.publishedAt = new Date();
      if (this.event) this.announcedAt = this.publishedAt;
    }
    this.reference ??= reference;
  }

  /** Announced live at `event`, now: only a published pledge can be. */
  announceAt(event: Event, at = new Date()): void {
    if (this.status !== PledgeStatus.PUBLISHED) throw invalidState(`A ${this.status} pledge cannot be announced; publish it first`, { status: this.status });
    this.event = event;
    this.announcedAt = at;
    this.announcedOn = at.toISOString().slice(0, 10);
  }

  requestChanges(reason: string): void {
    pledgeWorkflow.move(this, PledgeAction.requestChanges, reason);
  }

  reject(reason: string): void {
    pledgeWorkflow.move(this, PledgeAction.reject, reason);
  }

  withdraw(reason: string): void {
    pledgeWorkflow.move(this, PledgeAction.withdraw, reason);
  }
}
