import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Curated } from '../common/entities.base.js';
import { MatchAction, MatchStatus, matchWorkflow } from './match.workflow.js';
import { Account } from '../accounts/account.entity.js';
import { Event } from '../events/event.entity.js';
import { Pledge } from '../pledges/pledge.entity.js';
import { CountryNeed } from './country-need.entity.js';
import type { ComponentScore } from './scoring.js';

export { MatchStatus };

/** Statuses whose amount is committed: the database refuses more than a pledge's value or a need's gap over them. */
export const COMMITTED = [MatchStatus.PROPOSED, MatchStatus.AGREED, MatchStatus.IN_IMPLEMENTATION, MatchStatus.CLOSED] as const;

/** A country need paired with a pledge, with the amount allocated and why the pair scores as it does. */
@ObjectType({ implements: Curated, description: 'A country need paired with a pledge: the amount allocated (none for non-financial pairs), its score and its lifecycle.' })
@Entity({ tableName: 'match' })
export class Match extends Curated {
  @ManyToOne(() => CountryNeed)
  need: Rel<CountryNeed>;

  @ManyToOne(() => Pledge)
  pledge: Rel<Pledge>;

  @ManyToOne(() => Event, { nullable: true, deleteRule: 'set null', fieldName: 'event_id' })
  roundtable?: Rel<Event>;

  @Field(() => MatchStatus)
  @Enum({ items: () => MatchStatus, nativeEnumName: 'match_status' })
  status: MatchStatus = MatchStatus.SUGGESTED;

  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  amountUsd?: string;

  @Field(() => Float, { description: 'The pair\'s score when matched, from 0 to 1.' })
  @Property({ type: 'double' })
  score: number;

  @Property({ type: 'jsonb' })
  components: readonly ComponentScore[];

  @Field(() => String, { nullable: true, description: 'Why it was declined.' })
  @Property({ type: 'text', nullable: true })
  statusReason?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  pledgerConfirmedAt?: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  countryConfirmedAt?: Date;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<Account>;

  constructor(init: { need: CountryNeed; pledge: Pledge; roundtable?: Event; amountUsd?: string; score: number; components: readonly ComponentScore[]; status: MatchStatus; createdBy?: Account }) {
    super();
    this.need = init.need;
    this.pledge = init.pledge;
    this.roundtable = init.roundtable;
    this.amountUsd = init.amountUsd;
    this.score = init.score;
    this.components = init.components;
    this.status = init.status;
    this.createdBy = init.createdBy;
  }

  propose(amountUsd: string | undefined): void {
    matchWorkflow.move(this, MatchAction.propose);
    this.amountUsd = amountUsd;
  }

  /** Each side confirms once; both confirmations make the match AGREED. */
  confirm(side: 'pledger' | 'country'): void {
    matchWorkflow.assertCanTake(this, MatchAction.confirm);
    if (side === 'pledger') this.pledgerConfirmedAt ??= new Date();
    else this.countryConfirmedAt ??= new Date();
    if (this.pledgerConfirmedAt && this.countryConfirmedAt) matchWorkflow.move(this, MatchAction.confirm);
  }

  startImplementation(): void {
    matchWorkflow.move(this, MatchAction.startImplementation);
  }

  close(): void {
    matchWorkflow.move(this, MatchAction.close);
  }

  decline(reason: string): void {
    matchWorkflow.move(this, MatchAction.decline, reason);
  }
}
