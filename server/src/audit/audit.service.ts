import { Collection, Reference, type EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../common/viewer.js';
import { Account } from '../accounts/account.entity.js';
import { AuditEntry, type FieldChanges } from './audit-entry.entity.js';

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

/** Writes audit entries through the caller's entity manager, so they commit or roll back with the change. */
export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
  ) {}

  record(action: string, entity: { id: number; constructor: { name: string } }, changes: FieldChanges, reason?: string): void {
    const actor = this.viewer.kind === 'account' ? this.em.getReference(Account, this.viewer.accountId) : undefined;
    this.em.persist(new AuditEntry({ actor, action, entityType: entity.constructor.name, entityId: entity.id, changes, reason }));
  }
}
