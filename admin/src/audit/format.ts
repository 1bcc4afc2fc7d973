import type { AuditEntry } from './audit.adapter.js';

/** Longer values are cut in the tables; the whole value is in the cell's tooltip. */
export const MAX_VALUE_LENGTH = 80;

/** The record types the API audits, by their GraphQL type name (what `recordType` holds). */
export const recordTypeChoices = [
  { id: 'Member', name: 'Member' },
  { id: 'Pledge', name: 'Pledge' },
  { id: 'Event', name: 'Event' },
  { id: 'Person', name: 'Person' },
  { id: 'WorkingGroup', name: 'Working group' },
  { id: 'WorkingGroupMembership', name: 'Working group membership' },
  { id: 'Pillar', name: 'Pillar' },
  { id: 'Account', name: 'Account' },
  { id: 'ApiToken', name: 'API token' },
  { id: 'ExpressionOfInterest', name: 'Expression of interest' },
  { id: 'ProgressReport', name: 'Progress report' },
  { id: 'ReportingCycle', name: 'Reporting cycle' },
  { id: 'CountryNeed', name: 'Country need' },
  { id: 'Match', name: 'Match' },
];

export const recordTypeName = (type: string) => recordTypeChoices.find((c) => c.id === type)?.name ?? type;

/** The console resource that shows records of a type, when there is one (the viewer's role may still leave it out). */
export const RESOURCE_OF_TYPE: Readonly<Record<string, string>> = {
  Member: 'members',
  Pledge: 'pledges',
  Event: 'events',
  WorkingGroup: 'workingGroups',
  Person: 'people',
  Pillar: 'pillars',
  Account: 'accounts',
  ExpressionOfInterest: 'expressionsOfInterest',
  ProgressReport: 'progressReports',
  ReportingCycle: 'reportingCycles',
  CountryNeed: 'countryNeeds',
};

/** Who made a change: the account's name, else its e-mail address; changes made by the system have no actor. */
export const actorName = (entry: Pick<AuditEntry, 'actor'>) => entry.actor?.displayName || entry.actor?.email || 'system';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export const formatDateTime = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
};

/**
 * A field's JSON value as people read it: text as is, times in local time, lists comma-separated,
 * relations as the IDs the trail keeps. `null` (no value) is the empty string.
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return ISO_DATE_TIME.test(value) ? formatDateTime(value) : value;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map((item) => (item !== null && typeof item === 'object' ? JSON.stringify(item) : formatValue(item))).join(', ') : '(none)';
  return JSON.stringify(value);
}

export const truncate = (text: string, max = MAX_VALUE_LENGTH) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** `estimatedValue` → "Estimated value". */
export const fieldLabel = (field: string) => {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The changes that changed something: a creation also lists the fields it left empty (null before and after). */
export const effectiveChanges = (changes: AuditEntry['changes']) => changes.filter((c) => !(c.before == null && c.after == null));
