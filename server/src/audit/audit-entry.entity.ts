import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Account } from '../accounts/account.entity.js';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/** One change to curated data, written in the same transaction as the change itself. */
@Entity()
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEntry {
  @PrimaryKey({ autoincrement: true, type: 'bigint' })
  id!: string;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @ManyToOne(() => Account, { nullable: true })
  actor?: Rel<Account>;

  @Property()
  action: string;

  @Property()
  entityType: string;

  @Property()
  entityId: number;

  @Property({ type: 'jsonb' })
  changes: FieldChanges;

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
