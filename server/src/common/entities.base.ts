import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, InterfaceType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { toGlobalId } from './global-id.js';

/** Every object with a global ID; the ID encodes the type name and the primary key. */
@InterfaceType('Node', {
  description: 'An object with a global ID, fetchable with `node(id)`.',
  resolveType: (value: object) => value.constructor.name,
})
@Entity({ abstract: true })
export abstract class Node {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id', description: 'Global ID.' })
  get nodeId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}

/** Records curated by staff: timestamped, versioned for optimistic locking, archived rather than deleted. */
@InterfaceType('Curated', {
  implements: Node,
  description: 'A record curated by staff: versioned for optimistic locking and archived rather than deleted.',
  resolveType: (value: object) => value.constructor.name,
})
@Entity({ abstract: true })
export abstract class Curated extends Node {
  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Incremented by every change; pass it back as `expectedVersion` to detect concurrent edits.' })
  @Property({ version: true })
  version: number = 1;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the record was archived; archived records are hidden from the public.' })
  @Property({ type: 'timestamptz', nullable: true })
  archivedAt?: Date;

  get isArchived(): boolean {
    return this.archivedAt !== undefined && this.archivedAt !== null;
  }

  archive(): void {
    this.archivedAt ??= new Date();
  }
}
