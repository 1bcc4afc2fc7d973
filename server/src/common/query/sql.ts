import { escapeLike } from '../text.js';

/** A piece of SQL with `?` placeholders and their values, composed without ever inlining a value. */
export interface Sql {
  readonly text: string;
  readonly values: readonly unknown[];
}

export const sql = (text: string, values: readonly unknown[] = []): Sql => ({ text, values });

export const TRUE: Sql = sql('TRUE');
export const FALSE: Sql = sql('FALSE');

export function join(parts: readonly Sql[], separator: string): Sql {
  return { text: parts.map((p) => p.text).join(separator), values: parts.flatMap((p) => p.values) };
}

export function and(parts: readonly Sql[]): Sql {
  const kept = parts.filter((p) => p !== TRUE);
  if (kept.length === 0) return TRUE;
  if (kept.length === 1) return kept[0]!;
  return wrap(join(kept.map(wrap), ' AND '));
}

export function or(parts: readonly Sql[]): Sql {
  if (parts.length === 0) return FALSE;
  if (parts.length === 1) return parts[0]!;
  return wrap(join(parts.map(wrap), ' OR '));
}

export const not = (part: Sql): Sql => sql(`NOT COALESCE(${part.text}, FALSE)`, part.values);

export const wrap = (part: Sql): Sql => (part === TRUE || part === FALSE ? part : sql(`(${part.text})`, part.values));

/** `?, ?, ?` for a list of values. */
export const list = (values: readonly unknown[]): Sql => sql(values.map(() => '?').join(', '), values);

/** Joins fragments written with `${}` holes, keeping every value a parameter. */
export function fragment(strings: TemplateStringsArray, ...parts: (Sql | string)[]): Sql {
  let text = strings[0]!;
  const values: unknown[] = [];
  parts.forEach((part, i) => {
    if (typeof part === 'string') text += part;
    else {
      text += part.text;
      values.push(...part.values);
    }
    text += strings[i + 1]!;
  });
  return { text, values };
}

/** Any of the columns contains the text, ignoring case; the text is literal (LIKE wildcards escaped). */
export function containsInsensitive(alias: string, columns: readonly string[], text: string): Sql {
  const pattern = `%${escapeLike(text.slice(0, 200))}%`;
  return or(columns.map((c) => sql(`${alias}.${c} ILIKE ?`, [pattern])));
}
