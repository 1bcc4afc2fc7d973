import { Collection, Reference, type EntityManager } from '@mikro-orm/core';
import type { Viewer } from './viewer.js';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

type Snapshot = Record<string, unknown>;

function plain(value: unknown): unknown {
  if (value instanceof Collection) return value.isInitialized() ? value.getItems().map((i) => (i as { id: number }).id).sort((a, b) => a - b) : undefined;
  if (Reference.isReference(value)) return (value.unwrap() as { id: number }).id;
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number }).id;
  return value ?? null;
}

/** The audited fields of an entity, with relations reduced to their IDs. */
export function snapshot<T extends object>(entity: T, fields: readonly (keyof T & string)[]): Snapshot {
  return Object.fromEntries(fields.map((f) => [f, plain(entity[f])]));
}

export function changesBetween(before: Snapshot, after: Snapshot): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { before: before[key] ?? null, after: after[key] ?? null };
  }
  return changes;
}

/** Writes one change to the trail through the caller's entity manager, so that it commits or rolls back with the change. */
export type AuditTrail = (
  em: EntityManager,
  viewer: Viewer,
  action: string,
  entity: { id: number; constructor: { name: string } },
  changes: FieldChanges,
  reason?: string,
) => void;

let trail: AuditTrail | undefined;

/** The audit feature registers where entries go (audit/audit.service.ts); the core only says what changed. */
export function registerAuditTrail(write: AuditTrail): void {
  trail = write;
}

export const recordAudit: AuditTrail = (...entry) => {
  if (!trail) throw new Error('No audit trail is registered: import server/src/audit/audit.service.ts');
  trail(...entry);
};
