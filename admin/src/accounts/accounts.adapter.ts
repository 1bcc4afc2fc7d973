import { graphql } from '../gql/index.js';
import type { AccountRecordFragment } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';
import { changedFields, inBatches, nodesOfType, notFound, pageOf, requireFields, type ResourceAdapter } from '../resource-adapter.js';

graphql(`
  fragment AccountRecord on Account {
    id
    version
    email
    displayName
    role
    lastLoginAt
    archivedAt
    createdAt
    updatedAt
    members {
      id
      name
    }
  }
`);

const List = graphql(`
  query AccountList($first: Int!, $offset: Int!) {
    accounts(first: $first, offset: $offset) {
      totalCount
      nodes {
        ...AccountRecord
      }
    }
  }
`);

const One = graphql(`
  query AccountOne($id: ID!) {
    account(id: $id) {
      ...AccountRecord
    }
  }
`);

const Many = graphql(`
  query AccountMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ...AccountRecord
    }
  }
`);

const Create = graphql(`
  mutation AccountCreate($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...AccountRecord
    }
  }
`);

const Update = graphql(`
  mutation AccountUpdate($id: ID!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, input: $input) {
      ...AccountRecord
    }
  }
`);

const Deactivate = graphql(`
  mutation AccountDeactivate($id: ID!, $expectedVersion: Int) {
    deactivateAccount(id: $id, expectedVersion: $expectedVersion) {
      ...AccountRecord
    }
  }
`);

/**
 * An account as the console edits it: the members it represents as the IDs the inputs take, and a password
 * that only the form holds (the API never returns one).
 */
export type AccountRecord = AccountRecordFragment & { memberIds: string[]; password?: string | null };

const toRecord = (account: AccountRecordFragment): AccountRecord => ({ ...account, memberIds: account.members?.map((m) => m.id) ?? [] });

/** Only pledgers represent members: with another role, the links the form may still hold are dropped. */
const withMembersOfRole = (data: Partial<AccountRecord>): Partial<AccountRecord> => ({ ...data, memberIds: data.role === 'PLEDGER' ? (data.memberIds ?? []) : [] });

const EDITABLE = ['displayName', 'role', 'memberIds', 'password'] as const;

// Admins only: the API refuses every other role, so the console registers the resource for admins only.
export const accounts: ResourceAdapter<AccountRecord> = {
  // The API lists accounts by e-mail address and has no filters for them.
  async getList(params) {
    const { accounts } = await execute(List, pageOf(params));
    return { data: accounts.nodes.map(toRecord), total: accounts.totalCount };
  },
  async getOne(id) {
    const { account } = await execute(One, { id: String(id) });
    if (!account) throw notFound('account', id);
    return toRecord(account);
  },
  getMany: (ids) => inBatches(ids, async (batch) => nodesOfType((await execute(Many, { ids: batch })).nodes, 'Account').map(toRecord)),
  async create(data) {
    const input = requireFields(withMembersOfRole(data), ['email', 'displayName', 'role', 'password']);
    const { createAccount } = await execute(Create, {
      input: { email: input.email, displayName: input.displayName, role: input.role, password: input.password, memberIds: input.memberIds },
    });
    return toRecord(createAccount);
  },
  async update(id, data, previous) {
    const input = { ...changedFields(withMembersOfRole(data), previous, EDITABLE), expectedVersion: previous.version };
    return toRecord((await execute(Update, { id: String(id), input })).updateAccount);
  },
  // Deactivation is the accounts' archive: it sets `archivedAt`, ends the sessions and revokes the tokens.
  async archive(previous) {
    return toRecord((await execute(Deactivate, { id: previous.id, expectedVersion: previous.version })).deactivateAccount);
  },
  inputSources: Object.fromEntries(['email', ...EDITABLE].map((field) => [field, field])),
};
