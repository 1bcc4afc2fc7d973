import { Decimal } from 'decimal.js';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../common/context.js';
import { conflict, forbidden, invalidInput, invalidState } from '../common/errors.js';
import { assertVersion, findByGlobalIdOrThrow } from '../common/persistence.js';
import { idOf } from '../common/global-id.js';
import { hasRole, isStaff, Role } from '../common/viewer.js';
import { readRows } from '../common/query/read.js';
import { inTransaction } from '../common/transaction.js';
import { and, FALSE, fragment, list, or, sql, type Sql } from '../common/query/sql.js';
import { AuditService, changesBetween, snapshot } from '../audit/audit.service.js';
import { Account } from '../accounts/account.entity.js';
import { Event, EventKind } from '../events/event.entity.js';
import { Pledge, PledgeStatus } from '../pledges/pledge.entity.js';
import { Country } from '../reference/country.entity.js';
import { FocusArea } from '../focus-areas/focus-area.entity.js';
import { ReferenceService } from '../reference/reference.service.js';
import { allocate } from './allocation.js';
import { CountryNeed, CountryNeedStatus } from './country-need.entity.js';
import { candidatesFor, matchableNeed, needFacts, pledgeIndex } from './match-facts.js';
import { COMMITTED, Match, MatchStatus } from './match.entity.js';
import type { AllocationRun, CoverageTotal, NeedCoverage, PledgeAllocation, ScoringWeightsInput } from './matchmaking.types.js';
import { bestPledges, weightsOf, type ScoredPair } from './suggestion.service.js';
import { ScoreComponent } from './scoring.js';

/** The default number of best-scoring candidate pledges per need the allocation chooses among. */
export const CANDIDATES_PER_NEED = 200;

const committed = sql(`(${list(COMMITTED).text})`, COMMITTED);
const share = (part: Decimal, whole: string | null) => (whole && new Decimal(whole).gt(0) ? part.div(whole).toNumber() : null);

export interface RoundtableSettings {
  readonly expectedVersion?: number;
  readonly countryCodes?: string[];
  readonly organizerIds?: string[];
  readonly weights?: ScoringWeightsInput | null;
}

/** A matchmaking roundtable: the needs of its countries, its organizers, its weights, its allocation and coverage. */
export class RoundtableService {
  constructor(private readonly ctx: Context) {}

  private get em() {
    return this.ctx.em;
  }

  async find(id: string, field = 'roundtableId'): Promise<Event> {
    const event = await findByGlobalIdOrThrow(this.em, Event, id, field);
    if (event.kind !== EventKind.MATCHMAKING_ROUNDTABLE) throw invalidInput(field, 'not a matchmaking roundtable');
    return event;
  }

  /** Staff run any roundtable; organizers those they are named for. */
  async assertRuns(event: Event): Promise<void> {
    if (isStaff(this.ctx.viewer)) return;
    const viewer = this.ctx.viewer;
    if (viewer.kind !== 'account' || !hasRole(viewer, Role.ORGANIZER)) throw forbidden();
    await this.em.populate(event, ['organizers']);
    if (!event.organizers.getItems().some((a) => a.id === viewer.accountId)) throw forbidden('Only the roundtable\'s organizers and staff run it');
  }

  async configure(id: string, settings: RoundtableSettings): Promise<Event> {
    const event = await this.find(id, 'id');
    await this.assertRuns(event);
    assertVersion(event, settings.expectedVersion);
    await this.em.populate(event, ['countries', 'organizers']);
    const fields = ['countries', 'organizers', 'scoringWeights'] as const;
    const before = snapshot(event, [...fields]);
    if (settings.countryCodes) event.countries.set(await new ReferenceService(this.em).countries(settings.countryCodes, 'countryCodes'));
    if (settings.organizerIds) {
      if (!isStaff(this.ctx.viewer)) throw forbidden('Only staff name organizers');
      const ids = settings.organizerIds.map((o) => idOf('Account', o, 'organizerIds'));
      const accounts = await this.em.find(Account, { id: { $in: ids }, role: Role.ORGANIZER, archivedAt: null });
      if (accounts.length !== new Set(ids).size) throw invalidInput('organizerIds', 'each must be an active organizer account');
      event.organizers.set(accounts);
    }
    if (settings.weights !== undefined) {
      const w = settings.weights;
      event.scoringWeights = w
        ? {
            [ScoreComponent.GEOGRAPHY]: w.geography,
            [ScoreComponent.FOCUS]: w.focus,
            [ScoreComponent.BENEFICIARIES]: w.beneficiaries,
            [ScoreComponent.MODALITY]: w.modality,
            [ScoreComponent.BUDGET]: w.budget,
            [ScoreComponent.TIME]: w.time,
            [ScoreComponent.PRIORITY]: w.priority,
          }
        : undefined;
      if (w && Object.values(w).every((v) => v === 0)) throw invalidInput('weights', 'at least one weight must be above 0');
    }
    const changes = changesBetween(before, snapshot(event, [...fields]));
    if (Object.keys(changes).length) {
      event.updatedAt = new Date();
      new AuditService(this.em, this.ctx.viewer).record('event.configureRoundtable', event, changes);
    }
    await this.em.flush();
    return event;
  }

