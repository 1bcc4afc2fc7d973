import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../common/entities.base.js';

@ObjectType({ implements: Node, description: 'A group of people a pledge or need is meant to benefit.' })
@Entity()
export class BeneficiaryGroup extends Node {
  @Field()
  @Property({ unique: true })
  code: string;

  @Field()
  @Property()
  name: string;

  constructor(code: string, name: string) {
    super();
    this.code = code;
    this.name = name;
  }
}
