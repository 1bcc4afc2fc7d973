import type { GraphQLResolveInfo } from 'graphql';
import { Decimal } from 'decimal.js';
import { CuratedService } from '../common/curated.service.js';
import { findByGlobalId, findByGlobalIdOrThrow } from '../common/persistence.js';
import { conflict, forbidden, invalidInput, notFound } from '../common/errors.js';
import { hasRole, isStaff, representsMember, Role } from '../common/viewer.js';
import type { PageArgs } from '../common/pagination.js';
import { listOf, type ListOptions } from '../common/query/list.js';
import { sql } from '../common/query/sql.js';
import { Account } from '../accounts/account.entity.js';
import { Event } from '../events/event.entity.js';
import { Pledge, PledgeStatus } from '../pledges/pledge.entity.js';
import { NotificationService } from '../notifications/notification.service.js';
import { CountryNeed, CountryNeedStatus } from './country-need.entity.js';
import { needFacts, pledgeIndex } from './match-facts.js';
import { Match, MatchStatus } from './match.entity.js';
import { matchSpec } from './match.query.js';
import { matchMessage } from './matchmaking-messages.js';
import { RoundtableService } from './roundtable.service.js';
import { scorePair } from './scoring.js';
import { weightsOf } from './suggestion.service.js';
import { raiseLiveEvent } from '../live/live-events.js';

export interface ProposeMatchInput {
  readonly needId: string;
  readonly pledgeId: string;
  readonly amountUsd?: string | null;
  readonly roundtableId?: string | null;
}

/** Matches: proposed by organizers, confirmed by both sides, followed up to their close; audited as curated records. */
export class MatchService extends CuratedService<Match> {
  protected readonly entity = Match;
  protected readonly audited = ['status', 'amountUsd', 'statusReason', 'pledgerConfirmedAt', 'countryConfirmedAt'] as const;

  override async find(id: string): Promise<Match | null> {
    const match = await findByGlobalId(this.em, Match, id);
    return match && (await this.canView(match)) ? match : null;
  }

  /** By database ID, for live updates: null when the viewer may not see it. */
  async findVisible(id: number): Promise<Match | null> {
    const match = await this.em.findOne(Match, id);
    return match && !match.isArchived && (await this.canView(match)) ? match : null;
  }

  list(options: ListOptions, page: PageArgs, info?: GraphQLResolveInfo) {
    return listOf(this.ctx, Match, matchSpec, options, page, info);
  }

  /** Every change of status is also announced live, when it commits. */
  protected override async modify(id: string, expectedVersion: number | undefined | null, change: (match: Match) => Promise<void> | void, verb?: string, reason?: string): Promise<Match> {
    let previous: MatchStatus | undefined;
    const match = await super.modify(id, expectedVersion, async (m) => {
      previous = m.status;
      await change(m);
    }, verb, reason);
    if (previous !== undefined && previous !== match.status) await this.announce(match, previous);
    return match;
  }

  private announce(match: Match, previousStatus: MatchStatus | null): Promise<void> {
    return raiseLiveEvent(this.em, { kind: 'matchStatusChanged', matchId: match.id, roundtableId: match.roundtable?.id ?? null, previousStatus, status: match.status, at: new Date().toISOString() });
  }

  /** Staff and organizers see every match; pledgers those of their pledges and of their governments' needs. */
  private async canView(match: Match): Promise<boolean> {
    const viewer = this.ctx.viewer;
    if (isStaff(viewer) || hasRole(viewer, Role.ORGANIZER)) return true;
    const [pledge, need] = await Promise.all([this.em.findOneOrFail(Pledge, match.pledge.id), this.em.findOneOrFail(CountryNeed, match.need.id)]);
    return representsMember(viewer, pledge.leadMember.id) || Boolean(need.member && representsMember(viewer, need.member.id));
  }

  /** Staff, or an organizer: of the match's roundtable when it has one. */
  private async assertOrganizes(match: { roundtable?: { id: number } | null }): Promise<void> {
    if (isStaff(this.ctx.viewer)) return;
    if (!hasRole(this.ctx.viewer, Role.ORGANIZER)) throw forbidden('Only organizers and staff do this');
    if (match.roundtable) await new RoundtableService(this.ctx).assertRuns(await this.em.findOneOrFail(Event, match.roundtable.id));
  }

  private amountOf(value: string | null | undefined, needGap: string | undefined, field = 'amountUsd'): string | undefined {
    if (value === null || value === undefined) {
      if (needGap) throw invalidInput(field, 'a financial need is matched with an amount');
      return undefined;
    }
    if (!needGap) throw invalidInput(field, 'a non-financial need is matched without an amount');
    const amount = new Decimal(value);
    if (amount.lte(0)) throw invalidInput(field, 'must be above 0');
    return amount.toFixed(2);
  }

