import { Collection } from '@mikro-orm/core';
import type { EntityClass } from '@mikro-orm/core';
import type { Context } from './context.js';
import type { Curated } from './entities.base.js';
import { changesBetween, recordAudit, snapshot } from './audit-trail.js';
import { assertVersion, findByGlobalIdOrThrow } from './persistence.js';
import { notFound } from './errors.js';
import { idOf } from './global-id.js';
import type { Stateful, Subject, Workflow } from './workflow.js';

/**
 * What every curated record shares: lookup by global ID, optimistic locking,
 * an audit entry in the same transaction as each change, archiving instead
 * of deleting.
 */
export abstract class CuratedService<T extends Curated> {
  protected abstract readonly entity: EntityClass<T>;
  /** The fields whose before and after values go into the audit trail. */
  protected abstract readonly audited: readonly (keyof T & string)[];

  constructor(protected readonly ctx: Context) {}

  protected get em() {
    return this.ctx.em;
  }

  private get action() {
    const name = this.entity.name;
    return name.charAt(0).toLowerCase() + name.slice(1);
  }

  /** The record if it exists and the viewer may see it (its type's access rule), read-only. */
  async find(id: string, field = 'id'): Promise<T | null> {
    return (await this.ctx.loaders.byId(this.entity, idOf(this.entity.name, id, field))) ?? null;
  }

  /** The record to change: NOT_FOUND when it does not exist or the viewer may not see it. */
  async findOrThrow(id: string, field = 'id'): Promise<T> {
    const entity = await findByGlobalIdOrThrow(this.em, this.entity, id, field);
    if (!(await this.ctx.loaders.byId(this.entity, entity.id))) throw notFound(this.entity.name, id, field);
    return entity;
  }

  protected async insert(entity: T): Promise<T> {
    await this.em.persist(entity).flush();
    recordAudit(this.em, this.ctx.viewer, `${this.action}.create`, entity, changesBetween({}, this.snapshot(entity)));
    await this.em.flush();
    return entity;
  }

  /** Applies `change` to the record at the expected version and audits what it changed. */
  protected async modify(id: string, expectedVersion: number | undefined | null, change: (entity: T) => Promise<void> | void, verb = 'update', reason?: string): Promise<T> {
    const entity = await this.findOrThrow(id);
    assertVersion(entity, expectedVersion);
    // A collection not loaded yet would read as empty before the change and as its items after it.
    const unloaded = this.audited.filter((f) => entity[f] instanceof Collection && !(entity[f] as Collection<object>).isInitialized());
    if (unloaded.length) await this.em.populate(entity, unloaded as never);
    const before = this.snapshot(entity);
    await change(entity);
    const changes = changesBetween(before, this.snapshot(entity));
    if (Object.keys(changes).length === 0) return entity;
    recordAudit(this.em, this.ctx.viewer, `${this.action}.${verb}`, entity, changes, reason);
    await this.em.flush();
    return entity;
  }

  /**
   * The one path of every workflow action: the record at the expected version
   * (NOT_FOUND when the viewer may not see it), the workflow's decision on who
   * may take the action and when, `apply` (the entity's own state change)
   * between the workflow's hooks, and the audit entry, in the caller's transaction.
   */
  protected transition<S extends string, A extends string, F extends Subject<T & Stateful<S>>>(
    workflow: Workflow<S, A, T & Stateful<S>, F>,
    id: string,
    action: A,
    options: { expectedVersion?: number | null; reason?: string },
    apply: (subject: F) => Promise<void> | void,
  ): Promise<T> {
    return this.modify(id, options.expectedVersion, async (record) => {
      const subject = await workflow.definition.loadSubject(this.ctx, record as T & Stateful<S>);
      await workflow.take(this.ctx, subject, action, () => apply(subject), options.reason);
    }, action, options.reason);
  }

  archive(id: string, expectedVersion?: number | null): Promise<T> {
    return this.modify(id, expectedVersion, (entity) => entity.archive(), 'archive');
  }

  private snapshot(entity: T) {
    return snapshot(entity, [...this.audited, 'archivedAt' as keyof T & string]);
  }
}
