import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction } from '../common/transaction.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { orderInputOf, type OrderInput } from '../common/query/list.js';
import { FieldChange } from '../audit/audit.resolver.js';
import { Account } from '../accounts/account.entity.js';
import { Pledge } from './pledge.entity.js';
import { CURATION_NOTES } from './pledge.resolver.js';
import { PledgeDecisionInput, UpdatePledgeInput } from './pledge.inputs.js';
import { PledgeRevision } from './pledge-revision.entity.js';
import { PledgeRevisionService } from './pledge-revision.service.js';
import { pledgeRevisionSpec } from './pledge-revision.query.js';

const PledgeRevisionConnection = ConnectionType(PledgeRevision);
const PledgeRevisionFilter = filterInputOf(pledgeRevisionSpec);
const PledgeRevisionOrder = orderInputOf(pledgeRevisionSpec);

@Resolver(() => PledgeRevision)
export class PledgeRevisionResolver {
  @Allow(Rules.STAFF_OR_PLEDGER)
  @Query(() => PledgeRevisionConnection, {
    description: 'Proposed changes to published pledges, oldest first: every one for staff (the review queue is `filter: { status: { eq: PENDING } }`), those to their members\' pledges for pledgers.',
  })
  pledgeRevisions(
    @Args() page: PageArgs,
    @Arg('filter', () => PledgeRevisionFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Arg('orderBy', () => [PledgeRevisionOrder], { nullable: true }) orderBy: OrderInput[] | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new PledgeRevisionService(ctx).list({ filter, orderBy }, page, info);
  }

  @Transaction()
  @Allow(Rules.STAFF_OR_PLEDGER)
  @Mutation(() => PledgeRevision, {
    description: 'Proposes changes to a PUBLISHED pledge (its lead member\'s pledgers, or staff): the public keeps seeing the published version until a curator accepts them. One pending proposal per pledge.',
  })
  proposePledgeRevision(@Arg('id', () => ID) id: string, @Arg('input') input: UpdatePledgeInput, @Ctx() ctx: Context) {
    return new PledgeRevisionService(ctx).propose(id, input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => Pledge, { description: 'Applies a proposed revision to its pledge (audited as `pledge.applyRevision`) and tells the pledgers.' })
  acceptPledgeRevision(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new PledgeRevisionService(ctx).accept(id);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => PledgeRevision, { description: 'Rejects a proposed revision with the reason; the published version stays.' })
  rejectPledgeRevision(@Arg('id', () => ID) id: string, @Arg('input') input: PledgeDecisionInput, @Ctx() ctx: Context) {
    return new PledgeRevisionService(ctx).reject(id, input.reason);
  }

  @FieldResolver(() => [FieldChange], { description: 'Field by field, the published value and the proposed one (as when proposed; codes and IDs as in UpdatePledgeInput).' })
  changes(@Root() revision: PledgeRevision): FieldChange[] {
    return Object.entries(revision.changes)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([field, change]) => ({ field, before: change.before, after: change.after }));
  }

  @FieldResolver(() => Pledge)
  pledge(@Root() revision: PledgeRevision, @Ctx() ctx: Context) {
    return ctx.loaders.relation(revision, 'pledge');
  }

  @FieldResolver(() => Account, { nullable: true })
  proposedBy(@Root() revision: PledgeRevision, @Ctx() ctx: Context) {
    return ctx.loaders.relation(revision, 'proposedBy');
  }
}

@Resolver(() => Pledge)
export class PledgeRevisionFieldResolver {
  @Allow(CURATION_NOTES, { mask: true })
  @FieldResolver(() => PledgeRevision, { nullable: true, description: 'Changes proposed to this published pledge and waiting for review; for staff and the lead member\'s focal points.' })
  pendingRevision(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return new PledgeRevisionService(ctx).pending(pledge);
  }
}
