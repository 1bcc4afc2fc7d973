import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Curated } from '../common/entities.base.js';
import { invalidState } from '../common/errors.js';
import { Account } from '../accounts/account.entity.js';
import { Event } from '../events/event.entity.js';
import { Pledge } from '../pledges/pledge.entity.js';
import { CountryNeed } from './country-need.entity.js';
import type { ComponentScore } from './scoring.js';

export enum MatchStatus {
  SUGGESTED = 'SUGGESTED',
  PROPOSED = 'PROPOSED',
  AGREED = 'AGREED',
  IN_IMPLEMENTATION = 'IN_IMPLEMENTATION',
  CLOSED = 'CLOSED',
  DECLINED = 'DECLINED',
}
registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  valuesConfig: {
    SUGGESTED: { description: 'Proposed by the allocation; nothing is committed yet.' },
    PROPOSED: { description: 'Put forward by an organizer: its amount counts against the pledge\'s value and the need\'s gap.' },
    AGREED: { description: 'Confirmed by the pledger and by the country (its focal point, or an organizer).' },
    IN_IMPLEMENTATION: { description: 'Being implemented.' },
    CLOSED: { description: 'Done.' },
    DECLINED: { description: 'Turned down, with the reason; its amount is free again.' },
  },
});

/** Statuses whose amount is committed: the database refuses more than a pledge's value or a need's gap over them. */
export const COMMITTED = [MatchStatus.PROPOSED, MatchStatus.AGREED, MatchStatus.IN_IMPLEMENTATION, MatchStatus.CLOSED] as const;

const TRANSITIONS: Record<MatchStatus, readonly MatchStatus[]> = {
  [MatchStatus.SUGGESTED]: [MatchStatus.PROPOSED, MatchStatus.DECLINED],
  [MatchStatus.PROPOSED]: [MatchStatus.AGREED, MatchStatus.DECLINED],
  [MatchStatus.AGREED]: [MatchStatus.IN_IMPLEMENTATION, MatchStatus.DECLINED],
  [MatchStatus.IN_IMPLEMENTATION]: [MatchStatus.CLOSED],
  [MatchStatus.CLOSED]: [],
  [MatchStatus.DECLINED]: [],
};

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

  private moveTo(next: MatchStatus, reason?: string): void {
    if (!TRANSITIONS[this.status].includes(next)) throw invalidState(`A ${this.status} match cannot become ${next}`, { status: this.status, requested: next });
    this.status = next;
    this.statusReason = reason;
  }

  propose(amountUsd: string | undefined): void {
    this.moveTo(MatchStatus.PROPOSED);
    this.amountUsd = amountUsd;
  }

  /** Each side confirms once; both confirmations make the match AGREED. */
  confirm(side: 'pledger' | 'country'): void {
    if (this.status !== MatchStatus.PROPOSED) throw invalidState(`A ${this.status} match cannot be confirmed`, { status: this.status });
    if (side === 'pledger') this.pledgerConfirmedAt ??= new Date();
    else this.countryConfirmedAt ??= new Date();
    if (this.pledgerConfirmedAt && this.countryConfirmedAt) this.moveTo(MatchStatus.AGREED);
  }

  startImplementation(): void {
    this.moveTo(MatchStatus.IN_IMPLEMENTATION);
  }

  close(): void {
    this.moveTo(MatchStatus.CLOSED);
  }

  decline(reason: string): void {
    this.moveTo(MatchStatus.DECLINED, reason);
  }
}
