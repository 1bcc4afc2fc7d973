import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, registerEnumType, Resolver, Root, Subscription } from 'type-graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Loaders } from '../common/loaders.js';
import { Event } from '../events/event.entity.js';
import { EventService } from '../events/event.service.js';
import { Pledge } from '../pledges/pledge.entity.js';
import { PledgeStats } from '../pledges/pledge-statistics.types.js';
import { Match, MatchStatus } from '../matchmaking/match.entity.js';
import { notFound } from '../common/errors.js';
import type { LiveEvent, PledgeAnnouncementKind } from './live-events.js';
import { LiveHub, type TotalsSnapshot } from './live-hub.js';
import { LiveStream } from './live-stream.js';

const AnnouncementKind = { PUBLISHED: 'PUBLISHED', ANNOUNCED: 'ANNOUNCED' } as const satisfies Record<PledgeAnnouncementKind, PledgeAnnouncementKind>;
registerEnumType(AnnouncementKind, { name: 'PledgeAnnouncementKind' });

@ObjectType({ description: 'A pledge made public.' })
export class PledgeAnnouncement {
  @Field(() => Pledge)
  pledge!: Pledge;

  @Field(() => AnnouncementKind, { description: 'PUBLISHED on first publication, ANNOUNCED when announced at an event after it.' })
  kind!: PledgeAnnouncementKind;

  @Field(() => GraphQLDateTimeISO)
  at!: Date;
}

@ObjectType({ description: "The running totals of an event's published pledges (or the coalition's), as of `at`." })
export class LiveTotals {
  @Field(() => GraphQLDateTimeISO)
  at!: Date;

  @Field(() => PledgeStats)
  stats!: PledgeStats;

  snapshot!: TotalsSnapshot;
}

@ObjectType({ description: 'A match moved from one status to another.' })
export class MatchStatusChange {
  @Field(() => Match)
  match!: Match;

  @Field(() => MatchStatus, { nullable: true })
  previousStatus!: MatchStatus | null;

  @Field(() => MatchStatus)
  status!: MatchStatus;

  @Field(() => GraphQLDateTimeISO)
  at!: Date;
}

function hubOf(ctx: Context): LiveHub {
  if (!(ctx.live instanceof LiveHub)) throw new Error('Subscriptions are served over WebSocket at /graphql');
  return ctx.live;
}

/**
 * A subscription's context outlives many events: each event is resolved with
 * a fresh entity manager and loaders, so that it reads the data as it is now.
 */
function renew(ctx: Context): void {
  ctx.em = ctx.em.fork();
  (ctx as { loaders: Loaders }).loaders = new Loaders(() => ctx);
}

function liveEvents<Out>(ctx: Context, transform: (event: LiveEvent) => Promise<Out | undefined>): LiveStream<LiveEvent, Out> {
  let stop = () => {};
  const stream = new LiveStream<LiveEvent, Out>(
    (event) => {
      renew(ctx);
      return transform(event);
    },
    () => stop(),
  );
  stop = hubOf(ctx).onEvent((event) => stream.push(event));
  return stream;
}

async function eventIdOf(ctx: Context, eventId: string | undefined | null): Promise<number | null> {
  if (!eventId) return null;
  const event = await new EventService(ctx).find(eventId);
  if (!event) throw notFound('Event', eventId, 'eventId');
  return event.id;
}

async function announcements(ctx: Context, args: { eventId?: string | null }) {
  const eventId = await eventIdOf(ctx, args.eventId);
  return liveEvents<PledgeAnnouncement>(ctx, async (event) => {
    if (event.kind !== 'pledgeAnnounced' || (eventId !== null && event.eventId !== eventId)) return undefined;
    const pledge = await ctx.loaders.byId(Pledge, event.pledgeId);
    if (!pledge) return undefined;
    return { pledge, kind: event.announcement, at: new Date(event.at) };
  });
}

async function totals(ctx: Context, args: { eventId?: string | null }) {
  const eventId = await eventIdOf(ctx, args.eventId);
  let stop = () => {};
  const stream = new LiveStream<TotalsSnapshot, LiveTotals>(
    async (snapshot) => {
      renew(ctx);
      return { at: snapshot.at, stats: snapshot.stats, snapshot };
    },
    () => stop(),
    1,
  );
  stop = hubOf(ctx).watchTotals(eventId, (snapshot) => stream.push(snapshot));
  return stream;
}

async function matchChanges(ctx: Context, args: { roundtableId?: string | null }) {
  const roundtableId = await eventIdOf(ctx, args.roundtableId);
  return liveEvents<MatchStatusChange>(ctx, async (event) => {
    if (event.kind !== 'matchStatusChanged' || (roundtableId !== null && event.roundtableId !== roundtableId)) return undefined;
    const match = await ctx.loaders.byId(Match, event.matchId);
    if (!match) return undefined;
    return { match, previousStatus: event.previousStatus as MatchStatus | null, status: event.status as MatchStatus, at: new Date(event.at) };
  });
}

@Resolver(() => LiveTotals)
export class LiveResolver {
  @Allow(Rules.PUBLIC)
  @Subscription(() => PledgeAnnouncement, {
    description: 'Pledges as they become public: published, or announced at an event. For one event when `eventId` is given.',
    subscribe: ({ args, context }) => announcements(context as Context, args),
  })
  pledgeAnnounced(@Root() announcement: PledgeAnnouncement, @Arg('eventId', () => ID, { nullable: true }) _eventId?: string): PledgeAnnouncement {
    return announcement;
  }

  @Allow(Rules.PUBLIC)
  @Subscription(() => LiveTotals, {
    description: 'Running totals of the published pledges of one event, or of the whole coalition without `eventId`: the figures at once, then again whenever they change.',
    subscribe: ({ args, context }) => totals(context as Context, args),
  })
  pledgeTotals(@Root() totals: LiveTotals, @Arg('eventId', () => ID, { nullable: true }) _eventId?: string): LiveTotals {
    return totals;
  }

  @Allow(Rules.PUBLIC)
  @Subscription(() => MatchStatusChange, {
    description: 'Matches changing status, for one roundtable when given; only matches the viewer may see.',
    subscribe: ({ args, context }) => matchChanges(context as Context, args),
  })
  matchStatusChanged(@Root() change: MatchStatusChange, @Arg('roundtableId', () => ID, { nullable: true }) _roundtableId?: string): MatchStatusChange {
    return change;
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event, or null for the whole coalition.' })
  event(@Root() totals: LiveTotals, @Ctx() ctx: Context) {
    return totals.snapshot.eventId === null ? null : ctx.loaders.byId(Event, totals.snapshot.eventId).then((event) => event ?? null);
  }

  @FieldResolver(() => [Pledge], { description: 'The most recently announced pledges, newest first (at most 10).' })
  async latest(@Root() totals: LiveTotals, @Ctx() ctx: Context) {
    const pledges = await Promise.all(totals.snapshot.latestPledgeIds.map((id) => ctx.loaders.byId(Pledge, id)));
    return pledges.filter((p): p is Pledge => p !== undefined);
  }
}
