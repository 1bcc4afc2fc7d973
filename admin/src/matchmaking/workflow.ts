import type { MatchAction } from './matches.adapter.js';

/** What the notification says once an action is taken; which actions the viewer may take, the API says. */
export const MATCH_ACTION_DONE: Record<MatchAction, string> = {
  propose: 'Match proposed: the pledger and the country are asked to confirm it',
  confirm: 'Confirmation recorded',
  startImplementation: 'Implementation started',
  close: 'Match closed',
  decline: 'Match declined: its amount is free again',
};
