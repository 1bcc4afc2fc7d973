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
import { Pledge } from './pledge.entity.js';
import { canEditPledge } from './pledge.policy.js';
import type { BulkPledgeDecisionInput, CreatePledgeInput, PledgeDecisionInput, PledgeDecisionItem, UpdatePledgeInput } from './pledge.inputs.js';
import type { PledgeDecisionResult } from './pledge.resolver.js';
import { eachInSavepoint } from '../common/bulk.js';
import { listOf, type ListOptions } from '../common/query/list.js';
import { pledgeSpec } from './pledge.query.js';
import { raiseLiveEvent } from '../live/live-events.js';
import { PledgeAction, pledgeWorkflow } from './pledge.workflow.js';

const COLLECTIONS = ['partners', 'focusAreas', 'pillars', 'countries', 'regions', 'beneficiaryGroups', 'sdgs'] as const;

export class PledgeService extends CuratedService<Pledge> {
  protected readonly entity = Pledge;
  protected readonly audited = [
    'title', 'description', 'type', 'status', 'statusReason', 'leadMember', 'amount', 'currency', 'usdValue', 'rateDate',
    ...COLLECTIONS, 'isGlobal', 'startDate', 'endDate', 'targetBeneficiaries', 'announcedOn', 'event', 'reference',
  ] as const;

  async findByReference(reference: number): Promise<Pledge | null> {
    const pledge = await this.em.findOne(Pledge, { reference }, { fields: ['id'] });
    return pledge ? ((await this.ctx.loaders.byId(Pledge, pledge.id)) ?? null) : null;
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
    return this.transition(pledgeWorkflow, id, PledgeAction.submit, { expectedVersion }, ({ record }) => record.submit());
  }

  /** The table refuses a pledge it may not publish before a reference number is taken. */
  approve(id: string, expectedVersion?: number): Promise<Pledge> {
    return this.transition(pledgeWorkflow, id, PledgeAction.approve, { expectedVersion }, async ({ record }) => record.approve(record.reference ?? (await this.nextReference())));
  }

  /** Staff, or an organizer of the event, announce a published pledge there, live. */
  announce(id: string, eventId: string, expectedVersion?: number): Promise<Pledge> {
    return this.modify(id, expectedVersion, async (pledge) => {
      const event = await findByGlobalIdOrThrow(this.em, Event, eventId, 'eventId');
      if (event.isArchived) throw invalidInput('eventId', 'the event is archived');
      if (!isStaff(this.ctx.viewer)) {
        const viewer = this.ctx.viewer;
        await this.em.populate(event, ['organizers']);
        if (viewer.kind !== 'account' || !event.organizers.getItems().some((a) => a.id === viewer.accountId)) throw forbidden("Only staff and the event's organizers announce pledges there");
      }
      pledge.announceAt(event);
      await this.raiseAnnouncement(pledge);
    }, 'announce');
  }

  requestChanges(id: string, { expectedVersion, reason }: PledgeDecisionInput): Promise<Pledge> {
    return this.transition(pledgeWorkflow, id, PledgeAction.requestChanges, { expectedVersion, reason }, ({ record }) => record.requestChanges(reason));
  }

  reject(id: string, { expectedVersion, reason }: PledgeDecisionInput): Promise<Pledge> {
    return this.transition(pledgeWorkflow, id, PledgeAction.reject, { expectedVersion, reason }, ({ record }) => record.reject(reason));
  }

  withdraw(id: string, { expectedVersion, reason }: PledgeDecisionInput): Promise<Pledge> {
    return this.transition(pledgeWorkflow, id, PledgeAction.withdraw, { expectedVersion, reason }, ({ record }) => record.withdraw(reason));
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

  private async raiseAnnouncement(pledge: Pledge): Promise<void> {
    await raiseLiveEvent(this.em, { kind: 'pledgeAnnounced', pledgeId: pledge.id, eventId: pledge.event?.id ?? null, announcement: 'ANNOUNCED', at: pledge.announcedAt!.toISOString() });
  }

  private async nextReference(): Promise<number> {
    const [row] = await this.em.execute<{ nextval: string }[]>(`select nextval('pledge_reference_seq')`);
    return Number(row!.nextval);
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
