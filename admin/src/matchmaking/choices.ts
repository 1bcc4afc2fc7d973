import type { MatchStatus, ScoreComponent } from '../gql/graphql.js';
import type { Choice } from '../reference/choices.js';

export const matchStatusChoices: Choice<MatchStatus>[] = [
  { id: 'SUGGESTED', name: 'Suggested' },
  { id: 'PROPOSED', name: 'Proposed' },
  { id: 'AGREED', name: 'Agreed' },
  { id: 'IN_IMPLEMENTATION', name: 'In implementation' },
  { id: 'CLOSED', name: 'Closed' },
  { id: 'DECLINED', name: 'Declined' },
];

/** The parts of a score, in the order the API weighs them, each with a colour of its own in the stacked bars. */
export const SCORE_COMPONENTS: Record<ScoreComponent, { label: string; colour: string }> = {
  GEOGRAPHY: { label: 'Geography', colour: '#1565c0' },
  FOCUS: { label: 'Focus area and pillar', colour: '#2e7d32' },
  BENEFICIARIES: { label: 'Beneficiary groups', colour: '#6a1b9a' },
  MODALITY: { label: 'Modality', colour: '#ef6c00' },
  BUDGET: { label: 'Budget fit', colour: '#00838f' },
  TIME: { label: 'Time overlap', colour: '#795548' },
  PRIORITY: { label: 'Priority', colour: '#c62828' },
};

/** The components in the order above (that of `ScoringWeightsInput`'s fields, lower-cased). */
export const SCORE_COMPONENT_ORDER = Object.keys(SCORE_COMPONENTS) as ScoreComponent[];
