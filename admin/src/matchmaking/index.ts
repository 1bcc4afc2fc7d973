import type { RoundtableRecord } from './roundtables.adapter.js';
import { MatchList } from './MatchList.js';
import { RoundtableBoard } from './RoundtableBoard.js';
import { RoundtableList } from './RoundtableList.js';

export { BoardButton } from './BoardButton.js';
export { SuggestedPledges } from './SuggestedPledges.js';
export { MatchesSection } from './MatchesSection.js';

/** Matchmaking roundtables (events of that kind), each opening on its board: for staff and organizers. */
export const roundtables = {
  list: RoundtableList,
  show: RoundtableBoard,
  edit: undefined,
  create: undefined,
  options: { label: 'Matchmaking' },
  recordRepresentation: (event: RoundtableRecord) => `${event.code}: ${event.name}`,
};

/** Matches of needs with pledges, for every role to follow up (what each may see and do is the API's). */
export const matches = {
  list: MatchList,
  show: undefined,
  edit: undefined,
  create: undefined,
  options: { label: 'Matches' },
};
