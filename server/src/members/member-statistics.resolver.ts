import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { memberSpec } from './member.query.js';
import { MemberGroupKey, MemberGroupOrder, memberGroups, MemberGroups } from './member-statistics.js';

const MemberFilter = filterInputOf(memberSpec);

@Resolver()
export class MemberStatisticsResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => MemberGroups, { description: 'Member counts by sector, home country or region, champion flag: the same machinery as `pledgeGroups`.' })
  memberGroups(
    @Arg('groupBy', () => [MemberGroupKey]) keys: MemberGroupKey[],
    @Arg('filter', () => MemberFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Arg('search', () => String, { nullable: true }) search: string | undefined,
    @Arg('orderBy', () => [MemberGroupOrder], { nullable: true }) orderBy: MemberGroupOrder[] | undefined,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<MemberGroups> {
    return memberGroups(ctx, keys, { filter, search }, orderBy, first);
  }
}
