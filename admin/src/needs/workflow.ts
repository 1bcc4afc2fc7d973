import type { NeedAction } from './needs.adapter.js';

/** What the notification says once an action is taken; which actions the viewer may take, the API says. */
export const NEED_ACTION_DONE: Record<NeedAction, string> = {
  submit: 'Need submitted for curation',
  approve: 'Need approved and published: it can be matched',
  requestChanges: 'Need returned to its government',
  reject: 'Need rejected',
  withdraw: 'Need withdrawn',
};
