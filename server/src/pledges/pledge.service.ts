import type { GraphQLResolveInfo } from 'graphql';
import { CuratedService } from '../common/curated.service.js';
import { applyPatch, findByGlobalId, findByGlobalIdOrThrow } from '../common/persistence.js';
import { Currency } from '../reference/currency.entity.js';
import type { PageArgs } from '../common/pagination.js';
import { forbidden, invalidInput, invalidState, notFound } from '../common/errors.js';
import { idOf } from '../common/global-id.js';
import { isStaff, representsMember } from '../common/viewer.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Member } from '../members/member.entity.js';
import { Pillar } from '../focus-areas/pillar.entity.js';
import { Event } from '../events/event.entity.js';
import { Pledge, PledgeStatus, PledgeType } from './pledge.entity.js';
import { canEditPledge, canSubmitPledge, canViewPledge } from './pledge.policy.js';
import type { BulkPledgeDecisionInput, CreatePledgeInput, PledgeDecisionInput, PledgeDecisionItem, UpdatePledgeInput } from './pledge.inputs.js';
import type { PledgeDecisionResult } from './pledge.resolver.js';
import { eachInSavepoint } from '../common/bulk.js';
import { NotificationService } from '../notifications/notification.service.js';
import { pledgeMessage } from '../notifications/pledge-messages.js';
import { listOf, type ListOptions } from '../common/query/list.js';
import { pledgeSpec } from './pledge.query.js';
import { raiseLiveEvent, type PledgeAnnouncementKind } from '../live/live-events.js';

const COLLECTIONS = ['partners', 'focusAreas', 'pillars', 'countries', 'regions', 'beneficiaryGroups', 'sdgs'] as const;

export class PledgeService extends CuratedService<Pledge> {
  protected readonly entity = Pledge;
  protected readonly audited = [
    'title', 'description', 'type', 'status', 'statusReason', 'leadMember', 'amount', 'currency', 'usdValue', 'rateDate',
    ...COLLECTIONS, 'isGlobal', 'startDate', 'endDate', 'targetBeneficiaries', 'announcedOn', 'event', 'reference',
  ] as const;

  override async find(id: string): Promise<Pledge | null> {
    const pledge = await findByGlobalId(this.em, Pledge, id);
    return pledge && canViewPledge(this.ctx.viewer, pledge) ? pledge : null;
  }

  async create(input: CreatePledgeInput): Promise<Pledge> {
    const leadMember = await findByGlobalIdOrThrow(this.em, Member, input.leadMemberId, 'leadMemberId');
    if (!isStaff(this.ctx.viewer) && !representsMember(this.ctx.viewer, leadMember.id)) {
      throw forbidden('Pledgers may only pledge on behalf of the members they represent');
    }
    if (leadMember.isArchived) throw invalidInput('leadMemberId', 'the member is archived');
    const pledge = new Pledge({ title: input.title.trim(), description: input.description.trim(), type: input.type, leadMember });
    await this.assign(pledge, input);
    return this.insert(pledge);
  }

  update(id: string, input: UpdatePledgeInput): Promise<Pledge> {
    return this.modify(id, input.expectedVersion, async (pledge) => {
      if (!canViewPledge(this.ctx.viewer, pledge)) throw notFound('Pledge', id);
      await this.em.populate(pledge, COLLECTIONS);
      if (!canEditPledge(this.ctx.viewer, pledge)) {
        throw pledge.isEditableByPledger ? forbidden() : invalidState(`A ${pledge.status} pledge can only be edited by curators`, { status: pledge.status });
      }
      applyPatch(pledge, { ...input, title: input.title?.trim(), description: input.description?.trim() }, ['title', 'description', 'type']);
      await this.assign(pledge, input);
    });
  }

  /** A proposed revision accepted by a curator, applied as an edit whatever the pledge's status (the caller checks who may). */
  applyRevision(id: string, input: UpdatePledgeInput): Promise<Pledge> {
    return this.modify(id, undefined, async (pledge) => {
      await this.em.populate(pledge, COLLECTIONS);
      applyPatch(pledge, { ...input, title: input.title?.trim(), description: input.description?.trim() }, ['title', 'description', 'type']);
      await this.assign(pledge, input);
    }, 'applyRevision');
  }

  submit(id: string, expectedVersion?: number): Promise<Pledge> {
    return this.transition(id, expectedVersion, 'submit', async (pledge) => {
      if (!canSubmitPledge(this.ctx.viewer, pledge)) throw forbidden();
      await this.em.populate(pledge, ['focusAreas', 'countries', 'regions']);
      this.assertComplete(pledge);
      pledge.submit();
    });
  }