  /** An organizer pairs a need with a pledge directly: PROPOSED, its amount committed at once. */
  async propose(input: ProposeMatchInput): Promise<Match> {
    const roundtable = input.roundtableId ? await new RoundtableService(this.ctx).find(input.roundtableId) : undefined;
    await this.assertOrganizes({ roundtable });
    const need = await findByGlobalIdOrThrow(this.em, CountryNeed, input.needId, 'needId');
    const pledge = await findByGlobalIdOrThrow(this.em, Pledge, input.pledgeId, 'pledgeId');
    if (need.status !== CountryNeedStatus.PUBLISHED || need.isArchived) throw invalidInput('needId', 'only published needs are matched');
    if (pledge.status !== PledgeStatus.PUBLISHED || pledge.isArchived) throw invalidInput('pledgeId', 'only published pledges are matched');
    if (await this.em.count(Match, { need, pledge, status: { $ne: MatchStatus.DECLINED }, archivedAt: null })) {
      throw conflict('This need and this pledge are already matched: take up or decline that match', {}, 'pledgeId');
    }
    const [needEntry] = await needFacts(this.ctx, sql('n.id = ?', [need.id]));
    const pledgeEntry = (await pledgeIndex(this.ctx)).byId.get(pledge.id)!;
    const score = scorePair(needEntry!.facts, pledgeEntry.facts, weightsOf(roundtable));
    if (!score.eligible) throw invalidInput('pledgeId', `this pair cannot work: ${score.exclusion}`);
    const match = new Match({
      need,
      pledge,
      roundtable,
      score: score.score,
      components: score.components,
      status: MatchStatus.SUGGESTED,
      createdBy: this.ctx.viewer.kind === 'account' ? this.em.getReference(Account, this.ctx.viewer.accountId) : undefined,
    });
    match.propose(this.amountOf(input.amountUsd, need.gapUsd));
    const created = await this.insert(match);
    await this.notify('propose', created);
    await this.announce(created, null);
    return created;
  }

  /** A SUGGESTED match taken up by an organizer, with its amount adjusted if need be. */
  accept(id: string, amountUsd: string | null | undefined, expectedVersion?: number): Promise<Match> {
    return this.modify(id, expectedVersion, async (match) => {
      await this.assertOrganizes(match);
      const need = await this.em.findOneOrFail(CountryNeed, match.need.id);
      match.propose(amountUsd === undefined ? match.amountUsd : this.amountOf(amountUsd, need.gapUsd));
      await this.notify('propose', match);
    }, 'propose');
  }

  /** The pledge's focal points confirm for the pledger; the need's government focal points or an organizer for the country. */
  confirm(id: string, expectedVersion?: number): Promise<Match> {
    return this.modify(id, expectedVersion, async (match) => {
      const viewer = this.ctx.viewer;
      const [pledge, need] = await Promise.all([this.em.findOneOrFail(Pledge, match.pledge.id), this.em.findOneOrFail(CountryNeed, match.need.id)]);
      const forPledger = representsMember(viewer, pledge.leadMember.id);
      const forCountry = Boolean(need.member && representsMember(viewer, need.member.id)) || isStaff(viewer) || hasRole(viewer, Role.ORGANIZER);
      if (!forPledger && !forCountry) throw forbidden('Only the pledger, the country\'s focal points and organizers confirm a match');
      const wasAgreed = match.status === MatchStatus.AGREED;
      if (forPledger) match.confirm('pledger');
      if (forCountry && match.status === MatchStatus.PROPOSED) match.confirm('country');
      if (!wasAgreed && match.status === MatchStatus.AGREED) await this.notify('agree', match);
    }, 'confirm');
  }

  startImplementation(id: string, expectedVersion?: number): Promise<Match> {
    return this.modify(id, expectedVersion, async (match) => {
      await this.assertSideOrOrganizer(match);
      match.startImplementation();
    }, 'startImplementation');
  }

  close(id: string, expectedVersion?: number): Promise<Match> {
    return this.modify(id, expectedVersion, async (match) => {
      await this.assertSideOrOrganizer(match);
      match.close();
    }, 'close');
  }

  /** Either side or an organizer declines, with the reason; a committed amount is free again. */
  decline(id: string, reason: string, expectedVersion?: number): Promise<Match> {
    return this.modify(id, expectedVersion, async (match) => {
      await this.assertSideOrOrganizer(match);
      match.decline(reason);
      await this.notify('decline', match, reason);
    }, 'decline', reason);
  }

  private async assertSideOrOrganizer(match: Match): Promise<void> {
    const viewer = this.ctx.viewer;
    if (isStaff(viewer) || hasRole(viewer, Role.ORGANIZER)) return;
    if (!(await this.canView(match))) throw notFound('Match', match.nodeId);
    if (!hasRole(viewer, Role.PLEDGER)) throw forbidden();
  }

  private async notify(verb: string, match: Match, reason?: string): Promise<void> {
    const [pledge, need] = await Promise.all([this.em.findOneOrFail(Pledge, match.pledge.id), this.em.findOneOrFail(CountryNeed, match.need.id)]);
    const message = matchMessage(verb, need.title, pledge.title, match.amountUsd ?? null, reason);
    if (!message) return;
    const queued = { topic: `match.${verb}`, subject: message.subject, body: message.body, record: match };
    const notifications = new NotificationService(this.em);
    await notifications.toRepresentativesOf(pledge.leadMember.id, queued);
    if (need.member) await notifications.toRepresentativesOf(need.member.id, queued);
  }
}
