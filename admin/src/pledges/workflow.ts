import type { PledgeStatus, Role } from '../gql/graphql.js';
import type { PledgeAction } from './pledges.adapter.js';

export interface ActionDescription {
  label: string;
  /** Past tense, for the notification. */
  done: string;
  /** The decision is explained to the pledger. */
  needsReason: boolean;
}

export const ACTIONS: Record<PledgeAction, ActionDescription> = {
  submit: { label: 'Submit', done: 'Pledge submitted for curation', needsReason: false },
  approve: { label: 'Approve', done: 'Pledge approved and published', needsReason: false },
  requestChanges: { label: 'Request changes', done: 'Pledge returned to the pledger', needsReason: true },
  reject: { label: 'Reject', done: 'Pledge rejected', needsReason: true },
  withdraw: { label: 'Withdraw', done: 'Pledge withdrawn', needsReason: true },
};

/**
 * The transitions the API allows from a status to a role (it checks again,
 * including that a pledger represents the lead member).
 */
export function availableActions(status: PledgeStatus, role: Role | undefined): PledgeAction[] {
  const staff = role === 'ADMIN' || role === 'CURATOR';
  const pledger = role === 'PLEDGER';
  switch (status) {
    case 'DRAFT':
    case 'CHANGES_REQUESTED':
      return staff || pledger ? ['submit'] : [];
    case 'SUBMITTED':
      return staff ? ['approve', 'requestChanges', 'reject'] : [];
    case 'PUBLISHED':
      return staff || pledger ? ['withdraw'] : [];
    case 'REJECTED':
    case 'WITHDRAWN':
      return [];
  }
}
