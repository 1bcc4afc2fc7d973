import type { PledgeAction } from './pledges.adapter.js';

/** What the notification says once an action is taken; which actions the viewer may take, the API says. */
export const PLEDGE_ACTION_DONE: Record<PledgeAction, string> = {
  submit: 'Pledge submitted for curation',
  approve: 'Pledge approved and published',
  requestChanges: 'Pledge returned to the pledger',
  reject: 'Pledge rejected',
  withdraw: 'Pledge withdrawn',
};