  /** The published needs a roundtable matches: those of its countries, and regional needs of its region. */
  needsCondition(event: Event, countryIds: readonly number[]): Sql {
    const places = [
      ...(countryIds.length ? [sql(`n.country_id IN (${list(countryIds).text})`, countryIds)] : []),
      ...(event.region ? [sql('n.region_id = ?', [event.region.id])] : []),
    ];
    if (!places.length) return FALSE;
    return and([matchableNeed('n'), or(places)]);
  }

  private async countryIds(event: Event): Promise<number[]> {
    const rows = await readRows(this.ctx, sql('SELECT country_id FROM event_country WHERE event_id = ? ORDER BY country_id', [event.id]));
    return rows.map((r) => Number(r.country_id));
  }

  /**
   * Runs the allocation over the roundtable's needs, each with its best-scoring eligible pledges, and
   * replaces the roundtable's SUGGESTED matches with the result. Committed matches are left as they are:
   * their amounts are already taken off gaps and capacities.
   *
   * Scoring and solving take seconds, so they run on what was read before, outside any transaction; the
   * result is written in one short transaction that locks the roundtable, refuses it if its settings
   * changed meanwhile, and leaves out needs and pledges no longer published. Amounts are not re-checked:
   * suggestions commit nothing, and accepting one goes through the database's capacity check.
   */
  async allocate(id: string, candidatesPerNeed = CANDIDATES_PER_NEED): Promise<AllocationRun> {
    if (candidatesPerNeed < 1 || candidatesPerNeed > 10_000) throw invalidInput('candidatesPerNeed', 'from 1 to 10000');
    const event = await this.find(id);
    await this.assertRuns(event);
    const settingsVersion = event.version;
    const needs = await needFacts(this.ctx, this.needsCondition(event, await this.countryIds(event)));
    if (!needs.length) throw invalidState('The roundtable has no published needs to allocate to', {});
    const index = await pledgeIndex(this.ctx);
    const weights = weightsOf(event);
    const pairs: ScoredPair[] = [];
    for (const [i, need] of needs.entries()) {
      pairs.push(...bestPledges(need, candidatesFor(index, need.facts), weights, candidatesPerNeed).best);
      // Scoring a thousand needs takes seconds: the process keeps answering its other requests meanwhile.
      if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
    }
    const needPosition = new Map(needs.map((n, i) => [n.id, i]));
    const pledgeIds = [...new Set(pairs.map((p) => p.pledge.id))];
    const pledgePosition = new Map(pledgeIds.map((p, i) => [p, i]));
    const started = performance.now();
    const allocation = await allocate({
      needs: needs.map((n) => ({ gap: n.facts.remainingGapUsd === null ? null : Math.floor(n.facts.remainingGapUsd) })),
      pledges: pledgeIds.map((p) => {
        const remaining = index.byId.get(p)!.facts.remainingUsd;
        return { capacity: remaining === null ? null : Math.floor(remaining) };
      }),
      pairs: pairs.map((p) => ({ need: needPosition.get(p.need.id)!, pledge: pledgePosition.get(p.pledge.id)!, score: p.score })),
    });
    const solveMs = performance.now() - started;

    const matches = await inTransaction(this.ctx, async (em) => {
      const current = await em.findOneOrFail(Event, event.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (current.version !== settingsVersion) {
        throw conflict('The roundtable was changed while the allocation ran; run it again', { currentVersion: current.version });
      }
      const chosen = allocation.matches.map(({ pair, amount }) => ({ pair: pairs[pair]!, amount }));
      const openNeeds = await publishedIds(em, CountryNeed, CountryNeedStatus.PUBLISHED, chosen.map((c) => c.pair.need.id));
      const openPledges = await publishedIds(em, Pledge, PledgeStatus.PUBLISHED, chosen.map((c) => c.pair.pledge.id));
      await em.nativeDelete(Match, { roundtable: event.id, status: MatchStatus.SUGGESTED });
      const createdBy = this.ctx.viewer.kind === 'account' ? em.getReference(Account, this.ctx.viewer.accountId) : undefined;
      const live = new Set(
        (await readRows(this.ctx, fragment`SELECT need_id, pledge_id FROM match WHERE status <> ${sql('?', [MatchStatus.DECLINED])} AND archived_at IS NULL AND need_id IN (${list(needs.map((n) => n.id))})`)).map(
          (r) => `${r.need_id}:${r.pledge_id}`,
        ),
      );
      const created = chosen
        .filter(({ pair }) => openNeeds.has(pair.need.id) && openPledges.has(pair.pledge.id) && !live.has(`${pair.need.id}:${pair.pledge.id}`))
        .map(
          ({ pair, amount }) =>
            new Match({
              need: em.getReference(CountryNeed, pair.need.id),
              pledge: em.getReference(Pledge, pair.pledge.id),
              roundtable: current,
              amountUsd: amount === null ? undefined : new Decimal(amount).toFixed(2),
              score: pair.score,
              components: pair.components,
              status: MatchStatus.SUGGESTED,
              createdBy,
            }),
        );
      em.persist(created);
      await em.flush();
      return created;
    });
    return { matches, financialObjective: allocation.financialObjective, nonFinancialObjective: allocation.nonFinancialObjective, candidatePairs: pairs.length, solveMs };
  }

  async needCoverage(event: Event): Promise<NeedCoverage[]> {
    const condition = this.needsCondition(event, await this.countryIds(event));
    const rows = await readRows(
      this.ctx,
      sql(
        `SELECT n.id, n.gap_usd::text AS gap, coalesce(sum(m.amount_usd), 0)::text AS allocated, count(m.id)::int AS matches
        FROM country_need n LEFT JOIN match m ON m.need_id = n.id AND m.archived_at IS NULL AND m.status IN ${committed.text}
        WHERE ${condition.text} GROUP BY n.id ORDER BY n.id`,
        [...committed.values, ...condition.values],
      ),
    );
    const coverage = await Promise.all(
      rows.map(async (r) => {
        const allocated = new Decimal(r.allocated as string);
        return { need: (await this.ctx.loaders.byId(CountryNeed, Number(r.id)))!, gapUsd: (r.gap as string | null) ?? null, allocatedUsd: allocated.toFixed(2), coverage: share(allocated, r.gap as string | null), matches: r.matches as number };
      }),
    );
    return coverage.filter((c) => c.need !== undefined);
  }

  async pledgeAllocations(event: Event): Promise<PledgeAllocation[]> {
    const rows = await readRows(
      this.ctx,
      sql(
        `SELECT p.id, p.usd_value::text AS value,
          (SELECT coalesce(sum(a.amount_usd), 0) FROM match a WHERE a.pledge_id = p.id AND a.archived_at IS NULL AND a.status IN ${committed.text})::text AS allocated
        FROM pledge p WHERE p.id IN (SELECT m.pledge_id FROM match m WHERE m.event_id = ? AND m.archived_at IS NULL AND m.status <> ?) ORDER BY p.id`,
        [...committed.values, event.id, MatchStatus.DECLINED],
      ),
    );
    const allocations = await Promise.all(
      rows.map(async (r) => {
        const allocated = new Decimal(r.allocated as string);
        return { pledge: (await this.ctx.loaders.byId(Pledge, Number(r.id)))!, valueUsd: (r.value as string | null) ?? null, allocatedUsd: allocated.toFixed(2), share: share(allocated, r.value as string | null) };
      }),
    );
    // A pledge the viewer may not see (its member archived since, say) is left out rather than shown as null.
    return allocations.filter((a) => a.pledge !== undefined);
  }

  async totals(event: Event, by: 'country' | 'focusArea'): Promise<CoverageTotal[]> {
    const condition = this.needsCondition(event, await this.countryIds(event));
    const key = by === 'country' ? 'n.country_id' : 'n.focus_area_id';
    const rows = await readRows(
      this.ctx,
      sql(
        `SELECT ${key} AS k, count(*)::int AS needs, coalesce(sum(n.gap_usd), 0)::text AS gap,
          coalesce(sum((SELECT sum(m.amount_usd) FROM match m WHERE m.need_id = n.id AND m.archived_at IS NULL AND m.status IN ${committed.text})), 0)::text AS allocated
        FROM country_need n WHERE ${condition.text} AND ${key} IS NOT NULL GROUP BY 1 ORDER BY 1`,
        [...committed.values, ...condition.values],
      ),
    );
    return Promise.all(
      rows.map(async (r) => {
        const allocated = new Decimal(r.allocated as string);
        const entity = by === 'country' ? { country: await this.ctx.loaders.byId(Country, Number(r.k)) } : { focusArea: await this.ctx.loaders.byId(FocusArea, Number(r.k)) };
        return { ...entity, needs: r.needs as number, gapUsd: new Decimal(r.gap as string).toFixed(2), allocatedUsd: allocated.toFixed(2), coverage: share(allocated, r.gap as string) };
      }),
    );
  }
}

/** Which of the IDs are of records still in the status, without loading them as entities. */
async function publishedIds(em: EntityManager, entity: typeof CountryNeed | typeof Pledge, status: string, ids: readonly number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await em.createQueryBuilder(entity).select('id').where({ id: { $in: [...new Set(ids)] }, status, archivedAt: null }).execute<{ id: number }[]>('all', false);
  return new Set(rows.map((r) => Number(r.id)));
}
