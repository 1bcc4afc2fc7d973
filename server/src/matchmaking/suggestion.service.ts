import type { Context } from '../common/context.js';
import { invalidInput, notFound } from '../common/errors.js';
import { idOf } from '../common/global-id.js';
import { sql } from '../common/query/sql.js';
import { Event } from '../events/event.entity.js';
import { Pledge } from '../pledges/pledge.entity.js';
import { CountryNeed } from './country-need.entity.js';
import { CountryNeedService } from './country-need.service.js';
import { candidatesFor, needFacts, pledgeIndex, type NeedEntry, type PledgeEntry } from './match-facts.js';
import type { NeedSuggestionPage, PledgeSuggestionPage } from './matchmaking.types.js';
import { DEFAULT_WEIGHTS, scorePair, ScoreComponent, type ComponentScore, type ScoringWeights } from './scoring.js';

export const MAX_SUGGESTIONS_PAGE = 100;

const usd = (value: number | null) => (value === null ? null : value.toFixed(2));

export interface ScoredPair {
  readonly need: NeedEntry;
  readonly pledge: PledgeEntry;
  readonly score: number;
  readonly components: readonly ComponentScore[];
}

/** The best-scoring eligible pairs first; ties by ID, so that pages are stable. */
export function rank(pairs: ScoredPair[], by: 'need' | 'pledge'): ScoredPair[] {
  return pairs.sort((a, b) => b.score - a.score || a[by].id - b[by].id);
}

/** The eligible pledges of one need, scored. */
export function scoreCandidates(need: NeedEntry, pledges: readonly PledgeEntry[], weights: ScoringWeights): ScoredPair[] {
  const pairs: ScoredPair[] = [];
  for (const pledge of pledges) {
    const result = scorePair(need.facts, pledge.facts, weights);
    if (result.eligible) pairs.push({ need, pledge, score: result.score, components: result.components });
  }
  return pairs;
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
    const ranked = rank(scoreCandidates(entry!, candidatesFor(index, entry!.facts), await this.roundtableWeights(roundtableId)), 'pledge');
    const page = ranked.slice(offset, offset + first);
    const pledges = await Promise.all(page.map((p) => this.ctx.loaders.byId(Pledge, p.pledge.id)));
    return {
      nodes: page.map((p, i) => ({ pledge: pledges[i]!, score: p.score, components: [...p.components], remainingUsd: usd(p.pledge.facts.remainingUsd) })),
      totalCount: ranked.length,
      hasNextPage: offset + first < ranked.length,
    };
  }

  async needsFor(pledgeId: string, first: number, offset: number, roundtableId?: string): Promise<NeedSuggestionPage> {
    checkPage(first, offset);
    const id = idOf('Pledge', pledgeId, 'pledgeId');
    const pledge = (await pledgeIndex(this.ctx)).byId.get(id);
    if (!pledge) throw notFound('Pledge', pledgeId, 'pledgeId');
    const needs = await needFacts(this.ctx, sql(`n.status = 'PUBLISHED' AND n.archived_at IS NULL`));
    const weights = await this.roundtableWeights(roundtableId);
    const pairs = needs.flatMap((need) => scoreCandidates(need, [pledge], weights));
    const ranked = rank(pairs, 'need');
    const page = ranked.slice(offset, offset + first);
    const found = await Promise.all(page.map((p) => this.ctx.loaders.byId(CountryNeed, p.need.id)));
    return {
      nodes: page.map((p, i) => ({ need: found[i]!, score: p.score, components: [...p.components], remainingGapUsd: usd(p.need.facts.remainingGapUsd) })),
      totalCount: ranked.length,
      hasNextPage: offset + first < ranked.length,
    };
  }
}
