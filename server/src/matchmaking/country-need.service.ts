import type { GraphQLResolveInfo } from 'graphql';
import { Decimal } from 'decimal.js';
import { CuratedService } from '../common/curated.service.js';
import { applyPatch, findByGlobalId, findByGlobalIdOrThrow } from '../common/persistence.js';
import { forbidden, invalidInput, invalidState, notFound } from '../common/errors.js';
import { idOf } from '../common/global-id.js';
import { isStaff, representsMember } from '../common/viewer.js';
import type { PageArgs } from '../common/pagination.js';
import { listOf, type ListOptions } from '../common/query/list.js';
import { Account } from '../accounts/account.entity.js';
import { Pillar } from '../focus-areas/pillar.entity.js';
import { Member, Sector } from '../members/member.entity.js';
import { Region } from '../reference/region.entity.js';
import { ReferenceService } from '../reference/reference.service.js';
import { CountryNeed } from './country-need.entity.js';
import type { CountryNeedDecisionInput, CreateCountryNeedInput, UpdateCountryNeedInput } from './country-need.inputs.js';
import { canEditNeed } from './country-need.policy.js';
import { countryNeedSpec } from './country-need.query.js';
import { allocatedToNeed } from './match-facts.js';
import { CountryNeedAction, countryNeedWorkflow } from './country-need.workflow.js';

export class CountryNeedService extends CuratedService<CountryNeed> {
  protected readonly entity = CountryNeed;
  protected readonly audited = [
    'title', 'description', 'country', 'region', 'focusArea', 'pillar', 'beneficiaryGroups', 'modality', 'amount', 'currency', 'gapUsd', 'rateDate',
    'priority', 'startDate', 'endDate', 'source', 'status', 'statusReason', 'member',
  ] as const;

  list(options: ListOptions, page: PageArgs, info?: GraphQLResolveInfo) {
    return listOf(this.ctx, CountryNeed, countryNeedSpec, options, page, info);
  }

  allocatedUsd(need: CountryNeed): Promise<string> {
    return allocatedToNeed(this.ctx, need.id);
  }

  /** Null for a non-financial need; never below zero. */
  async remainingGapUsd(need: CountryNeed): Promise<string | null> {
    if (!need.gapUsd) return null;
    return Decimal.max(0, new Decimal(need.gapUsd).minus(await this.allocatedUsd(need))).toFixed(2);
  }

  async create(input: CreateCountryNeedInput): Promise<CountryNeed> {
    const reference = new ReferenceService(this.em);
    const [focusArea] = await reference.focusAreas([input.focusAreaCode], 'focusAreaCode');
    const need = new CountryNeed({ title: input.title.trim(), description: input.description.trim(), focusArea: focusArea!, modality: input.modality });
    if (Boolean(input.countryCode) === Boolean(input.regionId)) throw invalidInput('countryCode', 'give either a country or a region');
    if (input.countryCode) need.country = await reference.country(input.countryCode, 'countryCode');
    if (input.regionId) need.region = await findByGlobalIdOrThrow(this.em, Region, input.regionId, 'regionId');
    if (input.memberId) need.member = await findByGlobalIdOrThrow(this.em, Member, input.memberId, 'memberId');
    this.assertMayCreate(need);
    if (this.ctx.viewer.kind === 'account') need.createdBy = this.em.getReference(Account, this.ctx.viewer.accountId);
    await this.assign(need, input);
    return this.insert(need);
  }

  update(id: string, input: UpdateCountryNeedInput): Promise<CountryNeed> {
    return this.modify(id, input.expectedVersion, async (need) => {
      if (!canEditNeed(this.ctx.viewer, need)) {
        throw need.isEditableBySubmitter ? forbidden() : invalidState(`A ${need.status} need can only be edited by curators`, { status: need.status });
      }
      applyPatch(need, { ...input, title: input.title?.trim(), description: input.description?.trim() }, ['title', 'description', 'modality']);
      await this.assign(need, input);
    });
  }

  submit(id: string, expectedVersion?: number): Promise<CountryNeed> {
    return this.transition(countryNeedWorkflow, id, CountryNeedAction.submit, { expectedVersion }, ({ record }) => record.submit());
  }

  approve(id: string, expectedVersion?: number): Promise<CountryNeed> {
    return this.transition(countryNeedWorkflow, id, CountryNeedAction.approve, { expectedVersion }, ({ record }) => record.approve());
  }

  requestChanges(id: string, { expectedVersion, reason }: CountryNeedDecisionInput): Promise<CountryNeed> {
    return this.transition(countryNeedWorkflow, id, CountryNeedAction.requestChanges, { expectedVersion, reason }, ({ record }) => record.requestChanges(reason));
  }

  reject(id: string, { expectedVersion, reason }: CountryNeedDecisionInput): Promise<CountryNeed> {
    return this.transition(countryNeedWorkflow, id, CountryNeedAction.reject, { expectedVersion, reason }, ({ record }) => record.reject(reason));
  }

  withdraw(id: string, { expectedVersion, reason }: CountryNeedDecisionInput): Promise<CountryNeed> {
    return this.transition(countryNeedWorkflow, id, CountryNeedAction.withdraw, { expectedVersion, reason }, ({ record }) => record.withdraw(reason));
  }

  /** Staff enter any need; a pledger only for a government member they represent, of the need's own country. */
  private assertMayCreate(need: CountryNeed): void {
    const viewer = this.ctx.viewer;
    if (isStaff(viewer)) return;
    const member = need.member;
    if (!member) throw invalidInput('memberId', 'name the government member submitting the need');
    if (!representsMember(viewer, member.id)) throw forbidden('Pledgers may only submit needs for the members they represent');
    if (member.sector !== Sector.GOVERNMENT) throw invalidInput('memberId', 'only government members submit country needs');
    if (!need.country || member.country.id !== need.country.id) throw invalidInput('countryCode', 'a government submits needs of its own country');
  }

  private async assign(need: CountryNeed, input: CreateCountryNeedInput | UpdateCountryNeedInput): Promise<void> {
    const reference = new ReferenceService(this.em);
    applyPatch(need, input, ['priority', 'startDate', 'endDate', 'source']);
    if (need.startDate && need.endDate && need.endDate < need.startDate) throw invalidInput('endDate', 'must not be before the start date');
    if (input.pillarId !== undefined) {
      if (input.pillarId === null) need.pillar = undefined;
      else {
        const pillar = await this.em.findOne(Pillar, { id: idOf('Pillar', input.pillarId, 'pillarId'), archivedAt: null });
        if (!pillar) throw invalidInput('pillarId', 'unknown or archived pillar');
        need.pillar = pillar;
      }
    }
    if (need.pillar && need.pillar.focusArea.id !== need.focusArea.id) throw invalidInput('pillarId', 'the pillar is not in the need\'s focus area');
    if (input.beneficiaryGroupCodes) need.beneficiaryGroups.set(await reference.beneficiaryGroups(input.beneficiaryGroupCodes, 'beneficiaryGroupCodes'));
    if (input.fundingGap === null) {
      need.amount = need.currency = need.gapUsd = need.rateDate = undefined;
    } else if (input.fundingGap) {
      const currency = await reference.currency(input.fundingGap.currency, 'fundingGap.currency');
      const { usdValue, rateDate } = await reference.toUsd(input.fundingGap.amount, currency, new Date().toISOString().slice(0, 10), 'fundingGap.currency');
      Object.assign(need, { amount: input.fundingGap.amount, currency, gapUsd: usdValue, rateDate });
    }
  }
}
