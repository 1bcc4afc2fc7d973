import type { Context } from '../common/context.js';
import { invalidInput, notFound } from '../common/errors.js';
import { idOf } from '../common/global-id.js';
import { sql } from '../common/query/sql.js';
import { Event } from '../events/event.entity.js';
import { Pledge } from '../pledges/pledge.entity.js';
import { CountryNeed } from './country-need.entity.js';
import { CountryNeedService } from './country-need.service.js';
import { candidatesFor, matchableNeed, needFacts, pledgeIndex, type NeedEntry, type PledgeEntry } from './match-facts.js';
import type { NeedSuggestionPage, PledgeSuggestionPage } from './matchmaking.types.js';
import { DEFAULT_WEIGHTS, scorePair, scoreValue, ScoreComponent, type ComponentScore, type ScoringWeights } from './scoring.js';
import { topScored } from './top-k.js';

export const MAX_SUGGESTIONS_PAGE = 100;

const usd = (value: number | null) => (value === null ? null : value.toFixed(2));

export interface ScoredPair {
  readonly need: NeedEntry;
  readonly pledge: PledgeEntry;
  readonly score: number;
  readonly components: readonly ComponentScore[];
}

/** The k best eligible pledges for a need, best first (ties by ID, so that pages are stable), explained; and how many were eligible. */
export function bestPledges(need: NeedEntry, pledges: readonly PledgeEntry[], weights: ScoringWeights, k: number): { best: ScoredPair[]; eligible: number } {
  const { best, eligible } = topScored(pledges, k, (pledge) => scoreValue(need.facts, pledge.facts, weights));
  return { best: best.map(({ item }) => explained(need, item, weights)), eligible };
}

/** The k best eligible needs for a pledge, as `bestPledges`. */
export function bestNeeds(pledge: PledgeEntry, needs: readonly NeedEntry[], weights: ScoringWeights, k: number): { best: ScoredPair[]; eligible: number } {
  const { best, eligible } = topScored(needs, k, (need) => scoreValue(need.facts, pledge.facts, weights));
  return { best: best.map(({ item }) => explained(item, pledge, weights)), eligible };
}

function explained(need: NeedEntry, pledge: PledgeEntry, weights: ScoringWeights): ScoredPair {
  const result = scorePair(need.facts, pledge.facts, weights);
  return { need, pledge, score: result.score, components: result.components };
}

/** A roundtable's weights, or the defaults; stored weights are keyed by component. */
export function weightsOf(roundtable: Event | null | undefined): ScoringWeights {
  const stored = roundtable?.scoringWeights;
  if (!stored) return DEFAULT_WEIGHTS;
  return Object.fromEntries(Object.values(ScoreComponent).map((c) => [c, stored[c] ?? DEFAULT_WEIGHTS[c]])) as ScoringWeights;
}

function checkPage(first: number, offset: number): void {
  if (first < 1 || first > MAX_SUGGESTIONS_PAGE) throw invalidInput('first', `from 1 to ${MAX_SUGGESTIONS_PAGE}`);
  if (offset < 0) throw invalidInput('offset', 'must not be negative');
}

export class SuggestionService {
  constructor(private readonly ctx: Context) {}

  async roundtableWeights(roundtableId: string | undefined): Promise<ScoringWeights> {
    if (!roundtableId) return DEFAULT_WEIGHTS;
    const event = await this.ctx.em.findOne(Event, { id: idOf('Event', roundtableId, 'roundtableId') });
    if (!event) throw notFound('Event', roundtableId, 'roundtableId');
    return weightsOf(event);
  }

  async pledgesFor(needId: string, first: number, offset: number, roundtableId?: string): Promise<PledgeSuggestionPage> {
    checkPage(first, offset);
    const need = await new CountryNeedService(this.ctx).find(needId);
    if (!need) throw notFound('CountryNeed', needId, 'needId');
    const [entry] = await needFacts(this.ctx, sql('n.id = ?', [need.id]));
    const index = await pledgeIndex(this.ctx);
    const { best, eligible } = bestPledges(entry!, candidatesFor(index, entry!.facts), await this.roundtableWeights(roundtableId), offset + first);
    const page = best.slice(offset);
    const pledges = await Promise.all(page.map((p) => this.ctx.loaders.byId(Pledge, p.pledge.id)));
    return {
      nodes: page.flatMap((p, i) => (pledges[i] ? [{ pledge: pledges[i], score: p.score, components: [...p.components], remainingUsd: usd(p.pledge.facts.remainingUsd) }] : [])),
      totalCount: eligible,
      hasNextPage: offset + first < eligible,
    };
  }

  async needsFor(pledgeId: string, first: number, offset: number, roundtableId?: string): Promise<NeedSuggestionPage> {
    checkPage(first, offset);
    const id = idOf('Pledge', pledgeId, 'pledgeId');
    const pledge = (await pledgeIndex(this.ctx)).byId.get(id);
    if (!pledge) throw notFound('Pledge', pledgeId, 'pledgeId');
    const needs = await needFacts(this.ctx, matchableNeed('n'));
    const weights = await this.roundtableWeights(roundtableId);
    const { best, eligible } = bestNeeds(pledge, needs, weights, offset + first);
    const page = best.slice(offset);
    const found = await Promise.all(page.map((p) => this.ctx.loaders.byId(CountryNeed, p.need.id)));
    return {
      nodes: page.flatMap((p, i) => (found[i] ? [{ need: found[i], score: p.score, components: [...p.components], remainingGapUsd: usd(p.need.facts.remainingGapUsd) }] : [])),
      totalCount: eligible,
      hasNextPage: offset + first < eligible,
    };
  }
}
