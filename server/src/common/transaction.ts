import { UseMiddleware } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from './context.js';

/**
 * How a root mutation uses the database:
 * - `WHOLE`: the resolver runs in one transaction, all of its writes (audit entries, notifications,
 *   outbox rows included) or none;
 * - `OWN_STEPS`: the resolver does slow work (password hashing, a solver, parsing a file) outside
 *   any transaction and opens its own short ones with `inTransaction`, so that no pooled connection
 *   waits on that work.
 */
export enum TransactionMode {
  WHOLE = 'WHOLE',
  OWN_STEPS = 'OWN_STEPS',
}

/** `Type.field` → its mode, so that a test can prove every mutation declares one. */
export const transactionModes = new Map<string, TransactionMode>();

/**
 * Runs `work` in a transaction with `ctx.em` bound to it (a savepoint when one is already open).
 * A request holds its transaction's connection and no other: everything inside goes through
 * `ctx.em` or the `em` given, whose statements carry the transaction context. When it ends, this
 * process's cached reads are dropped so that the request's next reads see its own writes.
 */
export async function inTransaction<T>(ctx: Context, work: (em: EntityManager) => Promise<T>): Promise<T> {
  const outer = ctx.em;
  try {
    return await outer.transactional(async (em) => {
      ctx.em = em;
      return work(em);
    });
  } finally {
    ctx.em = outer;
    ctx.cache?.invalidate();
  }
}

/** Opens the mutation's one transaction; named so that a test can tell it runs after the authorization check. */
async function openMutationTransaction({ context }: { context: Context }, next: () => Promise<unknown>): Promise<unknown> {
  return inTransaction(context, () => next());
}

/**
 * Declares a root mutation's unit of work (as Vendure's `@Transaction()`). Put it above `@Allow`: the
 * decorator nearest the method runs first, and callers who are refused should not take a connection.
 */
export function Transaction(mode: TransactionMode = TransactionMode.WHOLE) {
  return (target: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor): void => {
    transactionModes.set(`${target.constructor.name}.${String(propertyKey)}`, mode);
    if (mode === TransactionMode.WHOLE) UseMiddleware(openMutationTransaction)(target, propertyKey, descriptor as TypedPropertyDescriptor<unknown>);
  };
}
