import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  CURATOR = 'CURATOR',
  ORGANIZER = 'ORGANIZER',
  PLEDGER = 'PLEDGER',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do. Anonymous callers have no account and no role.',
  valuesConfig: {
    ADMIN: { description: 'Manages accounts and everything curators can do.' },
    CURATOR: { description: 'Curates submissions and reference data.' },
    ORGANIZER: { description: 'Organises matchmaking roundtables and events.' },
    PLEDGER: { description: 'Focal point of one or more members; manages their pledges and reports.' },
  },
});

export type Viewer =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'account';
      readonly accountId: number;
      readonly role: Role;
      /** Members the account is the focal point of (pledgers only). */
      readonly memberIds: ReadonlySet<number>;
    };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  return viewer.kind === 'account' && roles.includes(viewer.role);
}

export const isStaff = (viewer: Viewer) => hasRole(viewer, Role.ADMIN, Role.CURATOR);

export function representsMember(viewer: Viewer, memberId: number | undefined): boolean {
  return viewer.kind === 'account' && memberId !== undefined && viewer.memberIds.has(memberId);
}
