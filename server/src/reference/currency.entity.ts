import { Collection, Entity, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Node } from '../common/entities.base.js';
import { DecimalScalar } from '../common/scalars.js';

@ObjectType({ implements: Node, description: 'An ISO 4217 currency.' })
@Entity()
export class Currency extends Node {
  @Field()
  @Property({ unique: true, length: 3 })
  code: string;

  @Field()
  @Property()
  name: string;

  @Field(() => Int, { description: 'Digits after the decimal point.' })
  @Property()
  minorUnit: number;

  @OneToMany(() => ExchangeRate, (r) => r.currency)
  rates = new Collection<ExchangeRate>(this);

  constructor(code: string, name: string, minorUnit: number) {
    super();
    this.code = code;
    this.name = name;
    this.minorUnit = minorUnit;
  }
}

@ObjectType({ description: 'The value of one unit of a currency in US dollars, from a given day.' })
@Entity()
@Unique({ properties: ['currency', 'validFrom'] })
export class ExchangeRate {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Currency)
  currency: Rel<Currency>;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  validFrom: string;

  @Field(() => DecimalScalar)
  @Property({ type: 'decimal', precision: 24, scale: 12 })
  usdPerUnit: string;

  constructor(currency: Currency, validFrom: string, usdPerUnit: string) {
    this.currency = currency;
    this.validFrom = validFrom;
    this.usdPerUnit = usdPerUnit;
  }
}
