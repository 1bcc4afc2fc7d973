import type { GraphQLResolveInfo } from 'graphql';
import { Decimal } from 'decimal.js';
import { CuratedService } from '../common/curated.service.js';
import { applyPatch, findByGlobalId, findByGlobalIdOrThrow } from '../common/persistence.js';
import { conflict, forbidden, invalidInput, notFound } from '../common/errors.js';
import { isStaff } from '../common/viewer.js';
import type { PageArgs } from '../common/pagination.js';
import { listOf, type ListOptions } from '../common/query/list.js';
import { Account } from '../accounts/account.entity.js';
import { Pledge, PledgeStatus } from '../pledges/pledge.entity.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ConnectivityTarget } from './connectivity-target.entity.js';
import { ProgressReport, type ReachByGroup } from './progress-report.entity.js';
import type { CreateProgressReportInput, ProgressReportDecisionInput, UpdateProgressReportInput } from './progress-report.inputs.js';
import { canEditReport, canReportOn } from './progress-report.policy.js';
import { progressReportSpec } from './progress-report.query.js';
import { ReportingCycle } from './reporting-cycle.entity.js';
import { ProgressReportAction, progressReportWorkflow, recountProgress } from './progress-report.workflow.js';

export class ProgressReportService extends CuratedService<ProgressReport> {
  protected readonly entity = ProgressReport;
  protected readonly audited = [
    'year', 'status', 'statusReason', 'implementationStatus', 'amountDisbursed', 'currency', 'disbursedUsd', 'rateDate',
    'peopleReached', 'womenReached', 'reachByGroup', 'stepsTaken', 'outcomes', 'challenges', 'targetCodes', 'evidenceLinks',
  ] as const;

  list(options: ListOptions, page: PageArgs, info?: GraphQLResolveInfo) {
    return listOf(this.ctx, ProgressReport, progressReportSpec, options, page, info);
  }

  async create(input: CreateProgressReportInput): Promise<ProgressReport> {
    const pledge = await findByGlobalIdOrThrow(this.em, Pledge, input.pledgeId, 'pledgeId');
    if (!(await this.ctx.loaders.byId(Pledge, pledge.id))) throw notFound('Pledge', input.pledgeId, 'pledgeId');
    if (!canReportOn(this.ctx.viewer, pledge)) throw forbidden('Only the lead member\'s pledgers and curators report on a pledge');
    if (pledge.status !== PledgeStatus.PUBLISHED) throw invalidInput('pledgeId', 'only published pledges are reported on');
    const cycle = await this.em.findOne(ReportingCycle, { year: input.year, archivedAt: null });
    if (!cycle) throw invalidInput('year', `there is no ${input.year} reporting cycle`);
    if (!cycle.isOpen && !isStaff(this.ctx.viewer)) throw invalidInput('year', `the ${input.year} reporting cycle is closed`);
    if (await this.em.count(ProgressReport, { pledge, year: input.year, archivedAt: null })) {
      throw conflict(`This pledge already has a ${input.year} report: edit that one`, {}, 'year');
    }
    const createdBy = this.ctx.viewer.kind === 'account' ? this.em.getReference(Account, this.ctx.viewer.accountId) : undefined;
    const report = new ProgressReport({ pledge, year: input.year, implementationStatus: input.implementationStatus, createdBy });
    await this.assign(report, input);
    return this.insert(report);
  }

  update(id: string, input: UpdateProgressReportInput): Promise<ProgressReport> {
    return this.modify(id, input.expectedVersion, async (report) => {
      const pledge = await this.viewablePledge(report, id);
      if (!canEditReport(this.ctx.viewer, report, pledge)) throw forbidden(`A ${report.status} report can only be changed by curators`);
      if (input.implementationStatus === null) throw invalidInput('implementationStatus', 'a report always says how far the implementation has come');
      applyPatch(report, input, ['implementationStatus']);
      await this.assign(report, input);
      await recountProgress(this.em, report);
    });
  }

