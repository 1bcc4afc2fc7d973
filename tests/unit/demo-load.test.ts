import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createContext } from '../../server/src/common/context.js';
import { toGlobalId } from '../../server/src/common/global-id.js';
import { sql as query } from '../../server/src/common/query/sql.js';
import { ANONYMOUS } from '../../server/src/common/viewer.js';
import { openOrm } from '../../server/src/db/orm.js';
import { ENTITIES } from '../../server/src/entities.js';
import { DEMO_TODAY } from '../../server/src/demo/generator.js';
import { loadDemoData } from '../../server/src/demo/load-demo-data.js';
import { Event, EventKind } from '../../server/src/events/event.entity.js';
import { candidatesFor, needFacts, pledgeIndex } from '../../server/src/matchmaking/match-facts.js';
import { RoundtableService } from '../../server/src/matchmaking/roundtable.service.js';
import { SuggestionService } from '../../server/src/matchmaking/suggestion.service.js';
import { scorePair } from '../../server/src/matchmaking/scoring.js';
import { refreshPledgeProgress } from '../../server/src/reports/pledge-progress.refresh.js';

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A database of its own, cloned from the migrated template with the reference data. */
async function cloneTemplate(): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = inject('templateDatabaseUrl');
  const name = `demo_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: databaseUrl(template, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "p2c_template"`);
  await admin.end();
  return {
    url: databaseUrl(template, name),
    async drop() {
      const client = new pg.Client({ connectionString: databaseUrl(template, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

describe('loading the demo data', () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;
  const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T> =>
    (await orm.em.getConnection().execute(text, params))[0] as T;
  const rows = async <T = Record<string, unknown>>(text: string): Promise<T[]> => (await orm.em.getConnection().execute(text)) as T[];

  beforeAll(async () => {
    const db = await cloneTemplate();
    drop = db.drop;
    orm = await openOrm(db.url, ENTITIES);
  });

  afterAll(async () => {
    await orm?.close(true);
    await drop?.();
  });

  it('rolls back with the caller\'s transaction', async () => {
    await expect(
      orm.em.fork().transactional(async (tx) => {
        await loadDemoData(tx, { members: 20, pledges: 40 });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await sql<{ n: number }>('select count(*)::int as n from member')).toEqual({ n: 0 });
  });

  it('writes the default data set, with the coalition\'s figures', async () => {
    const summary = await loadDemoData(orm.em.fork());
    expect(summary).toMatchObject({ members: 400, pledges: 850 });
    expect(summary.people).toBeGreaterThanOrEqual(400);
    expect(Number(summary.totalUsd)).toBeGreaterThan(30e9);
    expect(Number(summary.totalUsd)).toBeLessThan(45e9);

    const counts = await sql<Record<string, number>>(`select
      (select count(*)::int from member) as members,
      (select count(*)::int from person) as people,
      (select count(*)::int from pledge) as pledges,
      (select count(*)::int from pledge where reference is not null) as referenced,
      (select max(reference) from pledge) as max_reference,
      (select count(*)::int from pledge_focus_area) as focus_areas,
      (select count(*)::int from pledge p where not exists (select 1 from pledge_sdg s where s.pledge_id = p.id)) as without_sdg,
      (select sum(usd_value)::text from pledge) as total`);
    expect(counts).toMatchObject({ members: 400, people: summary.people, pledges: 850, without_sdg: 0, total: summary.totalUsd });
    expect(counts.max_reference).toBe(counts.referenced);
    expect(counts.focus_areas).toBeGreaterThanOrEqual(850);

    // New references continue after the demo ones.
    const next = await sql<{ n: string }>(`select nextval('pledge_reference_seq')::text as n`);
    expect(Number(next.n)).toBe(counts.max_reference! + 1);
  });

  it('writes the reporting cycles, the last one open', async () => {
    const cycles = await rows<{ year: number; open: boolean; due_on: string }>(
      `select year, closed_at is null as open, to_char(due_on, 'YYYY-MM-DD') as due_on from reporting_cycle order by year`,
    );
    expect(cycles.map((c) => [c.year, c.open])).toEqual([[2022, false], [2023, false], [2024, false], [2025, true]]);
    expect(cycles.at(-1)!.due_on > DEMO_TODAY).toBe(true);
  });

  it('writes progress reports that add up', async () => {
    const checks = await sql<Record<string, number>>(`select
      (select count(*)::int from progress_report) as reports,
      (select count(*)::int from progress_report r join pledge p on p.id = r.pledge_id where p.status <> 'PUBLISHED' or p.published_at > (select opened_at from reporting_cycle c where c.year = r.year)) as not_owed,
      (select count(*)::int from progress_report r, unnest(r.target_codes) t where t not in (select code from connectivity_target)) as unknown_targets,
      (select count(*)::int from progress_report r, jsonb_each_text(r.reach_by_group) g
        where g.value::int > r.people_reached
           or not exists (select 1 from pledge_beneficiary_group b where b.pledge_id = r.pledge_id and b.beneficiary_group_id = g.key::int)) as bad_groups,
      (select count(*)::int from (select r.pledge_id from progress_report r join pledge p on p.id = r.pledge_id
         group by r.pledge_id, p.amount having sum(r.amount_disbursed) > coalesce(p.amount, 0)) x) as overspent,
      (select count(*)::int from progress_report r join pledge p on p.id = r.pledge_id where r.people_reached > p.target_beneficiaries) as over_target`);
    expect(checks).toEqual({ reports: checks.reports, not_owed: 0, unknown_targets: 0, bad_groups: 0, overspent: 0, over_target: 0 });
    expect(checks.reports).toBeGreaterThan(1000);

    // The service's rule: the rate in force on the year's last day, or on the day the amount was written if earlier.
    const usd = await sql<{ amounts: number; wrong: number }>(`
      select count(*)::int as amounts, count(*) filter (where (r.disbursed_usd, r.rate_date) is distinct from
          (case when c.code = 'USD' then r.amount_disbursed else round(r.amount_disbursed * x.usd_per_unit, 2) end,
           case when c.code = 'USD' then d.day else x.valid_from end))::int as wrong
        from progress_report r join currency c on c.id = r.currency_id
        cross join lateral (select least(make_date(r.year, 12, 31), (coalesce(r.submitted_at, r.updated_at) at time zone 'UTC')::date) as day) d
        left join lateral (select e.valid_from, e.usd_per_unit from exchange_rate e
          where e.currency_id = r.currency_id and e.valid_from <= d.day order by e.valid_from desc limit 1) x on true`);
    expect(usd.amounts).toBeGreaterThan(100);
    expect(usd.wrong).toBe(0);
  });

  it('derives each pledge\'s progress as the report service does', async () => {
    const progress = `select id, latest_report_year, implementation_status, last_reported_at, disbursed_usd::text, people_reached, women_reached, accepted_reports
      from pledge_progress order by id`;
    const loaded = await rows(progress);
    const reported = await rows<{ pledge_id: number }>('select distinct pledge_id from progress_report order by pledge_id');
    expect(loaded.map((r) => r.id)).toEqual(reported.map((r) => r.pledge_id));
    await orm.em.fork().transactional(async (tx) => {
      for (const { pledge_id } of reported) await refreshPledgeProgress(tx, pledge_id);
    });
    expect(await rows(progress)).toEqual(loaded);
  });

  it('has pledges in every state of reporting health', async () => {
    const health = (today: string) =>
      rows<{ health: string; n: number }>(`select p2c_reporting_health(p.status::text, p.published_at, pp.last_reported_at, pp.implementation_status::text, ${today}) as health, count(*)::int as n
        from pledge p left join pledge_progress pp on pp.id = p.id where p.status = 'PUBLISHED' group by 1 order by 1`);
    const onDemoToday = Object.fromEntries((await health(`'${DEMO_TODAY}'::date`)).map((h) => [h.health, h.n]));
    expect(Object.keys(onDemoToday)).toEqual(['CLOSED', 'DUE', 'OVERDUE', 'REPORTED']);
    const published = Object.values(onDemoToday).reduce((a, b) => a + b, 0);
    expect(onDemoToday.REPORTED! / published).toBeGreaterThan(0.3);
    expect(onDemoToday.OVERDUE! / published).toBeGreaterThan(0.15);
    expect(onDemoToday.OVERDUE! / published).toBeLessThan(0.4);
    // The data stay put while the calendar moves on: more are overdue as of the real today.
    const now = Object.fromEntries((await health('current_date')).map((h) => [h.health, h.n]));
    expect(now.OVERDUE).toBeGreaterThanOrEqual(onDemoToday.OVERDUE!);
  });

  it('gives each regional roundtable its countries and their needs', async () => {
    const roundtables = await rows<{ code: string; countries: number; needs: number; published: number; regional: number }>(`
      select e.code,
        (select count(*)::int from event_country ec where ec.event_id = e.id) as countries,
        count(n.id)::int as needs, count(n.id) filter (where n.status = 'PUBLISHED')::int as published, count(n.region_id)::int as regional
      from event e left join country_need n on n.country_id in (select country_id from event_country ec where ec.event_id = e.id) or n.region_id = e.region_id
      where e.kind = 'MATCHMAKING_ROUNDTABLE' group by e.id order by e.start_date`);
    expect(roundtables.map((r) => r.code)).toEqual(['P2C-MMR-2023-PACIFIC', 'P2C-MMR-2023-LLDC', 'P2C-MMR-2023-AFRICA']);
    for (const r of roundtables) {
      expect(r.countries, r.code).toBeGreaterThanOrEqual(6);
      expect(r.countries, r.code).toBeLessThanOrEqual(12);
      expect(r.needs, r.code).toBeGreaterThanOrEqual(40);
      expect(r.needs, r.code).toBeLessThanOrEqual(80);
      expect(r.published / r.needs, r.code).toBeGreaterThan(0.8);
    }
    expect(roundtables.map((r) => r.regional)).toEqual([2, 0, 2]);
    const checks = await sql<Record<string, number>>(`select
      (select count(*)::int from country_need n join pillar p on p.id = n.pillar_id where p.focus_area_id <> n.focus_area_id) as foreign_pillars,
      (select count(*)::int from country_need n join member m on m.id = n.member_id where m.sector <> 'GOVERNMENT' or m.country_id is distinct from n.country_id) as wrong_members,
      (select count(*)::int from country_need where (gap_usd is null) <> (amount is null) or gap_usd < 200000 or gap_usd > 50000000) as bad_gaps,
      (select count(*)::int from country_need n where not exists (select 1 from country_need_beneficiary_group g where g.country_need_id = n.id)) as without_groups,
      (select count(distinct ec.country_id)::int - count(*)::int from event_country ec) as shared_countries`);
    expect(checks).toEqual({ foreign_pillars: 0, wrong_members: 0, bad_gaps: 0, without_groups: 0, shared_countries: 0 });
  });

  it('writes matches of the oldest roundtable within the capacity the trigger guards', async () => {
    const matches = await rows<{ code: string; status: string; n: number }>(
      `select e.code, m.status::text as status, count(*)::int as n from match m join event e on e.id = m.event_id group by 1, 2 order by 1, 2`,
    );
    expect(new Set(matches.map((m) => m.code))).toEqual(new Set(['P2C-MMR-2023-PACIFIC']));
    expect(Object.fromEntries(matches.map((m) => [m.status, m.n]))).toEqual({ PROPOSED: 2, AGREED: 2, IN_IMPLEMENTATION: 3, CLOSED: 2, DECLINED: 1 });
    const checks = await sql<Record<string, number>>(`
      with committed as (select * from match where status in ('PROPOSED', 'AGREED', 'IN_IMPLEMENTATION', 'CLOSED') and archived_at is null)
      select
        (select count(*)::int from (select pledge_id from committed c join pledge p on p.id = c.pledge_id group by pledge_id, p.usd_value having sum(c.amount_usd) > p.usd_value) x) as over_pledged,
        (select count(*)::int from (select need_id from committed c join country_need n on n.id = c.need_id group by need_id, n.gap_usd having sum(c.amount_usd) > n.gap_usd) x) as over_needed,
        (select count(*)::int from match m join pledge p on p.id = m.pledge_id join country_need n on n.id = m.need_id where p.status <> 'PUBLISHED' or n.status <> 'PUBLISHED') as unpublished,
        (select count(*)::int from match where (status = 'DECLINED') <> (status_reason is not null)) as bad_reasons`);
    expect(checks).toEqual({ over_pledged: 0, over_needed: 0, unpublished: 0, bad_reasons: 0 });
    // The trigger guards these rows as it would the API's: no committing more than the pledge is worth.
    await expect(
      sql(`update match m set amount_usd = p.usd_value + 1 from pledge p
        where p.id = m.pledge_id and m.id = (select min(id) from match where status = 'AGREED' and amount_usd is not null)`),
    ).rejects.toThrow(/over-allocated/);
  });

  it('serves suggestions and coverage for the demo roundtables', async () => {
    const ctx = createContext({ em: orm.em.fork(), viewer: ANONYMOUS, requestId: 'demo-load' });
    const needs = await needFacts(ctx, query(`n.status = 'PUBLISHED' AND n.archived_at IS NULL`));
    expect(needs.length).toBeGreaterThan(100);
    const index = await pledgeIndex(ctx);
    const suggested = needs.filter((n) => candidatesFor(index, n.facts).some((p) => scorePair(n.facts, p.facts).eligible));
    expect(suggested.length).toBe(needs.length);

    const events = await ctx.em.find(Event, { kind: EventKind.MATCHMAKING_ROUNDTABLE }, { orderBy: { startDate: 'asc' } });
    const service = new SuggestionService(ctx);
    for (const event of events) {
      const coverage = await new RoundtableService(ctx).needCoverage(event);
      expect(coverage.length, event.code).toBeGreaterThanOrEqual(30);
      const need = coverage.find((c) => c.gapUsd !== null && c.matches === 0)!.need;
      const page = await service.pledgesFor(toGlobalId('CountryNeed', need.id), 5, 0, toGlobalId('Event', event.id));
      expect(page.nodes.length, event.code).toBeGreaterThan(0);
      expect(page.nodes[0]!.score).toBeGreaterThan(0.4);
    }
    const oldest = await new RoundtableService(ctx).needCoverage(events[0]!);
    expect(oldest.filter((c) => Number(c.allocatedUsd) > 0).length).toBeGreaterThanOrEqual(5);
    expect(oldest.every((c) => c.coverage === null || c.coverage <= 1)).toBe(true);
  });

  it('refuses to load twice', async () => {
    await expect(loadDemoData(orm.em.fork(), { members: 10, pledges: 10 })).rejects.toThrow(/not empty/);
  });
});

describe('loading a larger data set', () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await cloneTemplate();
    drop = db.drop;
    orm = await openOrm(db.url, ENTITIES);
  });

  afterAll(async () => {
    await orm?.close(true);
    await drop?.();
  });

  it('drops and restores foreign keys and indexes around the load', async () => {
    const schema = `select
      (select string_agg(conname || ' ' || pg_get_constraintdef(oid), '; ' order by conname) from pg_constraint where connamespace = 'public'::regnamespace) as constraints,
      (select string_agg(indexdef, '; ' order by indexname) from pg_indexes where schemaname = 'public') as indexes`;
    const before = (await orm.em.getConnection().execute(schema))[0];
    const steps: string[] = [];
    const summary = await loadDemoData(orm.em.fork(), { seed: 5, members: 1000, pledges: 6000, onStep: (step) => steps.push(step) });
    expect(summary).toMatchObject({ members: 1000, pledges: 6000, reportingCycles: 4 });
    const [{ reports, progress }] = await orm.em.getConnection().execute(
      `select (select count(*)::int from progress_report) as reports, (select count(distinct pledge_id)::int from progress_report) - (select count(*)::int from pledge_progress) as progress`,
    );
    expect({ reports, progress }).toEqual({ reports: summary.progressReports, progress: 0 });
    expect(steps).toContain('check foreign keys');
    expect((await orm.em.getConnection().execute(schema))[0]).toEqual(before);
    const [{ orphans }] = await orm.em.getConnection().execute(
      `select count(*)::int as orphans from pledge_partner pp left join member m on m.id = pp.member_id where m.id is null`,
    );
    expect(orphans).toBe(0);
  });
});
