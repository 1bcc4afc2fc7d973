import { Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Node } from '../common/entities.base.js';
import { Region } from './region.entity.js';
import { Currency } from './currency.entity.js';

export enum CountryGroup {
  LDC = 'LDC',
  LLDC = 'LLDC',
  SIDS = 'SIDS',
}
registerEnumType(CountryGroup, {
  name: 'CountryGroup',
  valuesConfig: {
    LDC: { description: 'Least Developed Countries' },
    LLDC: { description: 'Landlocked Developing Countries' },
    SIDS: { description: 'Small Island Developing States' },
  },
});

@ObjectType({ implements: Node, description: 'A country or territory (ISO 3166).' })
@Entity()
export class Country extends Node {
  @Field({ description: 'ISO 3166-1 alpha-2 code.' })
  @Property({ unique: true, length: 2 })
  code: string;

  @Field({ description: 'ISO 3166-1 alpha-3 code.' })
  @Property({ unique: true, length: 3 })
  iso3: string;

  @Field({ description: 'UN M49 numeric code, three digits.' })
  @Property({ length: 3 })
  m49: string;

  @Field()
  @Property()
  name: string;

  @Field()
  @Property()
  officialName: string;

  @Field({ description: 'False for dependent territories and areas.' })
  @Property()
  independent: boolean;

  @ManyToOne(() => Region, { nullable: true })
  m49Region?: Rel<Region>;

  @ManyToOne(() => Region, { nullable: true })
  m49SubRegion?: Rel<Region>;

  @ManyToOne(() => Region, { nullable: true })
  m49IntermediateRegion?: Rel<Region>;

  @ManyToOne(() => Region, { nullable: true })
  ituRegion?: Rel<Region>;

  @ManyToOne(() => Currency, { nullable: true })
  currency?: Rel<Currency>;

  @OneToMany(() => CountryGroupMembership, (m) => m.country)
  groupMemberships = new Collection<CountryGroupMembership>(this);

  constructor(init: { code: string; iso3: string; m49: string; name: string; officialName: string; independent: boolean }) {
    super();
    this.code = init.code;
    this.iso3 = init.iso3;
    this.m49 = init.m49;
    this.name = init.name;
    this.officialName = init.officialName;
    this.independent = init.independent;
  }
}

@ObjectType({ description: 'Membership of a country in a UN country group, for a period: countries graduate.' })
@Entity()
export class CountryGroupMembership {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Country, { deleteRule: 'cascade' })
  country: Rel<Country>;

  @Field(() => CountryGroup)
  @Enum({ items: () => CountryGroup, nativeEnumName: 'country_group' })
  group: CountryGroup;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First day of membership; null when it predates the records.' })
  @Property({ type: 'date', nullable: true })
  since?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Day membership ended (graduation); null while it lasts.' })
  @Property({ type: 'date', nullable: true })
  until?: string;

  constructor(country: Country, group: CountryGroup, since?: string, until?: string) {
    this.country = country;
    this.group = group;
    this.since = since;
    this.until = until;
  }

  /** Whether the membership covers the given day (YYYY-MM-DD). */
  coversDay(day: string): boolean {
    return (!this.since || this.since <= day) && (!this.until || day < this.until);
  }
}