  submit(id: string, expectedVersion?: number): Promise<ProgressReport> {
    return this.transition(progressReportWorkflow, id, ProgressReportAction.submit, { expectedVersion }, ({ record }) => record.submit());
  }

  accept(id: string, expectedVersion?: number): Promise<ProgressReport> {
    return this.transition(progressReportWorkflow, id, ProgressReportAction.accept, { expectedVersion }, ({ record }) => record.accept());
  }

  returnForChanges(id: string, { expectedVersion, reason }: ProgressReportDecisionInput): Promise<ProgressReport> {
    return this.transition(progressReportWorkflow, id, ProgressReportAction.return, { expectedVersion, reason }, ({ record }) => record.returnForChanges(reason));
  }

  override async archive(id: string, expectedVersion?: number | null): Promise<ProgressReport> {
    const report = await super.archive(id, expectedVersion);
    await recountProgress(this.em, report);
    return report;
  }

  /** The report was found visible (findOrThrow), so its pledge is too: the report's access rule includes the pledge's. */
  private viewablePledge(report: ProgressReport, _id: string): Promise<Pledge> {
    return this.em.findOneOrFail(Pledge, report.pledge.id);
  }

  private async assign(report: ProgressReport, input: CreateProgressReportInput | UpdateProgressReportInput): Promise<void> {
    const reference = new ReferenceService(this.em);
    applyPatch(report, input, ['peopleReached', 'womenReached']);
    for (const field of ['stepsTaken', 'outcomes', 'challenges'] as const) {
      const text = input[field];
      if (text !== undefined) report[field] = (text ?? '').trim();
    }
    if (report.womenReached != null && report.peopleReached != null && report.womenReached > report.peopleReached) {
      throw invalidInput('womenReached', 'cannot be more than the people reached');
    }
    if (input.reachByGroup) report.reachByGroup = await this.reachOf(input.reachByGroup, reference);
    const most = Math.max(0, ...Object.values(report.reachByGroup));
    if (report.peopleReached != null && most > report.peopleReached) throw invalidInput('reachByGroup', 'a group cannot count more people than were reached in all');
    if (input.targetCodes) {
      const codes = [...new Set(input.targetCodes)];
      const known = await this.em.find(ConnectivityTarget, { code: { $in: codes } });
      const missing = codes.filter((c) => !known.some((k) => k.code === c));
      if (missing.length) throw invalidInput('targetCodes', `unknown connectivity target: ${missing.join(', ')}`);
      report.targetCodes = codes;
    }
    if (input.evidenceLinks) report.evidenceLinks = [...new Set(input.evidenceLinks.map((l) => l.trim()))];
    if (input.amountDisbursed === null) {
      report.amountDisbursed = report.currency = report.disbursedUsd = report.rateDate = undefined;
    } else if (input.amountDisbursed) {
      const currency = await reference.currency(input.amountDisbursed.currency, 'amountDisbursed.currency');
      const today = new Date().toISOString().slice(0, 10);
      const yearEnd = `${report.year}-12-31`;
      const { usdValue, rateDate } = await reference.toUsd(input.amountDisbursed.amount, currency, yearEnd < today ? yearEnd : today, 'amountDisbursed.currency');
      Object.assign(report, { amountDisbursed: new Decimal(input.amountDisbursed.amount).toFixed(2), currency, disbursedUsd: usdValue, rateDate });
    }
  }

  private async reachOf(reach: readonly { beneficiaryGroupCode: string; people: number }[], reference: ReferenceService): Promise<ReachByGroup> {
    const codes = reach.map((r) => r.beneficiaryGroupCode);
    if (new Set(codes).size !== codes.length) throw invalidInput('reachByGroup', 'each beneficiary group at most once');
    const groups = await reference.beneficiaryGroups(codes, 'reachByGroup');
    return Object.fromEntries(reach.map((r, i) => [String(groups[i]!.id), r.people]));
  }
}
