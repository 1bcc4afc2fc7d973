import { useGetIdentity, usePermissions } from 'react-admin';
import type { Identity, Permissions } from '../authProvider.js';
import type { Role } from '../gql/graphql.js';

export interface Viewer {
  role: Role | undefined;
  memberIds: readonly string[];
  accountId: string | undefined;
}

/** The viewer's role, account and members, for the buttons each of them may use. */
export function useViewer(): Viewer {
  const { permissions } = usePermissions<Permissions>();
  const { identity } = useGetIdentity();
  const id = identity as Identity | undefined;
  return { role: permissions, memberIds: id?.memberIds ?? [], accountId: id ? String(id.id) : undefined };
}
