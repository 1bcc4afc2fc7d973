import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../common/context.js';
import { listOf, type ListOptions } from '../common/query/list.js';
import type { PageArgs } from '../common/pagination.js';
import { conflict, forbidden, invalidInput, notFound } from '../common/errors.js';
import { findByGlobalIdOrThrow } from '../common/persistence.js';
import { toGlobalId } from '../common/global-id.js';
import { isStaff, representsMember } from '../common/viewer.js';
import { AuditService } from '../audit/audit.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Account } from '../accounts/account.entity.js';
import { Currency } from '../reference/currency.entity.js';
import { NotificationService } from '../notifications/notification.service.js';
import { Pledge, PledgeStatus } from './pledge.entity.js';
import { PledgeService } from './pledge.service.js';
import { PledgeRevision, PledgeRevisionStatus } from './pledge-revision.entity.js';
import { proposalChanges } from './pledge-revision.diff.js';
import { pledgeRevisionSpec } from './pledge-revision.query.js';
import type { UpdatePledgeInput } from './pledge.inputs.js';

export class PledgeRevisionService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  /** A pledger's (or curator's) proposed edit of a published pledge, kept aside for review with its field-by-field changes. */
  async propose(id: string, input: UpdatePledgeInput): Promise<PledgeRevision> {
    const viewer = this.ctx.viewer;
    const pledge = await findByGlobalIdOrThrow(this.em, Pledge, id, 'id');
    if (!(await this.ctx.loaders.byId(Pledge, pledge.id))) throw notFound('Pledge', id);
    if (!isStaff(viewer) && !representsMember(viewer, pledge.leadMember.id)) throw forbidden('Only the lead member\'s pledgers and curators may propose changes');
    if (pledge.status !== PledgeStatus.PUBLISHED) throw invalidInput('id', 'only published pledges take proposed revisions; edit the pledge itself');
    if (await this.em.count(PledgeRevision, { pledge, status: PledgeRevisionStatus.PENDING })) {
      throw conflict('A revision of this pledge is already waiting for review', {}, 'id');
    }
    await this.validate(input);
    const proposal = JSON.parse(JSON.stringify({ ...input, expectedVersion: undefined })) as Record<string, unknown>;
    const changes = proposalChanges(await this.currentValues(pledge), proposal);
    if (Object.keys(changes).length === 0) throw invalidInput('input', 'changes nothing in the published pledge');
    const proposedBy = viewer.kind === 'account' ? this.em.getReference(Account, viewer.accountId) : undefined;
    const revision = new PledgeRevision(pledge, proposal, changes, proposedBy);
    await this.em.persist(revision).flush();
    new AuditService(this.em, viewer).record('pledge.proposeRevision', pledge, changes);
    await new NotificationService(this.em).toStaff({
      topic: 'pledge.proposeRevision',
      subject: `Changes proposed to a published pledge: ${pledge.title}`,
      body: `Changes were proposed to the published pledge "${pledge.title}" (${Object.keys(changes).join(', ')}). They wait in the curation queue.`,
      record: pledge,
    });
    await this.em.flush();
    return revision;
  }

  /** Applies the proposal to the pledge as a curator's edit (audited as such) and tells the pledgers. */
  async accept(id: string): Promise<Pledge> {
    const revision = await findByGlobalIdOrThrow(this.em, PledgeRevision, id, 'id');
    revision.accept();
    const pledge = await new PledgeService(this.ctx).applyRevision(toGlobalId('Pledge', revision.pledge.id), revision.proposal as UpdatePledgeInput);
    await new NotificationService(this.em).toRepresentativesOf(pledge.leadMember.id, {
      topic: 'pledge.acceptRevision',
      subject: `Your changes are published: ${pledge.title}`,
      body: `The changes you proposed to the pledge "${pledge.title}" are now published.`,
      record: pledge,
    });
    await this.em.flush();
    return pledge;
  }

  async reject(id: string, reason: string): Promise<PledgeRevision> {
    const revision = await findByGlobalIdOrThrow(this.em, PledgeRevision, id, 'id');
    revision.reject(reason.trim());
    const pledge = await this.em.findOneOrFail(Pledge, revision.pledge.id);
    new AuditService(this.em, this.ctx.viewer).record('pledge.rejectRevision', pledge, {}, reason);
    await new NotificationService(this.em).toRepresentativesOf(pledge.leadMember.id, {
      topic: 'pledge.rejectRevision',
      subject: `Changes not accepted: ${pledge.title}`,
      body: `The changes you proposed to the pledge "${pledge.title}" were not accepted; the published version stays.\n\nReason given by the curator:\n${reason.trim()}`,
      record: pledge,
    });
    await this.em.flush();
    return revision;
  }

  list(options: ListOptions, page: PageArgs, info?: GraphQLResolveInfo) {
    return listOf(this.ctx, PledgeRevision, pledgeRevisionSpec, options, page, info);
  }

  /** The pending revision of a pledge, if any. */
  pending(pledge: Pledge): Promise<PledgeRevision | null> {
    return this.em.findOne(PledgeRevision, { pledge: pledge.id, status: PledgeRevisionStatus.PENDING });
  }

  /** Codes and references are checked now, so that a curator is not handed a proposal that cannot be applied. */
  private async validate(input: UpdatePledgeInput): Promise<void> {
    const reference = new ReferenceService(this.em);
    if (input.focusAreaCodes) await reference.focusAreas(input.focusAreaCodes, 'focusAreaCodes');
    if (input.countryCodes) await reference.countries(input.countryCodes, 'countryCodes');
    if (input.regionIds) await reference.regions(input.regionIds, 'regionIds');
    if (input.beneficiaryGroupCodes) await reference.beneficiaryGroups(input.beneficiaryGroupCodes, 'beneficiaryGroupCodes');
    if (input.sdgs) await reference.sdgs(input.sdgs, 'sdgs');
    if (input.estimatedValue) await reference.currency(input.estimatedValue.currency, 'estimatedValue.currency');
    if (input.startDate && input.endDate && input.endDate < input.startDate) throw invalidInput('endDate', 'must not be before the start date');
  }

  /** The published pledge in the terms of UpdatePledgeInput. */
  private async currentValues(pledge: Pledge): Promise<Record<string, unknown>> {
    await this.em.populate(pledge, ['partners', 'focusAreas', 'pillars', 'countries', 'regions', 'beneficiaryGroups', 'sdgs']);
    const currency = pledge.currency ? await this.em.findOneOrFail(Currency, pledge.currency.id) : undefined;
    return {
      title: pledge.title,
      description: pledge.description,
      type: pledge.type,
      partnerIds: pledge.partners.getItems().map((m) => toGlobalId('Member', m.id)),
      estimatedValue: pledge.amount && currency ? { amount: pledge.amount, currency: currency.code } : null,
      focusAreaCodes: pledge.focusAreas.getItems().map((f) => f.code),
      pillarIds: pledge.pillars.getItems().map((p) => toGlobalId('Pillar', p.id)),
      countryCodes: pledge.countries.getItems().map((c) => c.code),
      regionIds: pledge.regions.getItems().map((r) => toGlobalId('Region', r.id)),
      isGlobal: pledge.isGlobal,
      beneficiaryGroupCodes: pledge.beneficiaryGroups.getItems().map((b) => b.code),
      sdgs: pledge.sdgs.getItems().map((s) => s.number),
      startDate: pledge.startDate ?? null,
      endDate: pledge.endDate ?? null,
      targetBeneficiaries: pledge.targetBeneficiaries ?? null,
      announcedOn: pledge.announcedOn ?? null,
      eventId: pledge.event ? toGlobalId('Event', pledge.event.id) : null,
    };
  }
}
