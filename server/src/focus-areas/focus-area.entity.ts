import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../common/entities.base.js';
import { Pillar } from './pillar.entity.js';

@ObjectType({ implements: Node, description: 'One of the coalition\'s four focus areas, each with a working group and pillars.' })
@Entity()
export class FocusArea extends Node {
  @Field({ description: 'ACCESS, ADOPTION, VALUE_CREATION or ACCELERATE.' })
  @Property({ unique: true })
  code: string;

  @Field({ description: 'Such as "Connecting people everywhere".' })
  @Property()
  name: string;

  @Field()
  @Property({ type: 'text' })
  description: string;

  @Field(() => Int)
  @Property()
  position: number;

  @OneToMany(() => Pillar, (p) => p.focusArea)
  pillars = new Collection<Pillar>(this);

  constructor(code: string, name: string, description: string, position: number) {
    super();
    this.code = code;
    this.name = name;
    this.description = description;
    this.position = position;
  }
}
