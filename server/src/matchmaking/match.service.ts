import type { GraphQLResolveInfo } from 'graphql';
import { Decimal } from 'decimal.js';
import { CuratedService } from '../common/curated.service.js';
import { findByGlobalId, findByGlobalIdOrThrow } from '../common/persistence.js';
import { conflict, invalidInput } from '../common/errors.js';
import type { PageArgs } from '../common/pagination.js';
import { listOf, type ListOptions } from '../common/query/list.js';
import { sql } from '../common/query/sql.js';
import { Account } from '../accounts/account.entity.js';
import { Pledge, PledgeStatus } from '../pledges/pledge.entity.js';
import { CountryNeed, CountryNeedStatus } from './country-need.entity.js';
import { needFacts, pledgeIndex } from './match-facts.js';
import { Match, MatchStatus } from './match.entity.js';
import { matchSpec } from './match.query.js';
import { announceMatch, MatchAction, matchWorkflow, notifyMatchSides, sidesOf } from './match.workflow.js';
import { RoundtableService } from './roundtable.service.js';
import { scorePair } from './scoring.js';
import { weightsOf } from './suggestion.service.js';

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

  list(options: ListOptions, page: PageArgs, info?: GraphQLResolveInfo) {
    return listOf(this.ctx, Match, matchSpec, options, page, info);
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
    // A match proposed directly is a suggestion taken up at once: the table says who may.
    const subject = await matchWorkflow.definition.loadSubject(this.ctx, match);
    const refusal = matchWorkflow.refusal(this.ctx.viewer, subject, MatchAction.propose);
    if (refusal) throw refusal;
    match.propose(this.amountOf(input.amountUsd, need.gapUsd));
    const created = await this.insert(match);
    await notifyMatchSides(this.ctx, MatchAction.propose, subject);
    await announceMatch(this.em, created, null);
    return created;
  }

  /** A SUGGESTED match taken up by an organizer, with its amount adjusted if need be. */
  accept(id: string, amountUsd: string | null | undefined, expectedVersion?: number): Promise<Match> {
    return this.transition(matchWorkflow, id, MatchAction.propose, { expectedVersion }, ({ record, need }) =>
      record.propose(amountUsd === undefined ? record.amountUsd : this.amountOf(amountUsd, need?.gapUsd)),
    );
  }

  /** The pledge's focal points confirm for the pledger; the need's government focal points or an organizer for the country. */
  confirm(id: string, expectedVersion?: number): Promise<Match> {
    return this.transition(matchWorkflow, id, MatchAction.confirm, { expectedVersion }, (subject) => {
      const sides = sidesOf(this.ctx.viewer, subject);
      if (sides.pledger) subject.record.confirm('pledger');
      if (sides.country && subject.record.status === MatchStatus.PROPOSED) subject.record.confirm('country');
    });
  }

  startImplementation(id: string, expectedVersion?: number): Promise<Match> {
    return this.transition(matchWorkflow, id, MatchAction.startImplementation, { expectedVersion }, ({ record }) => record.startImplementation());
  }

  close(id: string, expectedVersion?: number): Promise<Match> {
    return this.transition(matchWorkflow, id, MatchAction.close, { expectedVersion }, ({ record }) => record.close());
  }

  /** Either side or an organizer declines, with the reason; a committed amount is free again. */
  decline(id: string, reason: string, expectedVersion?: number): Promise<Match> {
    return this.transition(matchWorkflow, id, MatchAction.decline, { expectedVersion, reason }, ({ record }) => record.decline(reason));
  }
}
