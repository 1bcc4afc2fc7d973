import { Decimal } from 'decimal.js';
import type { EntityClass } from '@mikro-orm/core';
import type { Context } from '../context.js';
import { invalidInput } from '../errors.js';
import { SortDirection } from '../pagination.js';
import { whereOf, type ListOptions } from './list.js';
import { readRows } from './read.js';
import { sql, type Sql } from './sql.js';
import type { QuerySpec } from './spec.js';

export const MAX_GROUPS = 1000;

/** A dimension to group by: SQL over the matched rows `f` yielding (id, k), distinct, so a row counts once per group. */
export interface Dimension {
  readonly rows: Sql;
  /** Where the key's value goes in the group's key object. */
  readonly keyField: string;
  /** The entity whose ID `k` is; the group then carries the object, not the ID. */
  readonly entity?: EntityClass<object>;
}

export interface AggregateSpec {
  readonly query: QuerySpec;
  /** Columns of the type's table (alias `a`) the dimensions and measures need, besides `id`. */
  readonly columns: string;
  readonly dimensions: Readonly<Record<string, Dimension>>;
  /** Joins (alias `a` for the type's table) the columns need: one row per row of `a` at most. */
  readonly joins?: string;
  /** The column of `f` summed into `sum` (a money amount), if any. */
  readonly sum?: string;
  /** More columns of `f` summed per group and in total, by name (as the numbers' text). */
  readonly measures?: Readonly<Record<string, string>>;
}

export type GroupOrderField = 'COUNT' | 'SUM' | 'KEY';

export interface GroupRow {
  readonly key: Record<string, unknown>;
  readonly count: number;
  readonly sum: string;
  readonly measures: Record<string, string>;
}

export interface Grouped {
  readonly groups: GroupRow[];
  readonly totalCount: number;
  readonly totalSum: string;
  readonly totalMeasures: Record<string, string>;
}

/** The rows the viewer may see matching the filter and search, as a CTE `f`. */
export function matchedRows(aggregate: AggregateSpec, ctx: Context, options: ListOptions): Sql {
  const { where } = whereOf(aggregate.query, ctx.viewer, options, 'a');
  return sql(`WITH f AS MATERIALIZED (SELECT a.id, ${aggregate.columns} FROM ${aggregate.query.table} a ${aggregate.joins ?? ''} WHERE ${where.text})`, where.values);
}

export const money = (value: unknown) => new Decimal((value as string | null) ?? 0).toFixed(2);

/**
 * Counts (and sums) by one to three dimensions of any type with an
 * aggregate spec: one SQL statement for the groups, one for the distinct
 * totals; key IDs become objects through the request's loaders.
 */
export async function groupBy(
  aggregate: AggregateSpec,
  ctx: Context,
  keys: readonly string[],
  options: ListOptions,
  orderBy: readonly { field: GroupOrderField; direction: SortDirection }[] | undefined,
  first: number,
): Promise<Grouped> {
  if (keys.length === 0 || keys.length > 3) throw invalidInput('groupBy', 'group by one to three keys');
  if (new Set(keys).size !== keys.length) throw invalidInput('groupBy', 'each key at most once');
  if (first < 1 || first > MAX_GROUPS) throw invalidInput('first', `from 1 to ${MAX_GROUPS}`);
  const dimensions = keys.map((key) => {
    const dimension = aggregate.dimensions[key];
    if (!dimension) throw invalidInput('groupBy', `cannot group by ${key}`);
    return dimension;
  });
  const base = matchedRows(aggregate, ctx, options);
  const columns = dimensions.map((_, i) => `d${i}.k`);
  const joins = dimensions.map((d, i) => `JOIN (${d.rows.text}) d${i} ON d${i}.id = f.id`).join('\n');
  const sum = aggregate.sum ? `coalesce(sum(f.${aggregate.sum}), 0)` : '0';
  const measures = Object.entries(aggregate.measures ?? {});
  const measureSums = measures.map(([name, column]) => [name, `coalesce(sum(f.${column}), 0)`] as const);
  const keyNames = dimensions.map((_, i) => `k${i}`);
  const order = (orderBy?.length ? orderBy : [{ field: 'COUNT' as const, direction: SortDirection.DESC }])
    .flatMap((o) => {
      const direction = o.direction === SortDirection.ASC ? 'ASC' : 'DESC';
      if (o.field === 'KEY') return keyNames.map((k) => `${k} ${direction}`);
      if (o.field === 'SUM' && !aggregate.sum) throw invalidInput('orderBy', 'this type has no amount to order by');
      return [`${o.field === 'COUNT' ? 'count' : 'amount'} ${direction}`];
    })
    .concat(keyNames.map((k) => `${k} ASC`))
    .join(', ');
  // One statement: the matched rows are computed once, for the groups and the distinct totals alike.
  const [result] = await readRows(
    ctx,
    sql(
      `${base.text},
      grouped AS (
        SELECT ${columns.map((c, i) => `${c} AS k${i}`).join(', ')}, count(*)::int AS count, ${sum} AS amount
          ${measureSums.map(([name, total]) => `, (${total})::text AS m_${name}`).join('')}
        FROM f ${joins}
        GROUP BY ${columns.join(', ')}
      ),
      page AS (
        SELECT grouped.*, amount::text AS sum, row_number() OVER (ORDER BY ${order}) AS position
        FROM grouped ORDER BY position LIMIT ?
      )
      SELECT (SELECT count(*)::int FROM f) AS total_count, ${aggregate.sum ? `(SELECT (${sum})::text FROM f)` : `'0'`} AS total_sum,
        ${measureSums.map(([name, total]) => `(SELECT (${total})::text FROM f) AS total_m_${name},`).join(' ')}
        (SELECT coalesce(json_agg(page ORDER BY page.position), '[]'::json) FROM page) AS groups`,
      [...base.values, ...dimensions.flatMap((d) => d.rows.values), first],
    ),
  );
  const rows = (result!.groups as Record<string, unknown>[]) ?? [];
  const totals = [{ count: result!.total_count, sum: result!.total_sum }];
  const keyed = await Promise.all(
    rows.map(async (row) => {
      const key: Record<string, unknown> = {};
      let visible = true;
      await Promise.all(
        dimensions.map(async (d, i) => {
          const value = row[`k${i}`];
          key[d.keyField] = d.entity ? await ctx.loaders.byId(d.entity, Number(value)) : value;
          if (d.entity && !key[d.keyField]) visible = false;
        }),
      );
      return visible ? { key, count: row.count as number, sum: money(row.sum), measures: Object.fromEntries(measures.map(([name]) => [name, String(row[`m_${name}`] ?? '0')])) } : undefined;
    }),
  );
  // A group keyed by a record the viewer may not see (an archived partner, say) is left out; the totals still count its rows once.
  const groups = keyed.filter((g) => g !== undefined);
  const totalMeasures = Object.fromEntries(measures.map(([name]) => [name, String(result![`total_m_${name}`] ?? '0')]));
  return { groups, totalCount: totals[0]!.count as number, totalSum: money(totals[0]!.sum), totalMeasures };
}