  approve(id: string, expectedVersion?: number): Promise<Pledge> {
    return this.transition(id, expectedVersion, 'approve', async (pledge) => {
      pledge.assertCanBecome(PledgeStatus.PUBLISHED);
      const firstTime = !pledge.publishedAt;
      const reference = pledge.reference ?? (await this.nextReference());
      pledge.approve(reference);
      if (firstTime) await this.raiseAnnouncement(pledge, 'PUBLISHED');
    });
  }

  /** Staff, or an organizer of the event, announce a published pledge there, live. */
  announce(id: string, eventId: string, expectedVersion?: number): Promise<Pledge> {
    return this.transition(id, expectedVersion, 'announce', async (pledge) => {
      const event = await findByGlobalIdOrThrow(this.em, Event, eventId, 'eventId');
      if (event.isArchived) throw invalidInput('eventId', 'the event is archived');
      if (!isStaff(this.ctx.viewer)) {
        const viewer = this.ctx.viewer;
        await this.em.populate(event, ['organizers']);
        if (viewer.kind !== 'account' || !event.organizers.getItems().some((a) => a.id === viewer.accountId)) throw forbidden("Only staff and the event's organizers announce pledges there");
      }
      pledge.announceAt(event);
      await this.raiseAnnouncement(pledge, 'ANNOUNCED');
    });
  }

  requestChanges(id: string, input: PledgeDecisionInput): Promise<Pledge> {
    return this.transition(id, input.expectedVersion, 'requestChanges', (pledge) => pledge.requestChanges(input.reason), input.reason);
  }

  reject(id: string, input: PledgeDecisionInput): Promise<Pledge> {
    return this.transition(id, input.expectedVersion, 'reject', (pledge) => pledge.reject(input.reason), input.reason);
  }

  withdraw(id: string, input: PledgeDecisionInput): Promise<Pledge> {
    return this.transition(id, input.expectedVersion, 'withdraw', (pledge) => {
      if (!isStaff(this.ctx.viewer) && !representsMember(this.ctx.viewer, pledge.leadMember.id)) throw forbidden();
      pledge.withdraw(input.reason);
    }, input.reason);
  }

  /** Each pledge approved on its own (see eachInSavepoint): the result says which were and why the others were not. */
  approveMany(items: readonly PledgeDecisionItem[]): Promise<PledgeDecisionResult[]> {
    return this.decideEach(items, (id, expectedVersion) => this.approve(id, expectedVersion));
  }

  rejectMany(input: BulkPledgeDecisionInput): Promise<PledgeDecisionResult[]> {
    return this.decideEach(input.items, (id, expectedVersion) => this.reject(id, { reason: input.reason, expectedVersion }));
  }

  requestChangesToMany(input: BulkPledgeDecisionInput): Promise<PledgeDecisionResult[]> {
    return this.decideEach(input.items, (id, expectedVersion) => this.requestChanges(id, { reason: input.reason, expectedVersion }));
  }

  private async decideEach(items: readonly PledgeDecisionItem[], decide: (id: string, expectedVersion?: number) => Promise<Pledge>): Promise<PledgeDecisionResult[]> {
    const versions = new Map(items.map((i) => [i.id, i.expectedVersion]));
    const outcomes = await eachInSavepoint(this.ctx, items.map((i) => i.id), (id) => decide(id, versions.get(id)));
    return outcomes.map(({ id, result, error }) => ({ id, pledge: result, error }));
  }

  list(options: ListOptions, page: PageArgs, info?: GraphQLResolveInfo) {
    return listOf(this.ctx, Pledge, pledgeSpec, options, page, info);
  }

  private async transition(id: string, expectedVersion: number | undefined, verb: string, change: (pledge: Pledge) => Promise<void> | void, reason?: string) {
    return this.modify(id, expectedVersion, async (pledge) => {
      if (!canViewPledge(this.ctx.viewer, pledge)) throw notFound('Pledge', id);
      await change(pledge);
      await this.notify(verb, pledge, reason);
    }, verb, reason);
  }

  private async raiseAnnouncement(pledge: Pledge, announcement: PledgeAnnouncementKind): Promise<void> {
    await raiseLiveEvent(this.em, { kind: 'pledgeAnnounced', pledgeId: pledge.id, eventId: pledge.event?.id ?? null, announcement, at: (pledge.announcedAt ?? pledge.publishedAt ?? new Date()).toISOString() });
  }

