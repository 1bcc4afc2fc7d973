import { and, list, or, sql, TRUE, FALSE, type Sql } from './query/sql.js';
import { hasRole, isStaff, type Role, type Viewer } from './viewer.js';

/**
 * Who may see the records of one type, as a condition over a row of its
 * table. It is the only place that decides it: lists, aggregates and exports
 * put it in their WHERE; `node`, finders, relations, loaders and
 * subscriptions ask the loaders, which read every record through it.
 * Rules may nest another type's rule (a report is visible only if its pledge
 * is), so an object never points at one its viewer may not see.
 */
export interface AccessRule {
  readonly table: string;
  /** The rows of `table` (as `alias`) the viewer may see. */
  readonly visible: (viewer: Viewer, alias: string) => Sql;
}

const rules = new Map<string, AccessRule>();

/** Called once at start-up with every type's rule (see server/src/access.ts). */
export function registerAccessRules(byType: Readonly<Record<string, AccessRule>>): void {
  for (const [type, rule] of Object.entries(byType)) rules.set(type, rule);
}

/** The rule of a type; a type without one cannot be read at all, so a forgotten rule fails loudly. */
export function accessRuleOf(type: string): AccessRule {
  const rule = rules.get(type);
  if (!rule) throw new Error(`No access rule is registered for ${type}`);
  return rule;
}

export const hasAccessRule = (type: string) => rules.has(type);

/**
 * Whatever `alias.column` points at (if anything), the viewer may see it: for a rule that follows
 * another type's. Written as "no hidden record is referenced", so that PostgreSQL anti-joins against
 * the few hidden rows (archived members, say) instead of hashing every visible one.
 */
export function visibleThrough(type: string, viewer: Viewer, column: string, alias: string): Sql {
  const target = accessRuleOf(type);
  const inner = `${alias}_${target.table.slice(0, 2)}`;
  const condition = target.visible(viewer, inner);
  if (condition === TRUE) return TRUE;
  if (condition === FALSE) return sql(`${alias}.${column} IS NULL`);
  return sql(`NOT EXISTS (SELECT 1 FROM ${target.table} ${inner} WHERE ${inner}.id = ${alias}.${column} AND NOT COALESCE(${condition.text}, FALSE))`, condition.values);
}

/** `alias.column IN (…the viewer's members…)`, or FALSE for a viewer who represents none. */
export function ofViewersMembers(viewer: Viewer, alias: string, column: string): Sql {
  if (viewer.kind !== 'account' || viewer.memberIds.size === 0) return FALSE;
  const members = list([...viewer.memberIds]);
  return sql(`${alias}.${column} IN (${members.text})`, members.values);
}

export const notArchived = (alias: string): Sql => sql(`${alias}.archived_at IS NULL`);

export const columnIs = (alias: string, column: string, value: string | number | boolean): Sql => sql(`${alias}.${column} = ?`, [value]);

/** Reference data: everyone sees every row. */
export const everyone = (table: string): AccessRule => ({ table, visible: () => TRUE });

/** Staff only (admins and curators). */
export const staffOnly = (table: string): AccessRule => ({ table, visible: (viewer) => (isStaff(viewer) ? TRUE : FALSE) });

/** Curated records anyone may see until archived; archived ones are staff's. */
export const publicUntilArchived = (table: string): AccessRule => ({
  table,
  visible: (viewer, alias) => (isStaff(viewer) ? TRUE : notArchived(alias)),
});

/**
 * The shape of the curated workflow types: staff see everything, the roles
 * given see every record that is not archived, the focal points of the
 * member in `memberColumn` see theirs, and anyone else the records in the
 * public state; never an archived one unless staff.
 */
export function curatedWorkflow(options: {
  table: string;
  publicWhen: (alias: string) => Sql;
  memberColumn: string;
  seeAll?: readonly Role[];
  /** Conditions every visible row meets for non-staff (another type's rule, say). */
  also?: (viewer: Viewer, alias: string) => Sql;
}): AccessRule {
  return {
    table: options.table,
    visible: (viewer, alias) => {
      if (isStaff(viewer)) return TRUE;
      const also = options.also?.(viewer, alias) ?? TRUE;
      if (options.seeAll?.length && hasRole(viewer, ...options.seeAll)) return and([notArchived(alias), also]);
      return and([notArchived(alias), also, or([options.publicWhen(alias), ofViewersMembers(viewer, alias, options.memberColumn)].filter((c) => c !== FALSE))]);
    },
  };
}
