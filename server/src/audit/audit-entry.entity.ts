import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Account } from '../accounts/account.entity.js';
import { toGlobalId } from '../common/global-id.js';
import type { FieldChanges } from '../common/audit-trail.js';

export type { FieldChanges };

/** One change to curated data, written in the same transaction as the change itself. */
@ObjectType({ description: 'One change to curated data: who, when, which action, the fields before and after, and the reason. Written only by the changes themselves.' })
@Entity()
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEntry {
  @PrimaryKey({ autoincrement: true, type: 'bigint' })
  id!: string;

  @Field(() => ID, { name: 'id' })
  get nodeId(): string {
    return toGlobalId('AuditEntry', Number(this.id));
  }

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @ManyToOne(() => Account, { nullable: true })
  actor?: Rel<Account>;

  @Field({ description: 'Record type and domain verb: `member.create`, `member.update`, `pledge.approve`, `pledge.reject`...' })
  @Property()
  action: string;

  @Field({ name: 'recordType', description: 'The GraphQL type of the changed record.' })
  @Property()
  entityType: string;

  @Property()
  entityId: number;

  @Property({ type: 'jsonb' })
  changes: FieldChanges;

  @Field(() => String, { nullable: true, description: 'The reason given with the decision, if any.' })
  @Property({ type: 'text', nullable: true })
  reason?: string;

  constructor(init: { actor?: Account; action: string; entityType: string; entityId: number; changes: FieldChanges; reason?: string }) {
    this.actor = init.actor;
    this.action = init.action;
    this.entityType = init.entityType;
    this.entityId = init.entityId;
    this.changes = init.changes;
    this.reason = init.reason;
  }
}
