import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction } from '../common/transaction.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { orderInputOf, type OrderInput } from '../common/query/list.js';
import { personSpec } from './person.query.js';
import { Member } from '../members/member.entity.js';
import { Person } from './person.entity.js';
import { PersonService } from './person.service.js';
import { CreatePersonInput, UpdatePersonInput } from './person.inputs.js';

const PersonConnection = ConnectionType(Person);
const PersonFilter = filterInputOf(personSpec);
const PersonOrder = orderInputOf(personSpec);

@Resolver(() => Person)
export class PersonResolver {
  @Allow(Rules.AUTHENTICATED)
  @Query(() => PersonConnection, { description: 'People: everyone for staff and organizers, the people of their own members for pledgers.' })
  people(
    @Args() page: PageArgs,
    @Arg('filter', () => PersonFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name, ignoring case.' }) search: string | undefined,
    @Arg('orderBy', () => [PersonOrder], { nullable: true }) orderBy: OrderInput[] | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new PersonService(ctx).list({ filter, search, orderBy }, page, info);
  }

  @Allow(Rules.AUTHENTICATED)
  @Query(() => Person, { nullable: true })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new PersonService(ctx).find(id);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => Person)
  createPerson(@Arg('input') input: CreatePersonInput, @Ctx() ctx: Context) {
    return new PersonService(ctx).create(input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => Person)
  updatePerson(@Arg('id', () => ID) id: string, @Arg('input') input: UpdatePersonInput, @Ctx() ctx: Context) {
    return new PersonService(ctx).update(id, input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => Person)
  archivePerson(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new PersonService(ctx).archive(id, expectedVersion);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() person: Person, @Ctx() ctx: Context) {
    return ctx.loaders.relation(person, 'member');
  }
}

