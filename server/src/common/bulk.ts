import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { Context } from './context.js';
import { ErrorCode, invalidInput, toAppError } from './errors.js';

registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'The codes of expected errors, as in `extensions.code`.' });

export const MAX_BULK_ITEMS = 100;

@ObjectType({ description: 'Why one item of a bulk request was not applied; the other items were.' })
export class ItemError {
  @Field(() => ErrorCode)
  code!: ErrorCode;

  @Field()
  message!: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, when there is one.' })
  field!: string | null;
}

export interface ItemOutcome<T> {
  id: string;
  result: T | null;
  error: ItemError | null;
}

/**
 * Applies `apply` to each ID in a savepoint of the request's transaction: an
 * item that fails with an expected error is rolled back alone and reported,
 * the others are kept. An unexpected error (a bug, the database gone) fails
 * the whole request, and its transaction with it.
 */
export async function eachInSavepoint<T>(ctx: Context, ids: readonly string[], apply: (id: string) => Promise<T>): Promise<ItemOutcome<T>[]> {
  if (ids.length === 0 || ids.length > MAX_BULK_ITEMS) throw invalidInput('items', `give from 1 to ${MAX_BULK_ITEMS} items`);
  if (new Set(ids).size !== ids.length) throw invalidInput('items', 'each item at most once');
  const outcomes: ItemOutcome<T>[] = [];
  for (const id of ids) {
    try {
      outcomes.push({ id, result: await inSavepoint(ctx, () => apply(id)), error: null });
    } catch (error) {
      const expected = toAppError(error);
      if (!expected) throw error;
      outcomes.push({ id, result: null, error: { code: expected.code, message: expected.message, field: expected.problems[0]?.field ?? null } });
    }
  }
  return outcomes;
}

/**
 * Runs `apply` in a savepoint of the request's transaction, with `ctx.em` bound to it: what it writes
 * is rolled back when it throws, and kept in the transaction otherwise. `fresh` starts it with an empty
 * identity map, which keeps the cost of each of thousands of savepoints (forking, flushing) from
 * growing with what the ones before it loaded.
 */
export async function inSavepoint<T>(ctx: Context, apply: () => Promise<T>, options: { fresh?: boolean } = {}): Promise<T> {
  const outer = ctx.em;
  try {
    return await outer.transactional(async (em) => {
      ctx.em = em;
      return apply();
    }, { clear: options.fresh ?? false });
  } finally {
    ctx.em = outer;
  }
}
