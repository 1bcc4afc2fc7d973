import type { EntityManager } from '@mikro-orm/core';
import { registerAuditTrail, type FieldChanges } from '../common/audit-trail.js';
import type { Viewer } from '../common/viewer.js';
import { Account } from '../accounts/account.entity.js';
import { AuditEntry } from './audit-entry.entity.js';

export { changesBetween, snapshot } from '../common/audit-trail.js';

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

registerAuditTrail((em, viewer, ...entry) => new AuditService(em, viewer).record(...entry));
