import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction } from '../common/transaction.js';
import { thenMap } from '../common/loaders.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { DecimalScalar } from '../common/scalars.js';
import { Member } from '../members/member.entity.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Pillar } from '../focus-areas/pillar.entity.js';
import { Country } from '../reference/country.entity.js';
import { Region } from '../reference/region.entity.js';
import { BeneficiaryGroup } from '../reference/beneficiary-group.entity.js';
import { Sdg } from '../reference/sdg.entity.js';
import { Event } from '../events/event.entity.js';
import { isStaff } from '../common/viewer.js';
import { Pledge } from './pledge.entity.js';
import { PledgeAction, pledgeWorkflow, PledgeWorkflowAction } from './pledge.workflow.js';
import { PledgeService } from './pledge.service.js';
import { canEditPledge, canSeeCurationNotes } from './pledge.policy.js';
import { BulkPledgeDecisionInput, CreatePledgeInput, Money, PledgeDecisionInput, PledgeDecisionItem, UpdatePledgeInput } from './pledge.inputs.js';
import { ItemError } from '../common/bulk.js';
import { likelyDuplicates, PledgeDuplicate } from './pledge-duplicates.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { orderInputOf, type OrderInput } from '../common/query/list.js';
import { pledgeSpec } from './pledge.query.js';

export const PledgeConnection = ConnectionType(Pledge);

@ObjectType({ description: 'What became of one pledge of a bulk decision: the pledge as it is now, or why it was left alone.' })
export class PledgeDecisionResult {
  @Field(() => ID, { description: 'The ID as given.' })
  id!: string;

  @Field(() => Pledge, { nullable: true })
  pledge!: Pledge | null;

  @Field(() => ItemError, { nullable: true })
  error!: ItemError | null;
}
export const PledgeFilter = filterInputOf(pledgeSpec);
const PledgeOrder = orderInputOf(pledgeSpec);
type PledgeFilterInput = Record<string, unknown>;

export const CURATION_NOTES = Rules.custom('staff and the focal points of the lead member', (viewer, root) => canSeeCurationNotes(viewer, root as Pledge));

