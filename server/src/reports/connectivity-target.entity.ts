import { Entity, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../common/entities.base.js';

@ObjectType({ implements: Node, description: 'An aim of universal and meaningful connectivity that a progress report can say it contributes to.' })
@Entity()
export class ConnectivityTarget extends Node {
  @Field()
  @Property({ length: 40, unique: true })
  code: string;

  @Field({ description: 'The dimension of connectivity it belongs to: universality, technology, affordability...' })
  @Property({ length: 60 })
  dimension: string;

  @Field()
  @Property({ length: 300 })
  title: string;

  @Field(() => Int)
  @Property()
  position: number;

  constructor(init: { code: string; dimension: string; title: string; position: number }) {
    super();
    this.code = init.code;
    this.dimension = init.dimension;
    this.title = init.title;
    this.position = init.position;
  }
}