  /** The people concerned hear of the change, in its transaction: staff of a submission, the member's pledgers of a decision. */
  private async notify(verb: string, pledge: Pledge, reason?: string): Promise<void> {
    const member = await this.em.findOneOrFail(Member, pledge.leadMember.id);
    const message = pledgeMessage(verb, { title: pledge.title, reference: pledge.reference, memberName: member.name }, reason);
    if (!message) return;
    const notifications = new NotificationService(this.em);
    const queued = { topic: `pledge.${verb}`, subject: message.subject, body: message.body, record: pledge };
    if (message.audience === 'staff') await notifications.toStaff(queued);
    else await notifications.toRepresentativesOf(member.id, queued);
  }

  private async nextReference(): Promise<number> {
    const [row] = await this.em.execute<{ nextval: string }[]>(`select nextval('pledge_reference_seq')`);
    return Number(row!.nextval);
  }

  /** What a pledge needs before a curator can look at it. */
  private assertComplete(pledge: Pledge): void {
    if (pledge.focusAreas.count() === 0) throw invalidInput('focusAreaCodes', 'a submitted pledge needs at least one focus area');
    if (!pledge.isGlobal && pledge.countries.count() === 0 && pledge.regions.count() === 0) {
      throw invalidInput('countryCodes', 'a submitted pledge needs implementation countries or regions, or to be global');
    }
    if (pledge.type === PledgeType.FINANCIAL && !pledge.amount) throw invalidInput('estimatedValue', 'a financial pledge needs an estimated value');
  }

  private async assign(pledge: Pledge, input: CreatePledgeInput | UpdatePledgeInput): Promise<void> {
    const reference = new ReferenceService(this.em);
    applyPatch(pledge, input, ['isGlobal', 'startDate', 'endDate', 'targetBeneficiaries', 'announcedOn']);
    if (pledge.startDate && pledge.endDate && pledge.endDate < pledge.startDate) throw invalidInput('endDate', 'must not be before the start date');
    if (input.partnerIds) {
      const partners = await Promise.all(input.partnerIds.map((id) => findByGlobalIdOrThrow(this.em, Member, id, 'partnerIds')));
      if (partners.some((p) => p.id === pledge.leadMember.id)) throw invalidInput('partnerIds', 'the lead member cannot also be a partner');
      pledge.partners.set(partners);
    }
    if (input.focusAreaCodes) pledge.focusAreas.set(await reference.focusAreas(input.focusAreaCodes, 'focusAreaCodes'));
    if (input.pillarIds) {
      const ids = input.pillarIds.map((id) => idOf('Pillar', id, 'pillarIds'));
      const pillars = await this.em.find(Pillar, { id: { $in: ids }, archivedAt: null });
      if (pillars.length !== new Set(ids).size) throw invalidInput('pillarIds', 'unknown or archived pillar');
      pledge.pillars.set(pillars);
    }
    if (input.pillarIds || input.focusAreaCodes) {
      const areas = new Set(pledge.focusAreas.getItems().map((f) => f.id));
      const stray = pledge.pillars.getItems().find((p) => !areas.has(p.focusArea.id));
      if (stray) throw invalidInput('pillarIds', `pillar "${stray.name}" is not in one of the pledge's focus areas`);
    }
    if (input.countryCodes) pledge.countries.set(await reference.countries(input.countryCodes, 'countryCodes'));
    if (input.regionIds) pledge.regions.set(await reference.regions(input.regionIds, 'regionIds'));
    if (input.beneficiaryGroupCodes) pledge.beneficiaryGroups.set(await reference.beneficiaryGroups(input.beneficiaryGroupCodes, 'beneficiaryGroupCodes'));
    if (input.sdgs) pledge.sdgs.set(await reference.sdgs(input.sdgs, 'sdgs'));
    if (input.eventId !== undefined) {
      pledge.event = input.eventId === null ? undefined : await findByGlobalIdOrThrow(this.em, Event, input.eventId, 'eventId');
      if (pledge.event && !pledge.announcedOn) pledge.announcedOn = pledge.event.startDate;
    }
    if (input.estimatedValue === null) {
      pledge.amount = pledge.currency = pledge.usdValue = pledge.rateDate = undefined;
    } else if (input.estimatedValue || (input.announcedOn !== undefined && pledge.amount)) {
      const amount = input.estimatedValue?.amount ?? pledge.amount!;
      const currency = input.estimatedValue ? await reference.currency(input.estimatedValue.currency, 'estimatedValue.currency') : await this.em.findOneOrFail(Currency, pledge.currency!.id);
      const day = pledge.announcedOn ?? new Date().toISOString().slice(0, 10);
      const { usdValue, rateDate } = await reference.toUsd(amount, currency, day, 'estimatedValue.currency');
      Object.assign(pledge, { amount, currency, usdValue, rateDate });
    }
  }
}
