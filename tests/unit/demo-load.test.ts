import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '../../server/src/db/orm.js';
import { loadDemoData } from '../../server/src/demo/load-demo-data.js';

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
  const sql = async <T = Record<string, unknown>>(text: string): Promise<T> => (await orm.em.getConnection().execute(text))[0] as T;

  beforeAll(async () => {
    const db = await cloneTemplate();
    drop = db.drop;
    orm = await openOrm(db.url);
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
    orm = await openOrm(db.url);
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
    expect(summary).toMatchObject({ members: 1000, pledges: 6000 });
    expect(steps).toContain('check foreign keys');
    expect((await orm.em.getConnection().execute(schema))[0]).toEqual(before);
    const [{ orphans }] = await orm.em.getConnection().execute(
      `select count(*)::int as orphans from pledge_partner pp left join member m on m.id = pp.member_id where m.id is null`,
    );
    expect(orphans).toBe(0);
  });
});
