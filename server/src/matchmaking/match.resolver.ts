import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ArrayMaxSize, Length, ValidateNested } from 'class-validator';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction, TransactionMode } from '../common/transaction.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { DecimalScalar } from '../common/scalars.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { orderInputOf, type OrderInput } from '../common/query/list.js';
import { Account } from '../accounts/account.entity.js';
import { Event, EventKind } from '../events/event.entity.js';
import { Pledge } from '../pledges/pledge.entity.js';
import { Country } from '../reference/country.entity.js';
import { CountryNeed } from './country-need.entity.js';
import { Match } from './match.entity.js';
import { matchSpec } from './match.query.js';
import { MatchService } from './match.service.js';
import { MatchAction, matchWorkflow, MatchWorkflowAction } from './match.workflow.js';
import {
  AllocationRun,
  CoverageTotal,
  NeedCoverage,
  NeedSuggestionPage,
  PledgeAllocation,
  PledgeSuggestionPage,
  ScoreComponentResult,
  ScoreWeight,
  ScoringWeightsInput,
} from './matchmaking.types.js';
import { CANDIDATES_PER_NEED, RoundtableService } from './roundtable.service.js';
import { ScoreComponent } from './scoring.js';
import { SuggestionService, weightsOf } from './suggestion.service.js';

const MatchConnection = ConnectionType(Match);
const MatchFilter = filterInputOf(matchSpec);
const MatchOrder = orderInputOf(matchSpec);

@InputType()
export class ProposeMatchInput {
  @Field(() => ID)
  needId!: string;

  @Field(() => ID)
  pledgeId!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'USD allocated; required for financial needs, absent for the others.' })
  amountUsd?: string | null;

  @Field(() => ID, { nullable: true, description: 'The roundtable it is made at, whose weights score it.' })
  roundtableId?: string | null;
}

@InputType()
export class MatchDecisionInput {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field()
  @Length(3, 5000)
  reason!: string;
}

@InputType()
export class RoundtableSettingsInput {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number;

  @Field(() => [String], { nullable: true, description: 'The participating countries (ISO alpha-2); a list replaces the last one.' })
  @ArrayMaxSize(300)
  countryCodes?: string[];

  @Field(() => [ID], { nullable: true, description: 'Organizer accounts running it (staff only).' })
  @ArrayMaxSize(50)
  organizerIds?: string[];

  @Field(() => ScoringWeightsInput, { nullable: true, description: 'Null goes back to the default weights.' })
  @ValidateNested()
  weights?: ScoringWeightsInput | null;
}

/** A matchmaking roundtable's settings and views, as a part of its event. */
@ObjectType({ description: 'What makes an event a matchmaking roundtable: its countries, organizers and weights, and how far its needs are covered.' })
export class Roundtable {
  constructor(readonly event: Event) {}
}

@Resolver(() => Roundtable)
export class RoundtableResolver {
  @FieldResolver(() => [Country], { description: 'Participating countries.' })
  countries(@Root() roundtable: Roundtable, @Ctx() ctx: Context) {
    return ctx.loaders.relation(roundtable.event, 'countries');
  }

  @Allow(Rules.STAFF_OR_ORGANIZER, { mask: true })
  @FieldResolver(() => [Account], { nullable: true, description: 'Organizer accounts running it; for staff and organizers.' })
  organizers(@Root() roundtable: Roundtable, @Ctx() ctx: Context) {
    return ctx.loaders.relation(roundtable.event, 'organizers');
  }

  @FieldResolver(() => [ScoreWeight], { description: 'The weights its scores use.' })
  weights(@Root() roundtable: Roundtable): ScoreWeight[] {
    const weights = weightsOf(roundtable.event);
    return Object.values(ScoreComponent).map((component) => ({ component, weight: weights[component] }));
  }

