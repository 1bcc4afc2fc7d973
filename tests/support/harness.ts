import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../server/src/config.js';
import { startServer, type RunningServer } from '../../server/src/server.js';
import { ensureAdminAccount } from '../../server/src/accounts/account.service.js';
import { GraphQLClient } from './client.js';
import { graphql } from '../gql/index.js';
import { LoginDocument } from '../../admin/src/gql/graphql.js';
import { documentIdOf } from '../../admin/src/graphql-client.js';
import type { Role } from '../gql/graphql.js';

export const ADMIN_EMAIL = 'admin@test.example.org';
export const ADMIN_PASSWORD = 'admin-password-for-tests';
export const PASSWORD = 'a-long-enough-password';

const CreateAccount = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id
      email
      role
    }
  }
`);

/** Tables of data created while testing; reference data and the rows of the template stay. */
const USER_TABLES = [
  'notification', 'invitation', 'password_reset', 'pledge_revision', 'pledge_progress', 'progress_report', 'reporting_cycle',
  'match', 'country_need_beneficiary_group', 'country_need', 'event_country', 'event_organizer', 'audit_entry', 'session', 'api_token', 'account_member', 'account', 'pledge_partner', 'pledge_focus_area', 'pledge_pillar',
  'pledge_country', 'pledge_region', 'pledge_beneficiary_group', 'pledge_sdg', 'pledge', 'expression_of_interest_focus_area',
  'expression_of_interest', 'working_group_membership', 'person', 'member',
];
const TEMPLATE_TABLES = ['event', 'pillar', 'working_group'];

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestApi {
  readonly url: string;
  readonly server: RunningServer;
  readonly anonymous: GraphQLClient;
  /** A client logged in as the admin created on start-up. */
  admin(): Promise<GraphQLClient>;
  /** A new account of the role, logged in; pledgers represent the given members. */
  as(role: Role, options?: { memberIds?: string[] }): Promise<GraphQLClient & { accountId: string; email: string }>;
  login(email: string, password: string): Promise<GraphQLClient>;
  /** Runs SQL on the test database, for checks the API cannot make (nothing written, say). */
  sql<T extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<T[]>;
  /** Back to the state after start-up: no members, pledges or accounts but the admin. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** A real server on its own database cloned from the migrated template, reached over HTTP. */
export async function startTestApi(overrides: Partial<Config> = {}): Promise<TestApi> {
  const template = inject('templateDatabaseUrl');
  const name = `test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: databaseUrl(template, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "p2c_template"`);
  await admin.end();

  const url = databaseUrl(template, name);
  const db = new pg.Pool({ connectionString: url, max: 2 });
  const baseline = new Map<string, number>();
  for (const table of TEMPLATE_TABLES) {
    const { rows } = await db.query(`select coalesce(max(id), 0) as max from "${table}"`);
    baseline.set(table, Number(rows[0].max));
  }

  const config: Config = {
    ...loadConfig(),
    port: 0,
    host: '127.0.0.1',
    databaseUrl: url,
    demoData: false,
    adminEmail: ADMIN_EMAIL,
    adminPassword: ADMIN_PASSWORD,
    // Suites send hundreds of requests a minute from one address; the rate limit test sets its own.
    rateLimits: { anonymousPerMinute: 0, authenticatedPerMinute: 0 },
    ...overrides,
  };
  const server = await startServer(config);
  const anonymous = new GraphQLClient(server.url);
  let adminClient: GraphQLClient | undefined;

  const login = async (email: string, password: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // As the console does, by its registered document: the way in that works whatever TRUSTED_DOCUMENTS says.
      body: JSON.stringify({ documentId: documentIdOf(LoginDocument), variables: { input: { email, password } } }),
    });
    const cookie = response.headers.get('set-cookie');
    const body = (await response.json()) as { errors?: unknown };
    if (!cookie || body.errors) throw new Error(`login failed for ${email}: ${JSON.stringify(body.errors)}`);
    return anonymous.with({ cookie: cookie.split(';')[0]! });
  };

  const api: TestApi = {
    url: server.url,
    server,
    anonymous,
    login,
    async admin() {
      adminClient ??= await login(ADMIN_EMAIL, ADMIN_PASSWORD);
      return adminClient;
    },
    async as(role, options = {}) {
      const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example.org`;
      const created = await (await api.admin()).data(CreateAccount, {
        input: { email, displayName: `Test ${role}`, role, password: PASSWORD, memberIds: options.memberIds },
      });
      const client = await login(email, PASSWORD);
      return Object.assign(client, { accountId: created.createAccount.id, email });
    },
    async sql(text, values) {
      return (await db.query(text, values)).rows;
    },
    async reset() {
      await db.query(`TRUNCATE ${USER_TABLES.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
      for (const [table, max] of baseline) await db.query(`DELETE FROM "${table}" WHERE id > $1`, [max]);
      await db.query(`ALTER SEQUENCE pledge_reference_seq RESTART WITH 1`);
      await ensureAdminAccount(server.database.orm.em.fork(), ADMIN_EMAIL, ADMIN_PASSWORD);
      adminClient = undefined;
    },
    async close() {
      await server.close();
      await db.end();
    },
  };
  return api;
}
