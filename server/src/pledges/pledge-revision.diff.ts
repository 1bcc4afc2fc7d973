import type { FieldChanges } from '../audit/audit-entry.entity.js';

/** The values a proposal would change, in the proposal's own terms (codes, IDs, money): plain data in, plain data out. */
export function proposalChanges(current: Record<string, unknown>, proposal: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, proposed] of Object.entries(proposal)) {
    if (proposed === undefined || field === 'expectedVersion') continue;
    const before = normalise(field, current[field]);
    const after = normalise(field, proposed);
    if (JSON.stringify(before) !== JSON.stringify(after)) changes[field] = { before, after };
  }
  return changes;
}

/** Lists compare as sets; codes regardless of case (IDs are case-sensitive and stay as they are). */
function normalise(field: string, value: unknown): unknown {
  if (Array.isArray(value)) return [...value].map((v) => (typeof v === 'string' && field.endsWith('Codes') ? v.toUpperCase() : v)).sort();
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  return value ?? null;
}
