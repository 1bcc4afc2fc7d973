/** The longest search text considered, and the most terms; the rest is ignored. */
export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_TERMS = 8;

/**
 * A PostgreSQL tsquery from what a person typed: words (letters and digits
 * only, so no tsquery syntax gets through), each a prefix match, all
 * required. Undefined when nothing searchable is left.
 */
export function toPrefixTsQuery(text: string): string | undefined {
  const terms = text
    .slice(0, MAX_SEARCH_LENGTH)
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, MAX_SEARCH_TERMS);
  if (terms.length === 0) return undefined;
  return terms.map((t) => `${t}:*`).join(' & ');
}
