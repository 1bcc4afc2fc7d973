import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction } from '../common/transaction.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { Country } from '../reference/country.entity.js';
import { Region } from '../reference/region.entity.js';
import { Event } from './event.entity.js';
import { EventService } from './event.service.js';
import { CreateEventInput, UpdateEventInput } from './event.inputs.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { orderInputOf, type OrderInput } from '../common/query/list.js';
import { eventSpec } from './event.query.js';

const EventFilter = filterInputOf(eventSpec);
const EventOrder = orderInputOf(eventSpec);

const EventConnection = ConnectionType(Event);

@Resolver(() => Event)
export class EventResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => EventConnection, { description: 'Events, newest first.' })
  events(
    @Args() page: PageArgs,
    @Arg('filter', () => EventFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Arg('search', () => String, { nullable: true, description: 'Part of the name or code, ignoring case.' }) search: string | undefined,
    @Arg('orderBy', () => [EventOrder], { nullable: true }) orderBy: OrderInput[] | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new EventService(ctx).list({ filter, search, orderBy }, page, info);
  }

  @Allow(Rules.PUBLIC)
  @Query(() => Event, { nullable: true })
  event(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new EventService(ctx).find(id);
  }

  @Transaction()
  @Allow(Rules.STAFF_OR_ORGANIZER)
  @Mutation(() => Event)
  createEvent(@Arg('input') input: CreateEventInput, @Ctx() ctx: Context) {
    return new EventService(ctx).create(input);
  }

  @Transaction()
  @Allow(Rules.STAFF_OR_ORGANIZER)
  @Mutation(() => Event)
  updateEvent(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateEventInput, @Ctx() ctx: Context) {
    return new EventService(ctx).update(id, input);
  }

  @Transaction()
  @Allow(Rules.STAFF_OR_ORGANIZER)
  @Mutation(() => Event)
  archiveEvent(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new EventService(ctx).archive(id, expectedVersion);
  }

  @FieldResolver(() => Country, { nullable: true })
  country(@Root() event: Event, @Ctx() ctx: Context) {
    return ctx.loaders.relation(event, 'country');
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() event: Event, @Ctx() ctx: Context) {
    return ctx.loaders.relation(event, 'region');
  }
}
