import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction } from '../common/transaction.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { DecimalScalar } from '../common/scalars.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { orderInputOf, type OrderInput } from '../common/query/list.js';
import { isStaff, representsMember } from '../common/viewer.js';
import { Member } from '../members/member.entity.js';
import { Money } from '../pledges/pledge.inputs.js';
import { BeneficiaryGroup } from '../reference/beneficiary-group.entity.js';
import { Country } from '../reference/country.entity.js';
import { Region } from '../reference/region.entity.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Pillar } from '../focus-areas/pillar.entity.js';
import { CountryNeed } from './country-need.entity.js';
import { CountryNeedDecisionInput, CreateCountryNeedInput, UpdateCountryNeedInput } from './country-need.inputs.js';
import { countryNeedSpec } from './country-need.query.js';
import { CountryNeedService } from './country-need.service.js';
import { canEditNeed } from './country-need.policy.js';
import { CountryNeedAction, countryNeedWorkflow, CountryNeedWorkflowAction } from './country-need.workflow.js';

const CountryNeedConnection = ConnectionType(CountryNeed);
const CountryNeedFilter = filterInputOf(countryNeedSpec);
const CountryNeedOrder = orderInputOf(countryNeedSpec);

const NEED_NOTES = Rules.custom('staff and the focal points of the submitting government', (viewer, root) => {
  const member = (root as CountryNeed).member;
  return isStaff(viewer) || Boolean(member && representsMember(viewer, member.id));
});

