import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Account } from '../accounts/account.entity.js';
import { toGlobalId } from '../common/global-id.js';
import { invalidState } from '../common/errors.js';
import type { FieldChanges } from '../audit/audit-entry.entity.js';
import { Pledge } from './pledge.entity.js';

export enum PledgeRevisionStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(PledgeRevisionStatus, { name: 'PledgeRevisionStatus' });

/**
 * Changes a pledger proposes to a published pledge: kept aside, the public
 * still seeing the published version, until a curator accepts them (they are
 * then applied, and audited, as an edit) or rejects them with a reason.
 */
@ObjectType({ description: 'Changes proposed to a published pledge, reviewed by a curator while the public keeps seeing the published version.' })
@Entity()
@Index({ properties: ['pledge', 'status'] })
export class PledgeRevision {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => ID, { name: 'id' })
  get nodeId(): string {
    return toGlobalId('PledgeRevision', this.id);
  }

  @ManyToOne(() => Pledge, { deleteRule: 'cascade' })
  pledge: Rel<Pledge>;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  proposedBy?: Rel<Account>;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => PledgeRevisionStatus)
  @Enum({ items: () => PledgeRevisionStatus, nativeEnumName: 'pledge_revision_status' })
  status: PledgeRevisionStatus = PledgeRevisionStatus.PENDING;

  /** The proposed edit, as the UpdatePledgeInput it was given as. */
  @Property({ type: 'jsonb' })
  proposal: Record<string, unknown>;

  /** Field by field, the published value and the proposed one, as when it was proposed. */
  @Property({ type: 'jsonb' })
  changes: FieldChanges;

  @Field(() => String, { nullable: true, description: 'The curator\'s reason for rejecting it.' })
  @Property({ type: 'text', nullable: true })
  decisionReason?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date;

  constructor(pledge: Pledge, proposal: Record<string, unknown>, changes: FieldChanges, proposedBy?: Account) {
    this.pledge = pledge;
    this.proposal = proposal;
    this.changes = changes;
    this.proposedBy = proposedBy;
  }

  private decide(status: PledgeRevisionStatus, reason?: string): void {
    if (this.status !== PledgeRevisionStatus.PENDING) throw invalidState(`This revision was already ${this.status.toLowerCase()}`, { status: this.status });
    this.status = status;
    this.decisionReason = reason;
    this.decidedAt = new Date();
  }

  accept(): void {
    this.decide(PledgeRevisionStatus.ACCEPTED);
  }

  reject(reason: string): void {
    this.decide(PledgeRevisionStatus.REJECTED, reason);
  }
}
