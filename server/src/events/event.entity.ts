import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity.js';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Curated } from '../common/entities.base.js';
import { Country } from '../reference/country.entity.js';
import { Region } from '../reference/region.entity.js';

export enum EventKind {
  LAUNCH = 'LAUNCH',
  CONFERENCE = 'CONFERENCE',
  ROUNDTABLE = 'ROUNDTABLE',
  MATCHMAKING_ROUNDTABLE = 'MATCHMAKING_ROUNDTABLE',
  ANNUAL_MEETING = 'ANNUAL_MEETING',
  WEBINAR = 'WEBINAR',
  OTHER = 'OTHER',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  valuesConfig: { MATCHMAKING_ROUNDTABLE: { description: 'A regional roundtable pairing country needs with pledges.' } },
});

@ObjectType({ implements: Curated, description: 'An event where pledges are announced or partners meet: a conference, a roundtable, an annual meeting.' })
@Entity()
export class Event extends Curated {
  @Field({ description: 'Short unique code, such as WTDC-22.' })
  @Property({ unique: true })
  code: string;

  @Field()
  @Property()
  name: string;

  @Field(() => EventKind)
  @Enum({ items: () => EventKind, nativeEnumName: 'event_kind' })
  kind: EventKind;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  startDate: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  endDate: string;

  @Field(() => String, { nullable: true, description: 'City, or null for online events.' })
  @Property({ nullable: true })
  city?: string;

  @ManyToOne(() => Country, { nullable: true })
  country?: Rel<Country>;

  @ManyToOne(() => Region, { nullable: true })
  region?: Rel<Region>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  /** Matchmaking roundtables: the countries taking part. */
  @ManyToMany({ entity: () => Country, pivotTable: 'event_country', joinColumn: 'event_id', inverseJoinColumn: 'country_id' })
  countries = new Collection<Country>(this);

  /** Matchmaking roundtables: the organizer accounts running them. */
  @ManyToMany({ entity: () => Account, pivotTable: 'event_organizer', joinColumn: 'event_id', inverseJoinColumn: 'account_id' })
  organizers = new Collection<Account>(this);

  /** Matchmaking roundtables: the weights of the score's components, when not the default ones. */
  @Property({ type: 'jsonb', nullable: true })
  scoringWeights?: Record<string, number>;

  constructor(init: { code: string; name: string; kind: EventKind; startDate: string; endDate: string }) {
    super();
    this.code = init.code;
    this.name = init.name;
    this.kind = init.kind;
    this.startDate = init.startDate;
    this.endDate = init.endDate;
  }
}
