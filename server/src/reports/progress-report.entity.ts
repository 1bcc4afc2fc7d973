import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Curated } from '../common/entities.base.js';
import { ProgressReportAction, progressReportWorkflow, ProgressReportStatus } from './progress-report.workflow.js';
import { Account } from '../accounts/account.entity.js';
import { Currency } from '../reference/currency.entity.js';
import { Pledge } from '../pledges/pledge.entity.js';

export enum ImplementationStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  DELAYED = 'DELAYED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ImplementationStatus, { name: 'ImplementationStatus', description: 'How far the implementation of a pledge has come, as its pledger reports it.' });

export { ProgressReportStatus };

/** People reached, per beneficiary group ID. */
export type ReachByGroup = Record<string, number>;

/** A pledger's annual account of how a pledge is being implemented, curated like the pledge itself. */
@ObjectType({ implements: Curated, description: 'A pledger\'s account of a pledge\'s implementation for one reporting year.' })
@Entity()
export class ProgressReport extends Curated {
  @ManyToOne(() => Pledge)
  pledge: Rel<Pledge>;

  @Field(() => Int, { description: 'The reporting year it covers.' })
  @Property()
  year: number;

  @Field(() => ProgressReportStatus)
  @Enum({ items: () => ProgressReportStatus, nativeEnumName: 'progress_report_status' })
  status: ProgressReportStatus = ProgressReportStatus.DRAFT;

  @Property({ type: 'text', nullable: true })
  statusReason?: string;

  @Field(() => ImplementationStatus)
  @Enum({ items: () => ImplementationStatus, nativeEnumName: 'implementation_status' })
  implementationStatus: ImplementationStatus;

  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  amountDisbursed?: string;

  @ManyToOne(() => Currency, { nullable: true })
  currency?: Rel<Currency>;

  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  disbursedUsd?: string;

  @Property({ type: 'date', nullable: true })
  rateDate?: string;

  @Field(() => Int, { nullable: true, description: 'People reached so far, since the pledge began (not in the year only).' })
  @Property({ nullable: true })
  peopleReached?: number;

  @Field(() => Int, { nullable: true, description: 'Of `peopleReached`, how many are women and girls.' })
  @Property({ nullable: true })
  womenReached?: number;

  @Property({ type: 'jsonb' })
  reachByGroup: ReachByGroup = {};

  @Field(() => String, { description: 'Steps taken towards implementation.' })
  @Property({ type: 'text' })
  stepsTaken: string = '';

  @Field(() => String, { description: 'Outcomes achieved.' })
  @Property({ type: 'text' })
  outcomes: string = '';

  @Field(() => String, { description: 'Challenges met.' })
  @Property({ type: 'text' })
  challenges: string = '';

  @Property({ type: 'text[]' })
  targetCodes: string[] = [];

  @Field(() => [String], { description: 'Links to evidence: publications, project pages, media.' })
  @Property({ type: 'text[]' })
  evidenceLinks: string[] = [];

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When a curator last accepted or returned it.' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<Account>;

  constructor(init: { pledge: Pledge; year: number; implementationStatus: ImplementationStatus; createdBy?: Account }) {
    super();
    this.pledge = init.pledge;
    this.year = init.year;
    this.implementationStatus = init.implementationStatus;
    this.createdBy = init.createdBy;
  }

  /** Pledgers edit their report until they submit it, and again when it comes back to them. */
  get isEditableByPledger(): boolean {
    return this.status === ProgressReportStatus.DRAFT || this.status === ProgressReportStatus.RETURNED;
  }

  submit(): void {
    progressReportWorkflow.move(this, ProgressReportAction.submit);
    this.submittedAt = new Date();
  }

  accept(): void {
    progressReportWorkflow.move(this, ProgressReportAction.accept);
    this.decidedAt = new Date();
  }

  returnForChanges(reason: string): void {
    progressReportWorkflow.move(this, ProgressReportAction.return, reason);
    this.decidedAt = new Date();
  }
}
