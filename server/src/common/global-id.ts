import { invalidInput } from './errors.js';

export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: number } | undefined {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):(\d{1,15})$/.exec(decoded);
  if (!match) return undefined;
  return { type: match[1]!, id: Number(match[2]) };
}

/** Decodes a global ID that must name the given type; a wrong or malformed ID is a field error. */
export function idOf(type: string, globalId: string, field = 'id'): number {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw invalidInput(field, `is not a ${type} ID`);
  return parsed.id;
}
