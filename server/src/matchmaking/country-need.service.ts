import type { GraphQLResolveInfo } from 'graphql';
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
import { NotificationService } from '../notifications/notification.service.js';
import { CountryNeed } from './country-need.entity.js';
import type { CountryNeedDecisionInput, CreateCountryNeedInput, UpdateCountryNeedInput } from './country-need.inputs.js';
import { canEditNeed, canViewNeed, speaksForNeed } from './country-need.policy.js';
import { countryNeedSpec } from './country-need.query.js';
import { needMessage } from './matchmaking-messages.js';

export class CountryNeedService extends CuratedService<CountryNeed> {
  protected readonly entity = CountryNeed;
  protected readonly audited = [
    'title', 'description', 'country', 'region', 'focusArea', 'pillar', 'beneficiaryGroups', 'modality', 'amount', 'currency', 'gapUsd', 'rateDate',
    'priority', 'startDate', 'endDate', 'source', 'status', 'statusReason', 'member',
  ] as const;

  override async find(id: string): Promise<CountryNeed | null> {
    const need = await findByGlobalId(this.em, CountryNeed, id);
    return need && canViewNeed(this.ctx.viewer, need) ? need : null;
  }

  list(options: ListOptions, page: PageArgs, info?: GraphQLResolveInfo) {
    return listOf(this.ctx, CountryNeed, countryNeedSpec, options, page, info);
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
      if (!canViewNeed(this.ctx.viewer, need)) throw notFound('CountryNeed', id);
      if (!canEditNeed(this.ctx.viewer, need)) {
        throw need.isEditableBySubmitter ? forbidden() : invalidState(`A ${need.status} need can only be edited by curators`, { status: need.status });
      }
      applyPatch(need, { ...input, title: input.title?.trim(), description: input.description?.trim() }, ['title', 'description', 'modality']);
      await this.assign(need, input);
    });
  }

  submit(id: string, expectedVersion?: number): Promise<CountryNeed> {
    return this.transition(id, expectedVersion, 'submit', (need) => {
      if (!isStaff(this.ctx.viewer) && !speaksForNeed(this.ctx.viewer, need)) throw forbidden();
      need.submit();
    });
  }

  approve(id: string, expectedVersion?: number): Promise<CountryNeed> {
    return this.transition(id, expectedVersion, 'approve', (need) => need.approve());
  }

  requestChanges(id: string, input: CountryNeedDecisionInput): Promise<CountryNeed> {
    return this.transition(id, input.expectedVersion, 'requestChanges', (need) => need.requestChanges(input.reason), input.reason);
  }

  reject(id: string, input: CountryNeedDecisionInput): Promise<CountryNeed> {
    return this.transition(id, input.expectedVersion, 'reject', (need) => need.reject(input.reason), input.reason);
  }

  withdraw(id: string, input: CountryNeedDecisionInput): Promise<CountryNeed> {
    return this.transition(id, input.expectedVersion, 'withdraw', (need) => {
      if (!isStaff(this.ctx.viewer) && !speaksForNeed(this.ctx.viewer, need)) throw forbidden();
      need.withdraw(input.reason);
    }, input.reason);
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

  private transition(id: string, expectedVersion: number | undefined, verb: string, change: (need: CountryNeed) => void, reason?: string) {
    return this.modify(id, expectedVersion, async (need) => {
      if (!canViewNeed(this.ctx.viewer, need)) throw notFound('CountryNeed', id);
      change(need);
      await this.notify(verb, need, reason);
    }, verb, reason);
  }

  private async notify(verb: string, need: CountryNeed, reason?: string): Promise<void> {
    const message = needMessage(verb, need.title, reason);
    if (!message) return;
    const queued = { topic: `countryNeed.${verb}`, subject: message.subject, body: message.body, record: need };
    const notifications = new NotificationService(this.em);
    if (message.audience === 'staff') await notifications.toStaff(queued);
    else if (need.member) await notifications.toRepresentativesOf(need.member.id, queued);
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
