import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { PledgeFilter } from './pledge.resolver.js';
import { PledgeStatisticsService } from './pledge-statistics.service.js';
import {
  PledgeGroupKey,
  PledgeGroupOrder,
  PledgeGroups,
  PledgeStats,
  PledgeTimeSeries,
  TimeInterval,
} from './pledge-statistics.types.js';

type Filter = Record<string, unknown>;
const SEARCH = { nullable: true, description: 'Words to find, as in `pledges`.' } as const;

@Resolver()
export class PledgeStatisticsResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => PledgeStats, { description: 'Totals over the pledges the viewer may see that match the filter and search.' })
  pledgeStats(
    @Arg('filter', () => PledgeFilter, { nullable: true }) filter: Filter | undefined,
    @Arg('search', () => String, SEARCH) search: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return new PledgeStatisticsService(ctx).stats({ filter, search });
  }

  @Allow(Rules.PUBLIC)
  @Query(() => PledgeGroups, {
    description: 'Counts and USD sums by one to three keys (region × focus area, ...). A pledge with several values of a dimension counts in each of its groups; `totalCount` is the distinct total.',
  })
  pledgeGroups(
    @Arg('groupBy', () => [PledgeGroupKey]) groupBy: PledgeGroupKey[],
    @Arg('filter', () => PledgeFilter, { nullable: true }) filter: Filter | undefined,
    @Arg('search', () => String, SEARCH) search: string | undefined,
    @Arg('orderBy', () => [PledgeGroupOrder], { nullable: true, description: 'Largest count first by default.' }) orderBy: PledgeGroupOrder[] | undefined,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most 1000 groups.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    return new PledgeStatisticsService(ctx).groups(groupBy, { filter, search }, orderBy, first);
  }

  @Allow(Rules.PUBLIC)
  @Query(() => PledgeTimeSeries, { description: 'Pledges by month or year of announcement, with cumulative USD against the USD 100 bn goal.' })
  pledgeTimeSeries(
    @Arg('interval', () => TimeInterval, { defaultValue: TimeInterval.MONTH }) interval: TimeInterval,
    @Arg('filter', () => PledgeFilter, { nullable: true }) filter: Filter | undefined,
    @Arg('search', () => String, SEARCH) search: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return new PledgeStatisticsService(ctx).timeSeries(interval, { filter, search });
  }
}