@Resolver(() => CountryNeed)
export class CountryNeedResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => CountryNeedConnection, { description: 'Country needs the viewer may see (published ones for the public), most recently changed first.' })
  countryNeeds(
    @Args() page: PageArgs,
    @Arg('filter', () => CountryNeedFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Arg('orderBy', () => [CountryNeedOrder], { nullable: true }) orderBy: OrderInput[] | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new CountryNeedService(ctx).list({ filter, orderBy }, page, info);
  }

  @Allow(Rules.PUBLIC)
  @Query(() => CountryNeed, { nullable: true })
  countryNeed(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new CountryNeedService(ctx).find(id);
  }

  @Transaction()
  @Allow(Rules.STAFF_OR_PLEDGER)
  @Mutation(() => CountryNeed, { description: 'A DRAFT need: by curators, or by the focal points of a government member for its own country.' })
  createCountryNeed(@Arg('input') input: CreateCountryNeedInput, @Ctx() ctx: Context) {
    return new CountryNeedService(ctx).create(input);
  }

  @Transaction()
  @Allow(Rules.STAFF_OR_PLEDGER)
  @Mutation(() => CountryNeed, { description: 'Submitters edit DRAFT and CHANGES_REQUESTED needs; curators any.' })
  updateCountryNeed(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateCountryNeedInput, @Ctx() ctx: Context) {
    return new CountryNeedService(ctx).update(id, input);
  }

  @Transaction()
  @Allow(countryNeedWorkflow.allowRule(CountryNeedAction.submit))
  @Mutation(() => CountryNeed, { description: 'DRAFT or CHANGES_REQUESTED → SUBMITTED.' })
  submitCountryNeed(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new CountryNeedService(ctx).submit(id, expectedVersion);
  }

  @Transaction()
  @Allow(countryNeedWorkflow.allowRule(CountryNeedAction.approve))
  @Mutation(() => CountryNeed, { description: 'SUBMITTED → PUBLISHED: the need can be matched.' })
  approveCountryNeed(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new CountryNeedService(ctx).approve(id, expectedVersion);
  }

  @Transaction()
  @Allow(countryNeedWorkflow.allowRule(CountryNeedAction.requestChanges))
  @Mutation(() => CountryNeed, { description: 'SUBMITTED → CHANGES_REQUESTED, with the reason.' })
  requestCountryNeedChanges(@Arg('id', () => ID) id: string, @Arg('input') input: CountryNeedDecisionInput, @Ctx() ctx: Context) {
    return new CountryNeedService(ctx).requestChanges(id, input);
  }

  @Transaction()
  @Allow(countryNeedWorkflow.allowRule(CountryNeedAction.reject))
  @Mutation(() => CountryNeed, { description: 'SUBMITTED → REJECTED, with the reason.' })
  rejectCountryNeed(@Arg('id', () => ID) id: string, @Arg('input') input: CountryNeedDecisionInput, @Ctx() ctx: Context) {
    return new CountryNeedService(ctx).reject(id, input);
  }

  @Transaction()
  @Allow(countryNeedWorkflow.allowRule(CountryNeedAction.withdraw))
  @Mutation(() => CountryNeed, { description: 'PUBLISHED → WITHDRAWN, by staff or the submitting government\'s focal points, with the reason.' })
  withdrawCountryNeed(@Arg('id', () => ID) id: string, @Arg('input') input: CountryNeedDecisionInput, @Ctx() ctx: Context) {
    return new CountryNeedService(ctx).withdraw(id, input);
  }

  @FieldResolver(() => Country, { nullable: true, description: 'Null for a regional need.' })
  country(@Root() need: CountryNeed, @Ctx() ctx: Context) {
    return ctx.loaders.relation(need, 'country');
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region of a regional need.' })
  region(@Root() need: CountryNeed, @Ctx() ctx: Context) {
    return ctx.loaders.relation(need, 'region');
  }

  @FieldResolver(() => FocusArea)
  focusArea(@Root() need: CountryNeed, @Ctx() ctx: Context) {
    return ctx.loaders.relation(need, 'focusArea');
  }

  @FieldResolver(() => Pillar, { nullable: true })
  pillar(@Root() need: CountryNeed, @Ctx() ctx: Context) {
    return ctx.loaders.relation(need, 'pillar');
  }

  @FieldResolver(() => [BeneficiaryGroup])
  beneficiaryGroups(@Root() need: CountryNeed, @Ctx() ctx: Context) {
    return ctx.loaders.relation(need, 'beneficiaryGroups');
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The government member that submitted it.' })
  member(@Root() need: CountryNeed, @Ctx() ctx: Context) {
    return ctx.loaders.relation(need, 'member');
  }

  @FieldResolver(() => Money, { nullable: true, description: 'The funding gap; null for a non-financial need.' })
  async fundingGap(@Root() need: CountryNeed, @Ctx() ctx: Context): Promise<Money | null> {
    if (!need.amount || !need.currency) return null;
    const currency = await ctx.loaders.relation(need, 'currency');
    return { amount: need.amount, currency: currency!, usdValue: need.gapUsd!, rateDate: need.rateDate! };
  }

  @FieldResolver(() => DecimalScalar, { description: 'Committed to it by matches (proposed, agreed, in implementation, closed), in USD.' })
  allocatedUsd(@Root() need: CountryNeed, @Ctx() ctx: Context) {
    return new CountryNeedService(ctx).allocatedUsd(need);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'The gap not yet covered, in USD; null for a non-financial need.' })
  remainingGapUsd(@Root() need: CountryNeed, @Ctx() ctx: Context) {
    return new CountryNeedService(ctx).remainingGapUsd(need);
  }

  @FieldResolver(() => [CountryNeedWorkflowAction], { description: 'The workflow transitions the viewer may take on the need now: the mutations accept exactly these.' })
  availableActions(@Root() need: CountryNeed, @Ctx() ctx: Context) {
    return countryNeedWorkflow.availableTo(ctx, need);
  }

  @FieldResolver(() => Boolean, { description: 'Whether `updateCountryNeed` accepts an edit of the need from the viewer now (the rule it enforces).' })
  viewerMayEdit(@Root() need: CountryNeed, @Ctx() ctx: Context): boolean {
    return canEditNeed(ctx.viewer, need);
  }

  @Allow(NEED_NOTES, { mask: true })
  @FieldResolver(() => String, { nullable: true, description: 'The curator\'s reason for the last decision; for staff and the submitting government\'s focal points.' })
  statusReason(@Root() need: CountryNeed) {
    return need.statusReason ?? null;
  }
}
