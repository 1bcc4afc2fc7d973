import type { CountryNeedStatus, NeedPriority } from '../gql/graphql.js';
import { pledgeStatusChoices, type Choice } from '../reference/choices.js';

// Needs are curated as pledges are: the same statuses, named the same.
export const needStatusChoices: Choice<CountryNeedStatus>[] = pledgeStatusChoices;

export const needPriorityChoices: Choice<NeedPriority>[] = [
  { id: 'HIGH', name: 'High' },
  { id: 'MEDIUM', name: 'Medium' },
  { id: 'LOW', name: 'Low' },
];
