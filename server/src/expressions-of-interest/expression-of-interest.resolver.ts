import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Length } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { AccountService } from '../accounts/account.service.js';
import { AcceptInvitationInput, SubmitExpressionOfInterestInput } from './expression-of-interest.inputs.js';
import { clientKeyOf, ExpressionOfInterestService } from './expression-of-interest.service.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction, TransactionMode } from '../common/transaction.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { listOf } from '../common/query/list.js';
import { expressionOfInterestSpec } from './expression-of-interest.query.js';
import { findByGlobalId } from '../common/persistence.js';
import { Country } from '../reference/country.entity.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Member } from '../members/member.entity.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { ExpressionOfInterest, ExpressionOfInterestStatus } from './expression-of-interest.entity.js';

const ExpressionOfInterestConnection = ConnectionType(ExpressionOfInterest);
const ExpressionOfInterestFilter = filterInputOf(expressionOfInterestSpec);

@ObjectType({ description: 'The receipt of an expression of interest.' })
class SubmittedExpressionOfInterest {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDateTimeISO)
  receivedAt!: Date;
}

@InputType()
class DeclineExpressionOfInterestInput {
  @Field({ description: 'Why: sent to the contact and kept in the audit trail.' })
  @Length(3, 5000)
  reason!: string;
}

@Resolver(() => ExpressionOfInterest)
export class ExpressionOfInterestResolver {
  @Allow(Rules.STAFF)
  @Query(() => ExpressionOfInterestConnection, { description: 'Requests to join, oldest first.' })
  expressionsOfInterest(
    @Args() page: PageArgs,
    @Arg('status', () => ExpressionOfInterestStatus, { nullable: true, description: 'Shorthand for `filter: { status: { eq } }`.' }) status: ExpressionOfInterestStatus | undefined,
    @Arg('filter', () => ExpressionOfInterestFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const byStatus = status ? { status: { eq: status } } : undefined;
    return listOf(ctx, ExpressionOfInterest, expressionOfInterestSpec, { filter: filter && byStatus ? { and: [filter, byStatus] } : (filter ?? byStatus) }, page, info);
  }

  @Allow(Rules.STAFF)
  @Query(() => ExpressionOfInterest, { nullable: true })
  expressionOfInterest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findByGlobalId(ctx.em, ExpressionOfInterest, id);
  }

  @Transaction()
  @Allow(Rules.PUBLIC)
  @Mutation(() => SubmittedExpressionOfInterest, {
    description: 'Asks for an organisation to join the coalition; anyone may, a few times an hour from one address (RATE_LIMITED beyond). Curators accept or decline it.',
  })
  async submitExpressionOfInterest(@Arg('input') input: SubmitExpressionOfInterestInput, @Ctx() ctx: Context): Promise<SubmittedExpressionOfInterest> {
    const address = ctx.http?.req.ip ?? 'unknown';
    const eoi = await new ExpressionOfInterestService(ctx).submit(input, clientKeyOf(address));
    return { id: eoi.nodeId, receivedAt: eoi.createdAt };
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => ExpressionOfInterest, {
    description: 'PENDING → ACCEPTED: creates the member, its focal point (a person) and a pledger account, and queues an invitation to set its password (single use, valid 7 days).',
  })
  acceptExpressionOfInterest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new ExpressionOfInterestService(ctx).accept(id);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => ExpressionOfInterest, { description: 'PENDING → DECLINED, with the reason, which is sent to the contact.' })
  declineExpressionOfInterest(@Arg('id', () => ID) id: string, @Arg('input') input: DeclineExpressionOfInterestInput, @Ctx() ctx: Context) {
    return new ExpressionOfInterestService(ctx).decline(id, input.reason);
  }

  @Transaction(TransactionMode.OWN_STEPS)
  @Allow(Rules.PUBLIC)
  @Mutation(() => Boolean, { description: 'Sets the password of an invited account with its invitation code; the code then no longer works.' })
  async acceptInvitation(@Arg('input') input: AcceptInvitationInput, @Ctx() ctx: Context): Promise<boolean> {
    await new AccountService(ctx).acceptInvitation(input.token, input.password);
    return true;
  }

  @FieldResolver(() => [Member], { description: 'Existing members that may be this organisation: a similar name or the same website.' })
  possibleDuplicateMembers(@Root() eoi: ExpressionOfInterest, @Ctx() ctx: Context) {
    return new ExpressionOfInterestService(ctx).possibleDuplicateMembers(eoi);
  }

  @FieldResolver(() => Country)
  country(@Root() eoi: ExpressionOfInterest, @Ctx() ctx: Context) {
    return ctx.loaders.relation(eoi, 'country');
  }

  @FieldResolver(() => [FocusArea], { description: 'Focus areas of interest.' })
  focusAreas(@Root() eoi: ExpressionOfInterest, @Ctx() ctx: Context) {
    return ctx.loaders.relation(eoi, 'focusAreas');
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The member created on acceptance.' })
  member(@Root() eoi: ExpressionOfInterest, @Ctx() ctx: Context) {
    return ctx.loaders.relation(eoi, 'member');
  }
}
