import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Node } from '../common/entities.base.js';
import { Sector } from '../members/member.entity.js';
import { Member } from '../members/member.entity.js';
import { Country } from '../reference/country.entity.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';

export enum ExpressionOfInterestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(ExpressionOfInterestStatus, { name: 'ExpressionOfInterestStatus' });

@ObjectType({ implements: Node, description: 'An organisation\'s request to join the coalition, accepted (creating a member) or declined by a curator.' })
@Entity()
export class ExpressionOfInterest extends Node {
  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field()
  @Property()
  organizationName: string;

  @Field(() => Sector)
  @Enum({ items: () => Sector, nativeEnumName: 'sector' })
  sector: Sector;

  @ManyToOne(() => Country)
  country: Rel<Country>;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  website?: string;

  @Field()
  @Property()
  contactName: string;

  @Field()
  @Property()
  contactEmail: string;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  contactPhone?: string;

  @ManyToMany({ entity: () => FocusArea, pivotTable: 'expression_of_interest_focus_area' })
  focusAreas = new Collection<FocusArea>(this);

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  message?: string;

  @Field(() => ExpressionOfInterestStatus)
  @Enum({ items: () => ExpressionOfInterestStatus, nativeEnumName: 'expression_of_interest_status' })
  status: ExpressionOfInterestStatus = ExpressionOfInterestStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'The curator\'s reason for declining.' })
  @Property({ type: 'text', nullable: true })
  decisionReason?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date;

  @ManyToOne(() => Member, { nullable: true })
  member?: Rel<Member>;

  /** Who sent it, as a hash of the network address: for rate limits, not for reading. */
  @Property({ length: 64, nullable: true, hidden: true })
  clientKey?: string;

  get isPending(): boolean {
    return this.status === ExpressionOfInterestStatus.PENDING;
  }

  accept(member: Member, at = new Date()): void {
    this.status = ExpressionOfInterestStatus.ACCEPTED;
    this.member = member;
    this.decidedAt = at;
  }

  decline(reason: string, at = new Date()): void {
    this.status = ExpressionOfInterestStatus.DECLINED;
    this.decisionReason = reason;
    this.decidedAt = at;
  }

  constructor(init: { organizationName: string; sector: Sector; country: Country; contactName: string; contactEmail: string }) {
    super();
    this.organizationName = init.organizationName;
    this.sector = init.sector;
    this.country = init.country;
    this.contactName = init.contactName;
    this.contactEmail = init.contactEmail;
  }
}
