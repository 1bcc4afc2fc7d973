import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { listOf } from '../common/query/list.js';
import { expressionOfInterestSpec } from './expression-of-interest.query.js';
import { findByGlobalId } from '../common/persistence.js';
import { Country } from '../reference/country.entity.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { Member } from '../members/member.entity.js';
import { ExpressionOfInterest, ExpressionOfInterestStatus } from './expression-of-interest.entity.js';

const ExpressionOfInterestConnection = ConnectionType(ExpressionOfInterest);

@Resolver(() => ExpressionOfInterest)
export class ExpressionOfInterestResolver {
  @Allow(Rules.STAFF)
  @Query(() => ExpressionOfInterestConnection, { description: 'Requests to join, oldest first.' })
  expressionsOfInterest(
    @Args() page: PageArgs,
    @Arg('status', () => ExpressionOfInterestStatus, { nullable: true }) status: ExpressionOfInterestStatus | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listOf(ctx, ExpressionOfInterest, expressionOfInterestSpec, { filter: status ? { status: { eq: status } } : undefined }, page, info);
  }

  @Allow(Rules.STAFF)
  @Query(() => ExpressionOfInterest, { nullable: true })
  expressionOfInterest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return findByGlobalId(ctx.em, ExpressionOfInterest, id);
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
