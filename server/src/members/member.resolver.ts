import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction } from '../common/transaction.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { Country } from '../reference/country.entity.js';
import { Person } from '../people/person.entity.js';
import { Member } from './member.entity.js';
import { MemberService } from './member.service.js';
import { PledgeConnection } from '../pledges/pledge.resolver.js';
import { PledgeService } from '../pledges/pledge.service.js';
import { CreateMemberInput, UpdateMemberInput } from './member.inputs.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { orderInputOf, type OrderInput } from '../common/query/list.js';
import { ArchivedRecords } from '../common/query/spec.js';
import { memberSpec } from './member.query.js';

const MemberFilter = filterInputOf(memberSpec);
const MemberOrder = orderInputOf(memberSpec);

export const MemberConnection = ConnectionType(Member);

@Resolver(() => Member)
export class MemberResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => MemberConnection, { description: 'Member entities, by name unless ordered otherwise. Archived members are visible to staff only.' })
  members(
    @Args() page: PageArgs,
    @Arg('filter', () => MemberFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name or acronym, ignoring case.' }) search: string | undefined,
    @Arg('orderBy', () => [MemberOrder], { nullable: true }) orderBy: OrderInput[] | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new MemberService(ctx).list({ filter, search, orderBy }, page, info);
  }

  @Allow(Rules.PUBLIC)
  @Query(() => Member, { nullable: true })
  member(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new MemberService(ctx).find(id);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => Member)
  createMember(@Arg('input') input: CreateMemberInput, @Ctx() ctx: Context) {
    return new MemberService(ctx).create(input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => Member)
  updateMember(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateMemberInput, @Ctx() ctx: Context) {
    return new MemberService(ctx).update(id, input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => Member, { description: 'Hides the member from the public; its pledges stay on record.' })
  archiveMember(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new MemberService(ctx).archive(id, expectedVersion);
  }

  @FieldResolver(() => PledgeConnection, { description: 'Pledges the member leads that the viewer may see.' })
  pledges(@Root() member: Member, @Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return new PledgeService(ctx).list({ filter: { leadMember: { id: { eq: member.nodeId } } } }, page, info);
  }

  @FieldResolver(() => Country)
  country(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.loaders.relation(member, 'country');
  }

  @Allow(Rules.AUTHENTICATED, { mask: true })
  @FieldResolver(() => [Person], { nullable: true, description: 'The member\'s people; null for anonymous callers.' })
  people(@Root() member: Member, @Ctx() ctx: Context) {
    return ctx.loaders.referencing(Person, 'member', member.id, 'name', ArchivedRecords.EXCLUDED);
  }
}
