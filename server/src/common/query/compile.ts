import { invalidInput } from '../errors.js';
import { idOf } from '../global-id.js';
import type { Viewer } from '../viewer.js';
import { escapeLike } from '../text.js';
import { and, FALSE, list, not, or, sql, TRUE, type Sql } from './sql.js';
import type { CompileContext, ManyField, QuerySpec, ScalarField } from './spec.js';
import { accessRuleOf } from '../access.js';

const MAX_DEPTH = 10;

export function compileContext(viewer: Viewer, path = 'filter'): CompileContext {
  let next = 0;
  const make = (at: string): CompileContext => ({
    viewer,
    path: at,
    alias: () => `t${++next}`,
    at: (segment) => make(`${at}.${segment}`),
  });
  return make(path);
}

type Conditions = Record<string, unknown>;

function present(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** Compiles a filter input over the rows of `alias` into a SQL condition; every value is a parameter. */
export function compileFilter(spec: QuerySpec, alias: string, filter: Conditions | undefined | null, ctx: CompileContext, depth = 0): Sql {
  if (!filter) return TRUE;
  if (depth > MAX_DEPTH) throw invalidInput(ctx.path, `filters may nest at most ${MAX_DEPTH} levels deep`);
  const parts: Sql[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (!present(value)) continue;
    const here = ctx.at(key);
    if (key === 'and') parts.push(and((value as Conditions[]).map((f, i) => compileFilter(spec, alias, f, here.at(String(i)), depth + 1))));
    else if (key === 'or') parts.push(or((value as Conditions[]).map((f, i) => compileFilter(spec, alias, f, here.at(String(i)), depth + 1))));
    else if (key === 'not') parts.push(not(compileFilter(spec, alias, value as Conditions, here, depth + 1)));
    else {
      const field = spec.fields[key];
      if (!field) throw invalidInput(here.path, 'is not a filterable field');
      switch (field.kind) {
        case 'scalar':
          parts.push(compileScalar(`${alias}.${field.column}`, field, spec.name, value as Conditions, here));
          break;
        case 'one':
          parts.push(compileOne(field.target(), `${alias}.${field.column}`, value as Conditions, here, depth));
          break;
        case 'many':
          parts.push(compileMany(field, alias, value as Conditions, here, depth));
          break;
        case 'custom':
          parts.push(field.compile(value as never, alias, here));
          break;
      }
    }
  }
  return and(parts);
}

function onlyIds(filter: Conditions): Conditions | undefined {
  const keys = Object.keys(filter).filter((k) => present(filter[k]));
  return keys.length === 1 && keys[0] === 'id' ? (filter.id as Conditions) : undefined;
}

const ID_FIELD: ScalarField = { kind: 'scalar', column: 'id', type: 'id' };

/** A related record matches only if the viewer may see it: a filter never tells what the viewer cannot read. */
function compileOne(target: QuerySpec, foreignKey: string, filter: Conditions, ctx: CompileContext, depth: number): Sql {
  const t = ctx.alias();
  const visible = accessRuleOf(target.name).visible(ctx.viewer, t);
  const ids = onlyIds(filter);
  if (ids && visible === TRUE) return compileScalar(foreignKey, ID_FIELD, target.name, ids, ctx.at('id'));
  const inner = and([visible, ids ? compileScalar(`${t}.id`, ID_FIELD, target.name, ids, ctx.at('id')) : compileFilter(target, t, filter, ctx, depth + 1)]);
  if (inner === TRUE) return TRUE;
  return sql(`EXISTS (SELECT 1 FROM ${target.table} ${t} WHERE ${t}.id = ${foreignKey} AND ${inner.text})`, inner.values);
}

/**
 * Relations to many compile to uncorrelated `IN` subqueries over the link
 * table: the inner condition only ever names the subquery's own aliases, so
 * PostgreSQL can run it once and hash it instead of probing row by row.
 * The quantifiers range over the related records the viewer may see.
 */
function compileMany(field: ManyField, owner: string, filter: Conditions, ctx: CompileContext, depth: number): Sql {
  const target = field.target();
  const parts: Sql[] = [];
  for (const quantifier of ['some', 'every', 'none'] as const) {
    const condition = filter[quantifier] as Conditions | undefined | null;
    if (!present(condition)) continue;
    const here = ctx.at(quantifier);
    const t = ctx.alias();
    const visible = accessRuleOf(target.name).visible(ctx.viewer, t);
    let select: string;
    let inner: Sql;
    const ids = onlyIds(condition!);
    if ('table' in field.through) {
      const { table, ownerColumn, targetColumn } = field.through;
      const l = ctx.alias();
      if (ids && visible === TRUE) {
        select = `SELECT ${l}.${ownerColumn} FROM ${table} ${l} WHERE`;
        inner = compileScalar(`${l}.${targetColumn}`, ID_FIELD, target.name, ids, here.at('id'));
      } else {
        select = `SELECT ${l}.${ownerColumn} FROM ${table} ${l} JOIN ${target.table} ${t} ON ${t}.id = ${l}.${targetColumn} WHERE`;
        inner = ids ? compileScalar(`${t}.id`, ID_FIELD, target.name, ids, here.at('id')) : compileFilter(target, t, condition, here, depth + 1);
      }
    } else {
      select = `SELECT ${t}.${field.through.foreignKey} FROM ${target.table} ${t} WHERE`;
      inner = compileFilter(target, t, condition, here, depth + 1);
    }
    const matching = quantifier === 'every' ? and([visible, not(inner)]) : and([visible, inner]);
    const subquery = sql(`${select} ${matching.text}`, matching.values);
    parts.push(sql(`${owner}.id ${quantifier === 'some' ? 'IN' : 'NOT IN'} (${subquery.text})`, subquery.values));
  }
  return and(parts);
}

function compileScalar(expression: string, field: ScalarField, typeName: string, conditions: Conditions, ctx: CompileContext): Sql {
  const value = (v: unknown, op: string): unknown => (field.type === 'id' ? idOf(typeName, v as string, ctx.at(op).path) : v);
  const values = (vs: unknown[], op: string) => vs.map((v) => value(v, op));
  const parts: Sql[] = [];
  for (const [op, raw] of Object.entries(conditions)) {
    if (!present(raw)) continue;
    switch (op) {
      case 'eq':
        parts.push(sql(`${expression} = ?`, [value(raw, op)]));
        break;
      case 'ne':
        parts.push(sql(`${expression} IS DISTINCT FROM ?`, [value(raw, op)]));
        break;
      case 'in': {
        const vs = values(raw as unknown[], op);
        parts.push(vs.length ? sql(`${expression} IN (${list(vs).text})`, vs) : FALSE);
        break;
      }
      case 'notIn': {
        const vs = values(raw as unknown[], op);
        if (vs.length) parts.push(sql(`(${expression} IS NULL OR ${expression} NOT IN (${list(vs).text}))`, vs));
        break;
      }
      case 'lt':
        parts.push(sql(`${expression} < ?`, [raw]));
        break;
      case 'lte':
        parts.push(sql(`${expression} <= ?`, [raw]));
        break;
      case 'gt':
        parts.push(sql(`${expression} > ?`, [raw]));
        break;
      case 'gte':
        parts.push(sql(`${expression} >= ?`, [raw]));
        break;
      case 'contains':
        parts.push(sql(`${expression} LIKE ?`, [`%${escapeLike(raw as string)}%`]));
        break;
      case 'containsInsensitive':
        parts.push(sql(`${expression} ILIKE ?`, [`%${escapeLike(raw as string)}%`]));
        break;
      case 'startsWith':
        parts.push(sql(`${expression} LIKE ?`, [`${escapeLike(raw as string)}%`]));
        break;
      case 'startsWithInsensitive':
        parts.push(sql(`${expression} ILIKE ?`, [`${escapeLike(raw as string)}%`]));
        break;
      case 'isNull':
        parts.push(sql(`${expression} IS ${raw ? '' : 'NOT '}NULL`));
        break;
      default:
        throw invalidInput(ctx.at(op).path, 'is not an operator of this field');
    }
  }
  return and(parts);
}
