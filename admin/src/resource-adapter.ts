import type { GetListParams, GetListResult, Identifier, RaRecord, SortPayload } from 'react-admin';
import type { SortDirection } from './gql/graphql.js';
import { GraphQLRequestError } from './graphql-client.js';

/**
 * What the data provider needs from one resource: typed operations behind
 * react-admin's method names. Absent methods make the resource read-only.
 */
export interface ResourceAdapter<R extends RaRecord = RaRecord> {
  getList(params: GetListParams): Promise<GetListResult<R>>;
  getOne(id: Identifier): Promise<R>;
  getMany(ids: readonly Identifier[]): Promise<R[]>;
  create?(data: Partial<R>): Promise<R>;
  /** Sends only what changed since `previousData`, with its version for optimistic locking. */
  update?(id: Identifier, data: Partial<R>, previousData: R): Promise<R>;
  /** Archives rather than deletes: the API keeps anything that was ever published. */
  archive?(previousData: R): Promise<R>;
  /**
   * The form sources of the resource's inputs, keyed by the API input field they edit.
   * A validation problem on one of these fields shows on its input; any other becomes a notification.
   */
  readonly inputSources?: Readonly<Record<string, string>>;
}

const MAX_PAGE = 100;

/** The console's page in the API's offset form (pages are at most 100 rows). */
export function pageOf({ pagination }: Pick<GetListParams, 'pagination'>): { first: number; offset: number } {
  const perPage = Math.min(pagination?.perPage ?? 25, MAX_PAGE);
  return { first: perPage, offset: Math.max((pagination?.page ?? 1) - 1, 0) * perPage };
}

/** react-admin's sort as an `orderBy` list, when the resource can sort on that field. */
export function orderOf<F extends string>(sort: SortPayload | undefined, fields: Readonly<Record<string, F>>): { field: F; direction: SortDirection }[] | undefined {
  const field = sort && fields[sort.field];
  return field ? [{ field, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' }] : undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // An input left empty holds null where the record had undefined, or the reverse.
  if ((a === null || a === undefined || a === '') && (b === null || b === undefined || b === '')) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  return false;
}

/** The fields among `keys` whose value in the form differs from the record as loaded. */
export function changedFields<R extends object, K extends keyof R>(data: Partial<R>, previous: R, keys: readonly K[]): Partial<Pick<R, K>> {
  const changed: Partial<Pick<R, K>> = {};
  for (const key of keys) {
    if (key in data && !sameValue(data[key], previous[key])) changed[key] = data[key];
  }
  return changed;
}

/** Nodes of one type from a `nodes(ids)` answer, which may hold nulls for unknown or hidden ids. */
export function nodesOfType<N extends { __typename: string } | null, T extends string>(nodes: readonly N[], typename: T): Extract<N, { __typename: T }>[] {
  return nodes.filter((node): node is Extract<N, { __typename: T }> => node?.__typename === typename);
}

/** `nodes(ids)` takes at most 100 ids at a time. */
export async function inBatches<T>(ids: readonly Identifier[], load: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < ids.length; i += MAX_PAGE) results.push(...(await load(ids.slice(i, i + MAX_PAGE).map(String))));
  return results;
}

/**
 * What a stale `expectedVersion` tells the user, the same on forms, archive and workflow buttons and bulk decisions:
 * someone else changed the record meanwhile (to version `currentVersion`, when the API says).
 */
export function conflictMessage(currentVersion?: number): string {
  const now = currentVersion === undefined ? '' : ` (now version ${currentVersion})`;
  return `This record was changed by someone else${now}: reload it and try again.`;
}

export function notFound(resource: string, id: Identifier): Error {
  return new Error(`No ${resource} with id ${String(id)}, or you may not see it`);
}

/** One page of rows held in the browser: searched (`q`), sorted and paged as react-admin asks. */
export function listInBrowser<R extends RaRecord>(all: readonly R[], { pagination, sort, filter }: GetListParams, searchText: (record: R) => string): GetListResult<R> {
  const q = typeof filter?.q === 'string' ? filter.q.trim().toLowerCase() : '';
  let rows = all.filter((r) => !q || searchText(r).toLowerCase().includes(q));
  if (sort?.field && sort.field !== 'id') {
    const field = sort.field;
    const sign = sort.order === 'DESC' ? -1 : 1;
    rows = [...rows].sort((a, b) => sign * String(a[field] ?? '').localeCompare(String(b[field] ?? ''), undefined, { numeric: true }));
  }
  const perPage = pagination?.perPage ?? rows.length;
  const start = ((pagination?.page ?? 1) - 1) * perPage;
  return { data: rows.slice(start, start + perPage), total: rows.length };
}

export interface StaticAdapter<R extends RaRecord> extends ResourceAdapter<R> {
  /** Has the list loaded again at its next use: another resource changed its rows (pillars, those of the focus areas). */
  forget(): void;
}

/**
 * A read-only adapter over a small list loaded once (countries, focus areas...):
 * searching, sorting and paging happen in the browser.
 */
export function staticAdapter<R extends RaRecord>(load: () => Promise<R[]>, searchText: (record: R) => string): StaticAdapter<R> {
  let cache: Promise<R[]> | undefined;
  const all = () => {
    cache ??= load().catch((error: unknown) => {
      cache = undefined;
      throw error;
    });
    return cache;
  };
  return {
    async getList(params) {
      return listInBrowser(await all(), params, searchText);
    },
    async getOne(id) {
      const found = (await all()).find((r) => r.id === id);
      if (!found) throw notFound('record', id);
      return found;
    },
    async getMany(ids) {
      const rows = await all();
      return ids.flatMap((id) => rows.filter((r) => r.id === id));
    },
    forget() {
      cache = undefined;
    },
  };
}

/** A non-empty text filter, trimmed. */
export function textFilter(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The start of a day (`YYYY-MM-DD`, as date inputs give it) in the browser's time zone, `days` later. */
export function startOfDay(value: unknown, days = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(textFilter(value) ?? '');
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).toISOString() : undefined;
}

/** The record fields among `keys` that the form holds, leaving out empty ones (the API's defaults apply). */
export function presentFields<R extends object, K extends keyof R>(data: Partial<R>, keys: readonly K[]): Partial<Pick<R, K>> {
  const present: Partial<Pick<R, K>> = {};
  for (const key of keys) {
    const value = data[key];
    if (value !== undefined && value !== null && value !== '') present[key] = value;
  }
  return present;
}

/** Checks the fields a create needs, as the API would, so a missing one shows on its input. */
export function requireFields<R extends object, K extends keyof R & string>(data: Partial<R>, keys: readonly K[]): Partial<R> & { [P in K]-?: NonNullable<R[P]> } {
  const missing = keys.filter((key) => data[key] === undefined || data[key] === null || data[key] === '');
  if (missing.length) {
    throw new GraphQLRequestError(`Missing ${missing.join(', ')}`, {
      code: 'BAD_USER_INPUT',
      problems: missing.map((field) => ({ field, message: 'Required' })),
    });
  }
  return data as Partial<R> & { [P in K]-?: NonNullable<R[P]> };
}
