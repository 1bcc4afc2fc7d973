import type { AuthProvider, UserIdentity } from 'react-admin';
import { graphql } from './gql/index.js';
import type { Role, ViewerQuery } from './gql/graphql.js';
import { execute, GraphQLRequestError } from './graphql-client.js';

const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      account {
        id
        role
      }
    }
  }
`);

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

const Viewer = graphql(`
  query Viewer {
    viewer {
      id
      email
      displayName
      role
      members {
        id
      }
    }
  }
`);

export type ViewerAccount = NonNullable<ViewerQuery['viewer']>;

export interface Identity extends UserIdentity {
  role: Role;
  email: string;
  memberIds: string[];
}

export type Permissions = Role | undefined;

const viewer = async (): Promise<ViewerAccount | null> => (await execute(Viewer)).viewer ?? null;

export const authProvider: AuthProvider = {
  // react-admin's login form names the field `username`; it holds the e-mail address.
  async login({ username, password }: { username: string; password: string }) {
    try {
      await execute(Login, { input: { email: username, password } });
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code !== 'INTERNAL_SERVER_ERROR') throw new Error(error.message);
      throw error;
    }
  },

  async logout() {
    try {
      await execute(Logout);
    } catch {
      // An expired or missing session is logged out already.
    }
  },

  async checkAuth() {
    if (!(await viewer())) throw new Error('Please log in');
  },

  async checkError(error: unknown) {
    if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') throw new Error('Your session has ended; please log in again');
  },

  async getIdentity(): Promise<Identity> {
    const account = await viewer();
    if (!account) throw new Error('Not logged in');
    return {
      id: account.id,
      fullName: account.displayName,
      email: account.email,
      role: account.role,
      memberIds: account.members?.map((m) => m.id) ?? [],
    };
  },

  async getPermissions(): Promise<Permissions> {
    return (await viewer())?.role;
  },
};

/** Curators and admins curate everything; the other roles see their own part. */
export const isStaff = (role: Permissions) => role === 'ADMIN' || role === 'CURATOR';
