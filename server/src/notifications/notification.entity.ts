import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Account } from '../accounts/account.entity.js';
import { toGlobalId } from '../common/global-id.js';

export enum NotificationStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(NotificationStatus, {
  name: 'NotificationStatus',
  valuesConfig: {
    QUEUED: { description: 'Waiting to be sent; stays so while no SMTP server is configured.' },
    FAILED: { description: 'Given up after repeated SMTP failures; see lastError.' },
  },
});

/** A message to one person about a change, queued in the same transaction as the change (the outbox). */
@ObjectType({ description: 'A message queued for one person about a change: stored with the change, sent by SMTP when a server is configured.' })
@Entity()
@Index({ properties: ['status', 'id'] })
export class Notification {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id' })
  get nodeId(): string {
    return toGlobalId('Notification', this.id);
  }

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field({ description: 'What happened, as `pledge.approve` or `pledge.submit`.' })
  @Property()
  topic: string;

  @Field()
  @Property()
  recipientEmail: string;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  recipient?: Rel<Account>;

  @Field()
  @Property()
  subject: string;

  @Field()
  @Property({ type: 'text' })
  body: string;

  @Field({ name: 'recordType' })
  @Property()
  entityType: string;

  @Property()
  entityId: number;

  @Field(() => NotificationStatus)
  @Enum({ items: () => NotificationStatus, nativeEnumName: 'notification_status' })
  status: NotificationStatus = NotificationStatus.QUEUED;

  @Field(() => Int, { description: 'SMTP attempts so far.' })
  @Property({ type: 'integer' })
  attempts: number = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date;

  constructor(init: { topic: string; recipientEmail: string; recipient?: Account; subject: string; body: string; entityType: string; entityId: number }) {
    this.topic = init.topic;
    this.recipientEmail = init.recipientEmail;
    this.recipient = init.recipient;
    this.subject = init.subject;
    this.body = init.body;
    this.entityType = init.entityType;
    this.entityId = init.entityId;
  }
}
