import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { Allow, Rules } from '../common/authorization.js';
import { Transaction } from '../common/transaction.js';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import { filterInputOf } from '../common/query/filter-type.js';
import { orderInputOf, type OrderInput } from '../common/query/list.js';
import { isStaff, representsMember } from '../common/viewer.js';
import { Account } from '../accounts/account.entity.js';
import { Pledge } from '../pledges/pledge.entity.js';
import { Money } from '../pledges/pledge.inputs.js';
import { BeneficiaryGroup } from '../reference/beneficiary-group.entity.js';
import { ConnectivityTarget } from './connectivity-target.entity.js';
import { ProgressReport } from './progress-report.entity.js';
import { CreateProgressReportInput, ProgressReportDecisionInput, UpdateProgressReportInput } from './progress-report.inputs.js';
import { progressReportSpec } from './progress-report.query.js';
import { ProgressReportService } from './progress-report.service.js';
import { ProgressReportAction, progressReportWorkflow, ProgressReportWorkflowAction } from './progress-report.workflow.js';
import { canEditReport } from './progress-report.policy.js';
import { ArchivedRecords } from '../common/query/spec.js';
import { PledgeProgress, progressLoader } from './pledge-progress.js';

const ProgressReportConnection = ConnectionType(ProgressReport);
const ProgressReportFilter = filterInputOf(progressReportSpec);
const ProgressReportOrder = orderInputOf(progressReportSpec);

@ObjectType({ description: 'People reached in one beneficiary group.' })
export class BeneficiaryReach {
  @Field(() => BeneficiaryGroup)
  beneficiaryGroup!: BeneficiaryGroup;

  @Field(() => Int)
  people!: number;
}

