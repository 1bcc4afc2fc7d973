import { Entity, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../common/entities.base.js';

@ObjectType({ implements: Node, description: 'A UN Sustainable Development Goal.' })
@Entity()
export class Sdg extends Node {
  @Field(() => Int, { description: '1 to 17.' })
  @Property({ unique: true })
  number: number;

  @Field()
  @Property()
  code: string;

  @Field()
  @Property()
  title: string;

  @Field()
  @Property({ type: 'text' })
  description: string;

  constructor(number: number, code: string, title: string, description: string) {
    super();
    this.number = number;
    this.code = code;
    this.title = title;
    this.description = description;
  }
}