  @Allow(Rules.STAFF_OR_ORGANIZER, { mask: true })
  @FieldResolver(() => [NeedCoverage], { nullable: true, description: 'Per published need of its countries: the gap against what committed matches allocate.' })
  needs(@Root() roundtable: Roundtable, @Ctx() ctx: Context) {
    return new RoundtableService(ctx).needCoverage(roundtable.event);
  }

  @Allow(Rules.STAFF_OR_ORGANIZER, { mask: true })
  @FieldResolver(() => [PledgeAllocation], { nullable: true, description: 'Per pledge matched at it: its value against what committed matches allocate (at any roundtable).' })
  pledges(@Root() roundtable: Roundtable, @Ctx() ctx: Context) {
    return new RoundtableService(ctx).pledgeAllocations(roundtable.event);
  }

  @Allow(Rules.STAFF_OR_ORGANIZER, { mask: true })
  @FieldResolver(() => [CoverageTotal], { nullable: true })
  byCountry(@Root() roundtable: Roundtable, @Ctx() ctx: Context) {
    return new RoundtableService(ctx).totals(roundtable.event, 'country');
  }

  @Allow(Rules.STAFF_OR_ORGANIZER, { mask: true })
  @FieldResolver(() => [CoverageTotal], { nullable: true })
  byFocusArea(@Root() roundtable: Roundtable, @Ctx() ctx: Context) {
    return new RoundtableService(ctx).totals(roundtable.event, 'focusArea');
  }
}

@Resolver(() => Event)
export class EventRoundtableFieldResolver {
  @FieldResolver(() => Roundtable, { nullable: true, description: 'Its matchmaking settings and views, for a MATCHMAKING_ROUNDTABLE.' })
  roundtable(@Root() event: Event) {
    return event.kind === EventKind.MATCHMAKING_ROUNDTABLE ? new Roundtable(event) : null;
  }
}

