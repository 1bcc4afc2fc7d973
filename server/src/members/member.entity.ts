import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Curated } from '../common/entities.base.js';
import { Country } from '../reference/country.entity.js';

export enum Sector {
  GOVERNMENT = 'GOVERNMENT',
  PRIVATE_SECTOR = 'PRIVATE_SECTOR',
  ACADEMIA = 'ACADEMIA',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
  UN_AGENCY = 'UN_AGENCY',
}
registerEnumType(Sector, {
  name: 'Sector',
  valuesConfig: { INTERNATIONAL_ORGANIZATION: { description: 'International or regional organisation.' } },
});

@ObjectType({ implements: Curated, description: 'A member entity of the coalition: a government, company, university, NGO or organisation.' })
@Entity()
export class Member extends Curated {
  @Field()
  @Property()
  name: string;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  acronym?: string;

  @Field(() => Sector)
  @Enum({ items: () => Sector, nativeEnumName: 'sector' })
  sector: Sector;

  @ManyToOne(() => Country, { index: true })
  country: Rel<Country>;

  @Field({ description: 'P2C Champion, such as Amazon, Microsoft or ZTE in 2023.' })
  @Property({ default: false })
  champion: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  website?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string;

  constructor(name: string, sector: Sector, country: Country) {
    super();
    this.name = name;
    this.sector = sector;
    this.country = country;
  }
}
