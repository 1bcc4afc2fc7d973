import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction } from '../common/transaction.js';
import { ReportingCycle } from './reporting-cycle.entity.js';
import { OpenReportingCycleInput } from './progress-report.inputs.js';
import { ReportingCycleService } from './reporting-cycle.service.js';
import { reportingStats, ReportingStats } from './reporting-statistics.js';

@Resolver(() => ReportingCycle)
export class ReportingCycleResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => [ReportingCycle], { description: 'Reporting cycles, the latest year first.' })
  reportingCycles(@Ctx() ctx: Context) {
    return new ReportingCycleService(ctx).list();
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => ReportingCycle, { description: 'Opens the year\'s reporting cycle: every published pledge owes a report by `dueOn`, and its pledgers are told through the outbox.' })
  openReportingCycle(@Arg('input') input: OpenReportingCycleInput, @Ctx() ctx: Context) {
    return new ReportingCycleService(ctx).open(input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => ReportingCycle, { description: 'Closes a cycle: pledgers can no longer start reports for its year (curators still can).' })
  closeReportingCycle(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new ReportingCycleService(ctx).close(id, expectedVersion);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => Int, { description: 'Reminds, through the outbox, the pledgers of every pledge still owing the open cycle a report (not reminded in the last 7 days); returns how many pledges.' })
  sendReportingReminders(@Arg('cycleId', () => ID) cycleId: string, @Ctx() ctx: Context) {
    return new ReportingCycleService(ctx).remind(cycleId);
  }

  @FieldResolver(() => ReportingStats, { description: 'How many pledges owed the cycle a report and how many reported: overall, by sector, focus area and type.' })
  stats(@Root() cycle: ReportingCycle, @Ctx() ctx: Context) {
    return reportingStats(ctx, cycle);
  }
}