@Resolver(() => Match)
export class MatchResolver {
  @Allow(Rules.AUTHENTICATED)
  @Query(() => MatchConnection, { description: 'Matches: every one for staff and organizers, those of their pledges and needs for pledgers. Best score first.' })
  matches(
    @Args() page: PageArgs,
    @Arg('filter', () => MatchFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Arg('orderBy', () => [MatchOrder], { nullable: true }) orderBy: OrderInput[] | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new MatchService(ctx).list({ filter, orderBy }, page, info);
  }

  @Allow(Rules.AUTHENTICATED)
  @Query(() => PledgeSuggestionPage, { description: 'Published pledges for a country need, best first, with their score breakdowns (with the roundtable\'s weights when given).' })
  suggestedPledges(
    @Arg('needId', () => ID) needId: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('roundtableId', () => ID, { nullable: true }) roundtableId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return new SuggestionService(ctx).pledgesFor(needId, first, offset, roundtableId);
  }

  @Allow(Rules.AUTHENTICATED)
  @Query(() => NeedSuggestionPage, { description: 'Published country needs for a pledge, best first, with their score breakdowns.' })
  suggestedNeeds(
    @Arg('pledgeId', () => ID) pledgeId: string,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('roundtableId', () => ID, { nullable: true }) roundtableId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return new SuggestionService(ctx).needsFor(pledgeId, first, offset, roundtableId);
  }

  @Transaction()
  @Allow(Rules.STAFF_OR_ORGANIZER)
  @Mutation(() => Event, { description: 'Sets a matchmaking roundtable\'s countries, weights and (staff only) organizers.' })
  configureRoundtable(@Arg('id', () => ID) id: string, @Arg('input') input: RoundtableSettingsInput, @Ctx() ctx: Context) {
    return new RoundtableService(ctx).configure(id, input);
  }

  @Transaction(TransactionMode.OWN_STEPS)
  @Allow(Rules.STAFF_OR_ORGANIZER)
  @Mutation(() => AllocationRun, {
    description: 'Allocates pledges\' remaining value to the roundtable needs\' remaining gaps, maximising the total weighted score over each need\'s best-scoring candidates, and replaces its SUGGESTED matches with the result.',
  })
  runAllocation(
    @Arg('roundtableId', () => ID) roundtableId: string,
    @Arg('candidatesPerNeed', () => Int, { defaultValue: CANDIDATES_PER_NEED }) candidatesPerNeed: number,
    @Ctx() ctx: Context,
  ) {
    return new RoundtableService(ctx).allocate(roundtableId, candidatesPerNeed);
  }

  @Transaction()
  @Allow(matchWorkflow.allowRule(MatchAction.propose))
  @Mutation(() => Match, { description: 'Pairs a need with a pledge: PROPOSED, its amount committed against both (over-allocation is refused by the database).' })
  proposeMatch(@Arg('input') input: ProposeMatchInput, @Ctx() ctx: Context) {
    return new MatchService(ctx).propose(input);
  }

  @Transaction()
  @Allow(matchWorkflow.allowRule(MatchAction.propose))
  @Mutation(() => Match, { description: 'SUGGESTED → PROPOSED, with the amount adjusted when given.' })
  acceptMatch(
    @Arg('id', () => ID) id: string,
    @Arg('amountUsd', () => DecimalScalar, { nullable: true }) amountUsd: string | undefined,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return new MatchService(ctx).accept(id, amountUsd, expectedVersion);
  }

  @Transaction()
  @Allow(matchWorkflow.allowRule(MatchAction.confirm))
  @Mutation(() => Match, { description: 'Confirms a PROPOSED match for the viewer\'s side: the pledger, or the country (its focal points or an organizer). Both make it AGREED.' })
  confirmMatch(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new MatchService(ctx).confirm(id, expectedVersion);
  }

  @Transaction()
  @Allow(matchWorkflow.allowRule(MatchAction.startImplementation))
  @Mutation(() => Match, { description: 'AGREED → IN_IMPLEMENTATION.' })
  startMatchImplementation(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new MatchService(ctx).startImplementation(id, expectedVersion);
  }

  @Transaction()
  @Allow(matchWorkflow.allowRule(MatchAction.close))
  @Mutation(() => Match, { description: 'IN_IMPLEMENTATION → CLOSED.' })
  closeMatch(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new MatchService(ctx).close(id, expectedVersion);
  }

  @Transaction()
  @Allow(matchWorkflow.allowRule(MatchAction.decline))
  @Mutation(() => Match, { description: 'Declines a match not yet in implementation, with the reason; its amount is free again.' })
  declineMatch(@Arg('id', () => ID) id: string, @Arg('input') input: MatchDecisionInput, @Ctx() ctx: Context) {
    return new MatchService(ctx).decline(id, input.reason, input.expectedVersion);
  }

  @FieldResolver(() => CountryNeed)
  need(@Root() match: Match, @Ctx() ctx: Context) {
    return ctx.loaders.relation(match, 'need');
  }

  @FieldResolver(() => Pledge)
  pledge(@Root() match: Match, @Ctx() ctx: Context) {
    return ctx.loaders.relation(match, 'pledge');
  }

  @FieldResolver(() => Event, { nullable: true })
  roundtable(@Root() match: Match, @Ctx() ctx: Context) {
    return ctx.loaders.relation(match, 'roundtable');
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'USD allocated; null for a non-financial pair.' })
  amountUsd(@Root() match: Match) {
    return match.amountUsd ?? null;
  }

  @FieldResolver(() => [MatchWorkflowAction], { description: 'The workflow transitions the viewer may take on the match now: the mutations accept exactly these.' })
  availableActions(@Root() match: Match, @Ctx() ctx: Context) {
    return matchWorkflow.availableTo(ctx, match);
  }

  @FieldResolver(() => [ScoreComponentResult], { description: 'Why the pair scored as it did when matched.' })
  components(@Root() match: Match): ScoreComponentResult[] {
    return match.components.map((c) => ({ ...c }));
  }
}