@Resolver(() => Pledge)
export class PledgeResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => PledgeConnection, {
    description: 'Pledges the viewer may see (published ones for the public), newest reference first unless ordered otherwise.',
  })
  pledges(
    @Args() page: PageArgs,
    @Arg('filter', () => PledgeFilter, { nullable: true }) filter: PledgeFilterInput | undefined,
    @Arg('search', () => String, { nullable: true, description: 'Words to find in titles, descriptions and member names; each word matches as a prefix.' })
    search: string | undefined,
    @Arg('orderBy', () => [PledgeOrder], { nullable: true, description: 'Sort keys in order; the ID breaks ties. Default: newest reference first, or best match when searching.' })
    orderBy: OrderInput[] | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new PledgeService(ctx).list({ filter, search, orderBy }, page, info);
  }

  @Allow(Rules.PUBLIC)
  @Query(() => Pledge, { nullable: true, description: 'A pledge by ID, or null when it does not exist or is not visible to the viewer.' })
  pledge(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new PledgeService(ctx).find(id);
  }

  @Allow(Rules.PUBLIC)
  @Query(() => Pledge, { nullable: true, description: 'A published pledge by its public reference number.' })
  pledgeByReference(@Arg('reference', () => Int) reference: number, @Ctx() ctx: Context) {
    return new PledgeService(ctx).findByReference(reference);
  }

  @Transaction()
  @Allow(Rules.STAFF_OR_PLEDGER)
  @Mutation(() => Pledge, { description: 'Creates a DRAFT pledge. Pledgers may only name a member they represent as lead.' })
  createPledge(@Arg('input') input: CreatePledgeInput, @Ctx() ctx: Context) {
    return new PledgeService(ctx).create(input);
  }

  @Transaction()
  @Allow(Rules.STAFF_OR_PLEDGER)
  @Mutation(() => Pledge, { description: 'Edits a pledge: pledgers edit their drafts and returned pledges, curators any pledge.' })
  updatePledge(@Arg('id', () => ID) id: string, @Arg('input') input: UpdatePledgeInput, @Ctx() ctx: Context) {
    return new PledgeService(ctx).update(id, input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => Pledge, { description: 'Hides a pledge entered in error; published pledges should be withdrawn instead.' })
  archivePledge(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new PledgeService(ctx).archive(id, expectedVersion);
  }

  @Transaction()
  @Allow(pledgeWorkflow.allowRule(PledgeAction.submit))
  @Mutation(() => Pledge, { description: 'DRAFT or CHANGES_REQUESTED → SUBMITTED, once the pledge is complete.' })
  submitPledge(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new PledgeService(ctx).submit(id, expectedVersion);
  }

  @Transaction()
  @Allow(pledgeWorkflow.allowRule(PledgeAction.approve))
  @Mutation(() => Pledge, { description: 'SUBMITTED → PUBLISHED; the first publication gives the pledge its reference number.' })
  approvePledge(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new PledgeService(ctx).approve(id, expectedVersion);
  }

  @Transaction()
  @Allow(Rules.STAFF_OR_ORGANIZER)
  @Mutation(() => Pledge, { description: 'Announces a published pledge at an event, now: it joins the event\'s live totals and its live page. Staff, or an organizer of the event.' })
  announcePledge(
    @Arg('id', () => ID) id: string,
    @Arg('eventId', () => ID) eventId: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined,
    @Ctx() ctx: Context,
  ) {
    return new PledgeService(ctx).announce(id, eventId, expectedVersion);
  }

  @Transaction()
  @Allow(pledgeWorkflow.allowRule(PledgeAction.requestChanges))
  @Mutation(() => Pledge, { description: 'SUBMITTED → CHANGES_REQUESTED, with the reason.' })
  requestPledgeChanges(@Arg('id', () => ID) id: string, @Arg('input') input: PledgeDecisionInput, @Ctx() ctx: Context) {
    return new PledgeService(ctx).requestChanges(id, input);
  }

  @Transaction()
  @Allow(pledgeWorkflow.allowRule(PledgeAction.reject))
  @Mutation(() => Pledge, { description: 'SUBMITTED → REJECTED, with the reason.' })
  rejectPledge(@Arg('id', () => ID) id: string, @Arg('input') input: PledgeDecisionInput, @Ctx() ctx: Context) {
    return new PledgeService(ctx).reject(id, input);
  }

  @Transaction()
  @Allow(pledgeWorkflow.allowRule(PledgeAction.withdraw))
  @Mutation(() => Pledge, { description: 'PUBLISHED → WITHDRAWN, by staff or the lead member\'s focal point, with the reason.' })
  withdrawPledge(@Arg('id', () => ID) id: string, @Arg('input') input: PledgeDecisionInput, @Ctx() ctx: Context) {
    return new PledgeService(ctx).withdraw(id, input);
  }

  @Transaction()
  @Allow(pledgeWorkflow.allowRule(PledgeAction.approve))
  @Mutation(() => [PledgeDecisionResult], {
    description: 'SUBMITTED → PUBLISHED for many pledges, each on its own: one that cannot be approved (unknown, wrong state, stale version) is reported and left as it was, the others are approved. At most 100.',
  })
  approvePledges(@Arg('items', () => [PledgeDecisionItem]) items: PledgeDecisionItem[], @Ctx() ctx: Context) {
    return new PledgeService(ctx).approveMany(items);
  }

  @Transaction()
  @Allow(pledgeWorkflow.allowRule(PledgeAction.reject))
  @Mutation(() => [PledgeDecisionResult], { description: 'SUBMITTED → REJECTED for many pledges with one reason, each on its own, as `approvePledges`.' })
  rejectPledges(@Arg('input') input: BulkPledgeDecisionInput, @Ctx() ctx: Context) {
    return new PledgeService(ctx).rejectMany(input);
  }

  @Transaction()
  @Allow(pledgeWorkflow.allowRule(PledgeAction.requestChanges))
  @Mutation(() => [PledgeDecisionResult], { description: 'SUBMITTED → CHANGES_REQUESTED for many pledges with one reason, each on its own, as `approvePledges`.' })
  requestChangesToPledges(@Arg('input') input: BulkPledgeDecisionInput, @Ctx() ctx: Context) {
    return new PledgeService(ctx).requestChangesToMany(input);
  }

  @Allow(Rules.STAFF, { mask: true })
  @FieldResolver(() => [PledgeDuplicate], {
    nullable: true,
    description: 'Other pledges of the same lead member with a similar title or description (trigram similarity), most alike first, at most 5: likely duplicates for curators to check. Null for anyone but staff.',
  })
  possibleDuplicates(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return likelyDuplicates(ctx, pledge);
  }

  @FieldResolver(() => [PledgeWorkflowAction], { description: 'The workflow transitions the viewer may take on the pledge now: the mutations accept exactly these.' })
  availableActions(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return pledgeWorkflow.availableTo(ctx, pledge);
  }

  @FieldResolver(() => Boolean, { description: 'Whether `updatePledge` accepts an edit of the pledge from the viewer now (the rule it enforces).' })
  viewerMayEdit(@Root() pledge: Pledge, @Ctx() ctx: Context): boolean {
    return canEditPledge(ctx.viewer, pledge);
  }

  @Allow(CURATION_NOTES, { mask: true })
  @FieldResolver(() => String, { nullable: true, description: 'The curator\'s reason for the last decision; for staff and the lead member\'s focal points.' })
  statusReason(@Root() pledge: Pledge) {
    return pledge.statusReason ?? null;
  }

  @FieldResolver(() => Member)
  leadMember(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return ctx.loaders.relation(pledge, 'leadMember');
  }

  @FieldResolver(() => [Member])
  partners(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return ctx.loaders.relation(pledge, 'partners');
  }

  @FieldResolver(() => Money, { nullable: true })
  async estimatedValue(@Root() pledge: Pledge, @Ctx() ctx: Context): Promise<Money | null> {
    if (!pledge.amount || !pledge.currency) return null;
    const currency = await ctx.loaders.relation(pledge, 'currency');
    return { amount: pledge.amount, currency: currency!, usdValue: pledge.usdValue!, rateDate: pledge.rateDate! };
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'Estimated value in USD, for sorting and totals.' })
  usdValue(@Root() pledge: Pledge) {
    return pledge.usdValue ?? null;
  }

  @FieldResolver(() => [FocusArea])
  focusAreas(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return ctx.loaders.relation(pledge, 'focusAreas');
  }

  @FieldResolver(() => [Pillar])
  pillars(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return ctx.loaders.relation(pledge, 'pillars');
  }

  @FieldResolver(() => [Country], { description: 'Implementation countries.' })
  countries(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return ctx.loaders.relation(pledge, 'countries');
  }

  @FieldResolver(() => [Region], { description: 'Implementation regions.' })
  regions(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return ctx.loaders.relation(pledge, 'regions');
  }

  @FieldResolver(() => [BeneficiaryGroup])
  beneficiaryGroups(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return ctx.loaders.relation(pledge, 'beneficiaryGroups');
  }

  @FieldResolver(() => [Sdg])
  sdgs(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return thenMap(ctx.loaders.relation(pledge, 'sdgs'), (sdgs) => [...sdgs].sort((a, b) => a.number - b.number));
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event where the pledge was announced.' })
  event(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return ctx.loaders.relation(pledge, 'event');
  }
}