/** The whole connectivity checklist, loaded once per request (a dozen rows). */
const targetsLoader = (ctx: Context) => ctx.loaders.batch<ConnectivityTarget[]>('connectivityTargets', async (keys) => {
  const all = await ctx.em.find(ConnectivityTarget, {}, { orderBy: { position: 'asc' } });
  return keys.map(() => all);
});

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @Allow(Rules.PUBLIC)
  @Query(() => ProgressReportConnection, {
    description: 'Progress reports the viewer may see: accepted reports of published pledges for anyone, all of their members\' for pledgers, all for staff. Newest change first unless ordered otherwise.',
  })
  progressReports(
    @Args() page: PageArgs,
    @Arg('filter', () => ProgressReportFilter, { nullable: true }) filter: Record<string, unknown> | undefined,
    @Arg('orderBy', () => [ProgressReportOrder], { nullable: true }) orderBy: OrderInput[] | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return new ProgressReportService(ctx).list({ filter, orderBy }, page, info);
  }

  @Allow(Rules.PUBLIC)
  @Query(() => ProgressReport, { nullable: true })
  progressReport(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new ProgressReportService(ctx).find(id);
  }

  @Allow(Rules.PUBLIC)
  @Query(() => [ConnectivityTarget], { description: 'The connectivity checklist reports tick, in order.' })
  connectivityTargets(@Ctx() ctx: Context) {
    return targetsLoader(ctx).load(0);
  }

  @Transaction()
  @Allow(Rules.STAFF_OR_PLEDGER)
  @Mutation(() => ProgressReport, { description: 'A DRAFT report on a published pledge for a year with a reporting cycle (an open one, for pledgers); one per pledge and year.' })
  createProgressReport(@Arg('input') input: CreateProgressReportInput, @Ctx() ctx: Context) {
    return new ProgressReportService(ctx).create(input);
  }

  @Transaction()
  @Allow(Rules.STAFF_OR_PLEDGER)
  @Mutation(() => ProgressReport, { description: 'Pledgers edit DRAFT and RETURNED reports; curators any.' })
  updateProgressReport(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateProgressReportInput, @Ctx() ctx: Context) {
    return new ProgressReportService(ctx).update(id, input);
  }

  @Transaction()
  @Allow(progressReportWorkflow.allowRule(ProgressReportAction.submit))
  @Mutation(() => ProgressReport, { description: 'DRAFT or RETURNED → SUBMITTED: the pledge counts as reported, and curators are told.' })
  submitProgressReport(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new ProgressReportService(ctx).submit(id, expectedVersion);
  }

  @Transaction()
  @Allow(progressReportWorkflow.allowRule(ProgressReportAction.accept))
  @Mutation(() => ProgressReport, { description: 'SUBMITTED → ACCEPTED: its figures count in the pledge\'s progress.' })
  acceptProgressReport(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new ProgressReportService(ctx).accept(id, expectedVersion);
  }

  @Transaction()
  @Allow(progressReportWorkflow.allowRule(ProgressReportAction.return))
  @Mutation(() => ProgressReport, { description: 'SUBMITTED → RETURNED, with the reason, for the pledger to correct and submit again.' })
  returnProgressReport(@Arg('id', () => ID) id: string, @Arg('input') input: ProgressReportDecisionInput, @Ctx() ctx: Context) {
    return new ProgressReportService(ctx).returnForChanges(id, input);
  }

  @Transaction()
  @Allow(Rules.STAFF)
  @Mutation(() => ProgressReport, { description: 'Hides a report entered by mistake; the pledge\'s progress is computed again without it.' })
  archiveProgressReport(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | undefined, @Ctx() ctx: Context) {
    return new ProgressReportService(ctx).archive(id, expectedVersion);
  }

  @FieldResolver(() => Pledge)
  pledge(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.loaders.relation(report, 'pledge');
  }

  @FieldResolver(() => String, { nullable: true, description: 'The curator\'s reason for returning it; for staff and the lead member\'s focal points.' })
  async statusReason(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    if (!report.statusReason) return null;
    // The pledge decides who may read it, and a listed report holds only a reference to it.
    const pledge = await ctx.loaders.relation(report, 'pledge');
    return isStaff(ctx.viewer) || representsMember(ctx.viewer, pledge.leadMember.id) ? report.statusReason : null;
  }

  @FieldResolver(() => [ProgressReportWorkflowAction], { description: 'The workflow transitions the viewer may take on the report now: the mutations accept exactly these.' })
  availableActions(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return progressReportWorkflow.availableTo(ctx, report);
  }

  @FieldResolver(() => Boolean, { description: 'Whether `updateProgressReport` accepts an edit of the report from the viewer now (the rule it enforces).' })
  async viewerMayEdit(@Root() report: ProgressReport, @Ctx() ctx: Context): Promise<boolean> {
    const pledge = await ctx.loaders.relation(report, 'pledge');
    return Boolean(pledge) && canEditReport(ctx.viewer, report, pledge);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Disbursed during the reporting year.' })
  async amountDisbursed(@Root() report: ProgressReport, @Ctx() ctx: Context): Promise<Money | null> {
    if (!report.amountDisbursed || !report.currency) return null;
    const currency = await ctx.loaders.relation(report, 'currency');
    return { amount: report.amountDisbursed, currency: currency!, usdValue: report.disbursedUsd!, rateDate: report.rateDate! };
  }

  @FieldResolver(() => [BeneficiaryReach], { description: 'People reached per beneficiary group.' })
  async reachByGroup(@Root() report: ProgressReport, @Ctx() ctx: Context): Promise<BeneficiaryReach[]> {
    const entries = Object.entries(report.reachByGroup ?? {});
    const groups = await Promise.all(entries.map(([id]) => ctx.loaders.byId(BeneficiaryGroup, Number(id))));
    return entries.flatMap(([, people], i) => (groups[i] ? [{ beneficiaryGroup: groups[i]!, people }] : []));
  }

  @FieldResolver(() => [ConnectivityTarget], { description: 'The connectivity targets the pledge contributes to, in checklist order.' })
  async targets(@Root() report: ProgressReport, @Ctx() ctx: Context): Promise<ConnectivityTarget[]> {
    const codes = new Set(report.targetCodes ?? []);
    return (await targetsLoader(ctx).load(0)).filter((t) => codes.has(t.code));
  }

  @Allow(Rules.STAFF, { mask: true })
  @FieldResolver(() => Account, { nullable: true, description: 'Who started the report; for staff.' })
  createdBy(@Root() report: ProgressReport, @Ctx() ctx: Context) {
    return ctx.loaders.relation(report, 'createdBy');
  }
}

@Resolver(() => Pledge)
export class PledgeProgressFieldResolver {
  @FieldResolver(() => PledgeProgress, { description: 'How far the pledge has come, from its progress reports, and whether it is up to date with them.' })
  progress(@Root() pledge: Pledge, @Ctx() ctx: Context) {
    return progressLoader(ctx).load(pledge.id);
  }

  @FieldResolver(() => [ProgressReport], { description: 'Its progress reports the viewer may see, the latest year first; archived ones are left out, as lists leave them out.' })
  reports(@Root() pledge: Pledge, @Ctx() ctx: Context): Promise<ProgressReport[]> {
    return ctx.loaders.referencing(ProgressReport, 'pledge', pledge.id, '-year', ArchivedRecords.EXCLUDED);
  }
}
