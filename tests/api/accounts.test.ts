import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, ADMIN_PASSWORD, PASSWORD, startTestApi, type TestApi } from '../support/harness.js';
import { createMember } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const Viewer = graphql(`
  query Viewer {
    viewer {
      id
      email
      role
      members {
        id
      }
    }
  }
`);

const LoginAttempt = graphql(`
  mutation LoginAttempt($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      account {
        email
      }
    }
  }
`);

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

const CreateToken = graphql(`
  mutation CreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        prefix
        revokedAt
      }
    }
  }
`);

const RevokeToken = graphql(`
  mutation RevokeToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

const Deactivate = graphql(`
  mutation Deactivate($id: ID!) {
    deactivateAccount(id: $id) {
      id
      archivedAt
    }
  }
`);

const UpdateAccount = graphql(`
  mutation UpdateAccountRole($id: ID!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, input: $input) {
      id
      role
    }
  }
`);

const Accounts = graphql(`
  query Accounts {
    accounts(first: 50) {
      totalCount
      nodes {
        email
        role
      }
    }
  }
`);

const ChangePassword = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());
beforeEach(() => api.reset());

describe('accounts and sessions', () => {
  it('log in with e-mail and password into an httpOnly cookie session, and log out', async () => {
    const admin = await api.admin();
    expect((await admin.data(Viewer)).viewer).toMatchObject({ email: ADMIN_EMAIL, role: 'ADMIN' });
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(input: { email: "ADMIN@test.example.org", password: "' + ADMIN_PASSWORD + '" }) { expiresAt } }' }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/p2c_session=.+; .*HttpOnly/i);
    expect(response.headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
    expect(await api.sql('select token_hash from session')).toHaveLength(2);
    expect((await admin.data(Logout)).logout).toBe(true);
    expect((await admin.data(Viewer)).viewer).toBeNull();
    expect(await api.sql('select token_hash from session')).toHaveLength(1);
  });

  it('refuse wrong passwords and unknown e-mails alike', async () => {
    const wrong = await api.anonymous.error(LoginAttempt, { input: { email: ADMIN_EMAIL, password: 'not the password' } });
    const unknown = await api.anonymous.error(LoginAttempt, { input: { email: 'nobody@example.org', password: 'whatever' } });
    expect(wrong).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Wrong e-mail address or password' });
    expect(unknown).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Wrong e-mail address or password' });
    expect((await api.anonymous.data(Viewer)).viewer).toBeNull();
  });

  it('store passwords with argon2id and session tokens hashed', async () => {
    const [row] = await api.sql<{ password_hash: string }>('select password_hash from account');
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    await api.admin();
    const sessions = await api.sql<{ token_hash: string }>('select token_hash from session');
    expect(sessions[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('give frontends bearer API tokens, stored hashed and revocable', async () => {
    const member = await createMember(await api.admin());
    const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
    const { createApiToken } = await pledger.data(CreateToken, { input: { name: 'partner site' } });
    expect(createApiToken.token).toMatch(/^p2c_/);
    expect(createApiToken.apiToken.prefix).toBe(createApiToken.token.slice(0, 10));
    const stored = await api.sql<{ token_hash: string }>('select token_hash from api_token');
    expect(stored[0]!.token_hash).not.toContain(createApiToken.token);

    const script = api.anonymous.with({ authorization: `Bearer ${createApiToken.token}` });
    expect((await script.data(Viewer)).viewer).toMatchObject({ email: pledger.email, role: 'PLEDGER', members: [{ id: member.id }] });

    await pledger.data(RevokeToken, { id: createApiToken.apiToken.id });
    const refused = await script.request(Viewer);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const garbage = await api.anonymous.with({ authorization: 'Bearer p2c_nonsense' }).request(Viewer);
    expect(garbage.status).toBe(401);
  });

  it('let admins deactivate accounts, which ends their sessions and tokens', async () => {
    const admin = await api.admin();
    const curator = await api.as('CURATOR');
    const { createApiToken } = await curator.data(CreateToken, { input: { name: 'script' } });
    await admin.data(Deactivate, { id: curator.accountId });
    expect((await curator.data(Viewer)).viewer).toBeNull();
    expect((await api.anonymous.with({ authorization: `Bearer ${createApiToken.token}` }).request(Viewer)).status).toBe(401);
    expect((await api.anonymous.error(LoginAttempt, { input: { email: curator.email, password: PASSWORD } })).code).toBe('UNAUTHENTICATED');
  });

  it('keep at least one admin, and let only admins manage accounts', async () => {
    const admin = await api.admin();
    const [adminAccount] = await api.sql<{ id: number }>(`select id from account where role = 'ADMIN'`);
    const adminId = Buffer.from(`Account:${adminAccount!.id}`).toString('base64url');
    expect((await admin.error(UpdateAccount, { id: adminId, input: { role: 'CURATOR' } })).code).toBe('FORBIDDEN');
    const curator = await api.as('CURATOR');
    expect((await curator.error(Accounts)).code).toBe('FORBIDDEN');
    expect((await api.anonymous.error(Accounts)).code).toBe('UNAUTHENTICATED');
    expect((await admin.data(Accounts)).accounts.totalCount).toBe(2);
  });

  it('change passwords, ending the other sessions', async () => {
    const curator = await api.as('CURATOR');
    const wrong = await curator.error(ChangePassword, { input: { currentPassword: 'nope', newPassword: 'another-long-password' } });
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await curator.error(ChangePassword, { input: { currentPassword: PASSWORD, newPassword: 'short' } });
    expect(short).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await curator.data(ChangePassword, { input: { currentPassword: PASSWORD, newPassword: 'another-long-password' } })).changePassword).toBe(true);
    expect((await curator.data(Viewer)).viewer).toBeNull();
    const again = await api.login(curator.email, 'another-long-password');
    expect((await again.data(Viewer)).viewer?.email).toBe(curator.email);
  });
});
