import { Entity, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Curated } from '../common/entities.base.js';
import { invalidState } from '../common/errors.js';

/** A reporting year: once a curator opens it, every published pledge owes a report for that year. */
@ObjectType({ implements: Curated, description: 'A reporting year: opened by a curator, every pledge published then owes a progress report for it by `dueOn`.' })
@Entity()
export class ReportingCycle extends Curated {
  @Field(() => Int)
  @Property({ unique: true })
  year: number;

  @Field(() => GraphQLLocalDate, { description: 'The day reports are due.' })
  @Property({ type: 'date' })
  dueOn: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When it was opened: the pledges published by then owe a report.' })
  @Property({ type: 'timestamptz' })
  openedAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When it was closed: pledgers can no longer report for it (curators still can).' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date;

  constructor(year: number, dueOn: string) {
    super();
    this.year = year;
    this.dueOn = dueOn;
  }

  @Field({ description: 'Open for pledgers to report.' })
  get isOpen(): boolean {
    return !this.closedAt;
  }

  close(): void {
    if (this.closedAt) throw invalidState(`The ${this.year} reporting cycle is already closed`, { year: this.year });
    this.closedAt = new Date();
  }

  reopen(dueOn: string): void {
    if (!this.closedAt) throw invalidState(`The ${this.year} reporting cycle is already open`, { year: this.year });
    this.closedAt = undefined;
    this.dueOn = dueOn;
  }
}
