import type { EventKind, ExpressionOfInterestStatus, NotificationStatus, PledgeStatus, PledgeType, Role, Sector, WorkingGroupRole } from '../gql/graphql.js';

/** Choices for the API's enums, in the order people expect them; a `Record` of every value keeps them in step with the schema. */
export interface Choice<T extends string> {
  id: T;
  name: string;
}

const choices = <T extends string>(names: Record<T, string>): Choice<T>[] =>
  (Object.entries(names) as [T, string][]).map(([id, name]) => ({ id, name }));

export const sectorChoices = choices<Sector>({
  GOVERNMENT: 'Government',
  PRIVATE_SECTOR: 'Private sector',
  ACADEMIA: 'Academia',
  CIVIL_SOCIETY: 'Civil society',
  INTERNATIONAL_ORGANIZATION: 'International or regional organisation',
  UN_AGENCY: 'UN agency',
});

export const pledgeTypeChoices = choices<PledgeType>({
  PROGRAMMATIC: 'Programmatic',
  FINANCIAL: 'Financial',
  POLICY: 'Policy',
  ADVOCACY: 'Advocacy',
});

export const notificationStatusChoices = choices<NotificationStatus>({
  QUEUED: 'Queued',
  SENT: 'Sent',
  FAILED: 'Failed',
});

export const pledgeStatusChoices = choices<PledgeStatus>({
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  CHANGES_REQUESTED: 'Changes requested',
  PUBLISHED: 'Published',
  REJECTED: 'Rejected',
  WITHDRAWN: 'Withdrawn',
});

export const expressionOfInterestStatusChoices = choices<ExpressionOfInterestStatus>({
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
});

export const eventKindChoices = choices<EventKind>({
  CONFERENCE: 'Conference',
  ROUNDTABLE: 'Roundtable',
  MATCHMAKING_ROUNDTABLE: 'Matchmaking roundtable',
  ANNUAL_MEETING: 'Annual meeting',
  LAUNCH: 'Launch',
  WEBINAR: 'Webinar',
  OTHER: 'Other',
});

export const workingGroupRoleChoices = choices<WorkingGroupRole>({
  LEADER: 'Focus-area leader',
  PARTICIPANT: 'Participant',
});

export const roleChoices = choices<Role>({
  ADMIN: 'Admin',
  CURATOR: 'Curator',
  ORGANIZER: 'Organizer',
  PLEDGER: 'Pledger',
});

/** A filter value from the URL, kept only when it is one of the choices. */
export function enumValues<T extends string>(list: readonly Choice<T>[], value: unknown): T[] | undefined {
  const values = (Array.isArray(value) ? value : [value]).flatMap((v) => list.filter((c) => c.id === v).map((c) => c.id));
  return values.length ? values : undefined;
}
