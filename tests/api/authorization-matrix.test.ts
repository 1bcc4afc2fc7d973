import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  astFromValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  print,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestApi, type TestApi } from '../support/harness.js';
import { createMember, createPledge, createPublishedPledge } from '../support/factories.js';
import { GraphQLClient } from '../support/client.js';
import { buildApiSchema } from '../../server/src/schema.js';
import { graphql } from '../gql/index.js';

type RoleName = 'anonymous' | 'pledgerA' | 'pledgerB' | 'organizer' | 'curator' | 'admin';
const ROLES: RoleName[] = ['anonymous', 'pledgerA', 'pledgerB', 'organizer', 'curator', 'admin'];

const ANYONE: RoleName[] = ROLES;
const LOGGED_IN: RoleName[] = ['pledgerA', 'pledgerB', 'organizer', 'curator', 'admin'];
const STAFF: RoleName[] = ['curator', 'admin'];
const ADMIN: RoleName[] = ['admin'];
const PLEDGERS_AND_STAFF: RoleName[] = ['pledgerA', 'pledgerB', 'curator', 'admin'];
const ORGANIZERS_AND_STAFF: RoleName[] = ['organizer', 'curator', 'admin'];

/**
 * Who may call each root field, written down here, apart from the code, so
 * that a change of rule is a change of this table too. Record-level rules
 * (a pledger and another member's pledge) are checked further down.
 */
const MATRIX: Record<string, RoleName[]> = {
  'Query.node': ANYONE,
  'Query.nodes': ANYONE,
  'Query.viewer': ANYONE,
  'Query.accounts': ADMIN,
  'Query.account': ADMIN,
  'Query.countries': ANYONE,
  'Query.country': ANYONE,
  'Query.regions': ANYONE,
  'Query.currencies': ANYONE,
  'Query.currency': ANYONE,
  'Query.sdgs': ANYONE,
  'Query.beneficiaryGroups': ANYONE,
  'Query.focusAreas': ANYONE,
  'Query.focusArea': ANYONE,
  'Query.pillar': ANYONE,
  'Query.pledges': ANYONE,
  'Query.pledge': ANYONE,
  'Query.pledgeByReference': ANYONE,
  'Query.members': ANYONE,
  'Query.member': ANYONE,
  'Query.memberGroups': ANYONE,
  'Query.people': LOGGED_IN,
  'Query.person': LOGGED_IN,
  'Query.workingGroups': ANYONE,
  'Query.workingGroup': ANYONE,
  'Query.events': ANYONE,
  'Query.event': ANYONE,
  'Query.pledgeStats': ANYONE,
  'Query.pledgeGroups': ANYONE,
  'Query.pledgeTimeSeries': ANYONE,
  'Query.auditEntries': STAFF,
  'Query.expressionsOfInterest': STAFF,
  'Query.expressionOfInterest': STAFF,
  'Query.notifications': STAFF,
  'Query.pledgeRevisions': PLEDGERS_AND_STAFF,
  'Query.progressReports': ANYONE,
  'Query.progressReport': ANYONE,
  'Query.connectivityTargets': ANYONE,
  'Query.reportingCycles': ANYONE,
  'Query.countryNeeds': ANYONE,
  'Query.countryNeed': ANYONE,
  'Query.matches': LOGGED_IN,
  'Query.suggestedPledges': LOGGED_IN,
  'Query.suggestedNeeds': LOGGED_IN,
  'Mutation.login': ANYONE,
  'Mutation.logout': ANYONE,
  'Mutation.changePassword': LOGGED_IN,
  'Mutation.requestPasswordReset': ANYONE,
  'Mutation.resetPassword': ANYONE,
  'Mutation.createAccount': ADMIN,
  'Mutation.updateAccount': ADMIN,
  'Mutation.deactivateAccount': ADMIN,
  'Mutation.createApiToken': LOGGED_IN,
  'Mutation.revokeApiToken': LOGGED_IN,
  'Mutation.createPillar': STAFF,
  'Mutation.updatePillar': STAFF,
  'Mutation.archivePillar': STAFF,
  'Mutation.createPledge': PLEDGERS_AND_STAFF,
  'Mutation.updatePledge': PLEDGERS_AND_STAFF,
  'Mutation.archivePledge': STAFF,
  'Mutation.submitPledge': PLEDGERS_AND_STAFF,
  'Mutation.approvePledge': STAFF,
  'Mutation.requestPledgeChanges': STAFF,
  'Mutation.rejectPledge': STAFF,
  'Mutation.withdrawPledge': PLEDGERS_AND_STAFF,
  'Mutation.approvePledges': STAFF,
  'Mutation.rejectPledges': STAFF,
  'Mutation.requestChangesToPledges': STAFF,
  'Mutation.importPledges': STAFF,
  'Mutation.createMember': STAFF,
  'Mutation.updateMember': STAFF,
  'Mutation.archiveMember': STAFF,
  'Mutation.createPerson': STAFF,
  'Mutation.updatePerson': STAFF,
  'Mutation.archivePerson': STAFF,
  'Mutation.createWorkingGroup': STAFF,
  'Mutation.updateWorkingGroup': STAFF,
  'Mutation.archiveWorkingGroup': STAFF,
  'Mutation.addWorkingGroupMember': STAFF,
  'Mutation.updateWorkingGroupMembership': STAFF,
  'Mutation.archiveWorkingGroupMembership': STAFF,
  'Mutation.createEvent': ORGANIZERS_AND_STAFF,
  'Mutation.updateEvent': ORGANIZERS_AND_STAFF,
  'Mutation.archiveEvent': ORGANIZERS_AND_STAFF,
  'Mutation.proposePledgeRevision': PLEDGERS_AND_STAFF,
  'Mutation.acceptPledgeRevision': STAFF,
  'Mutation.rejectPledgeRevision': STAFF,
  'Mutation.submitExpressionOfInterest': ANYONE,
  'Mutation.acceptExpressionOfInterest': STAFF,
  'Mutation.declineExpressionOfInterest': STAFF,
  'Mutation.acceptInvitation': ANYONE,
  'Mutation.createProgressReport': PLEDGERS_AND_STAFF,
  'Mutation.updateProgressReport': PLEDGERS_AND_STAFF,
  'Mutation.submitProgressReport': PLEDGERS_AND_STAFF,
  'Mutation.acceptProgressReport': STAFF,
  'Mutation.returnProgressReport': STAFF,
  'Mutation.archiveProgressReport': STAFF,
  'Mutation.openReportingCycle': STAFF,
  'Mutation.closeReportingCycle': STAFF,
  'Mutation.sendReportingReminders': STAFF,
  'Mutation.createCountryNeed': PLEDGERS_AND_STAFF,
  'Mutation.updateCountryNeed': PLEDGERS_AND_STAFF,
  'Mutation.submitCountryNeed': PLEDGERS_AND_STAFF,
  'Mutation.approveCountryNeed': STAFF,
  'Mutation.requestCountryNeedChanges': STAFF,
  'Mutation.rejectCountryNeed': STAFF,
  'Mutation.withdrawCountryNeed': PLEDGERS_AND_STAFF,
  'Mutation.configureRoundtable': ORGANIZERS_AND_STAFF,
  'Mutation.announcePledge': ORGANIZERS_AND_STAFF,
  // Open to anyone; each event goes only to those who may see its record (tests/api/live.test.ts).
  'Subscription.pledgeAnnounced': ANYONE,
  'Subscription.pledgeTotals': ANYONE,
  'Subscription.matchStatusChanged': ANYONE,
  'Mutation.runAllocation': ORGANIZERS_AND_STAFF,
  'Mutation.proposeMatch': ORGANIZERS_AND_STAFF,
  'Mutation.acceptMatch': ORGANIZERS_AND_STAFF,
  'Mutation.confirmMatch': LOGGED_IN,
  'Mutation.startMatchImplementation': LOGGED_IN,
  'Mutation.closeMatch': LOGGED_IN,
  'Mutation.declineMatch': LOGGED_IN,
};

/** Arguments that must be real for the call to be harmless (a login that works, a password change that does not). */
const OVERRIDES: Record<string, Record<string, unknown>> = {
  'Mutation.login': { input: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD } },
  'Mutation.changePassword': { input: { currentPassword: 'not-the-current-password', newPassword: 'a-new-long-enough-password' } },
};

const MISSING_ID = Buffer.from('Pledge:999999').toString('base64url');

function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type, f.name)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return MISSING_ID;
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'LocalDate':
        return '2024-01-01';
      case 'DateTimeISO':
        return '2024-01-01T00:00:00.000Z';
      case 'Decimal':
        return '1';
      default:
        return /email/i.test(name) ? 'matrix@example.org' : /password/i.test(name) ? 'a-long-enough-password' : 'matrix value';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const parent = kind === 'query' ? 'Query' : 'Mutation';
  const overrides = OVERRIDES[`${parent}.${field.name}`] ?? {};
  const args = field.args
    .filter((a) => isNonNullType(a.type) || overrides[a.name] !== undefined)
    .map((a) => `${a.name}: ${print(astFromValue(overrides[a.name] ?? sample(a.type, a.name), a.type)!)}`);
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `${kind} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
}

let api: TestApi;
let schema: GraphQLSchema;
const clients = {} as Record<RoleName, GraphQLClient>;
const memberIds = {} as Record<'A' | 'B', string>;

/** Role clients use API tokens, so that a `logout` or another session ending on the way changes nothing for the rest. */
async function tokenClient(client: GraphQLClient): Promise<GraphQLClient> {
  const created = await client.data(
    graphql(`
      mutation MatrixToken($input: CreateApiTokenInput!) {
        createApiToken(input: $input) {
          token
        }
      }
    `),
    { input: { name: 'matrix' } },
  );
  return new GraphQLClient(api.url, { authorization: `Bearer ${created.createApiToken.token}` });
}

beforeAll(async () => {
  api = await startTestApi();
  schema = await buildApiSchema();
  const admin = await api.admin();
  memberIds.A = (await createMember(admin, { name: 'Member A' })).id;
  memberIds.B = (await createMember(admin, { name: 'Member B' })).id;
  clients.anonymous = api.anonymous;
  clients.pledgerA = await tokenClient(await api.as('PLEDGER', { memberIds: [memberIds.A] }));
  clients.pledgerB = await tokenClient(await api.as('PLEDGER', { memberIds: [memberIds.B] }));
  clients.organizer = await tokenClient(await api.as('ORGANIZER'));
  clients.curator = await tokenClient(await api.as('CURATOR'));
  clients.admin = await tokenClient(admin);
});
afterAll(() => api?.close());

async function raw(client: GraphQLClient, query: string): Promise<{ code?: string; data?: unknown }> {
  const headers = (client as unknown as { headers: Record<string, string> }).headers;
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { code: body.errors?.[0]?.extensions?.code, data: body.data };
}

describe('the authorization matrix', () => {
  it('names every query, mutation and subscription of the schema, and no other', () => {
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
      ...Object.keys(schema.getSubscriptionType()!.getFields()).map((f) => `Subscription.${f}`),
    ].sort();
    expect(Object.keys(MATRIX).sort()).toEqual(fields);
  });

  it('lets each role call exactly what the matrix says, and nothing else', async () => {
    const outcomes: string[] = [];
    for (const [kind, type] of [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]] as const) {
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        const query = operation(kind, field);
        for (const role of ROLES) {
          const { code } = await raw(clients[role], query);
          const denied = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
          const expected = MATRIX[key]!.includes(role);
          if (denied === expected || code === 'INTERNAL_SERVER_ERROR') outcomes.push(`${key} as ${role}: expected ${expected ? 'allowed' : 'denied'}, got ${code ?? 'data'}`);
        }
      }
    }
    expect(outcomes).toEqual([]);
  });
});

const RecordRules = graphql(`
  query MatrixRecord($id: ID!) {
    pledge(id: $id) {
      id
      statusReason
      pendingRevision {
        id
      }
      possibleDuplicates {
        titleSimilarity
      }
      leadMember {
        people {
          email
        }
      }
    }
  }
`);

const MatrixUpdate = graphql(`
  mutation MatrixUpdate($id: ID!, $input: UpdatePledgeInput!) {
    updatePledge(id: $id, input: $input) {
      id
    }
  }
`);

const MatrixWithdraw = graphql(`
  mutation MatrixWithdraw($id: ID!, $input: PledgeDecisionInput!) {
    withdrawPledge(id: $id, input: $input) {
      id
    }
  }
`);

describe('record-level rules', () => {
  it('keep a member\'s drafts and curation notes to its pledgers and staff', async () => {
    const draft = await createPledge(clients.pledgerA, { leadMemberId: memberIds.A });
    const seen = async (role: RoleName) => (await clients[role].request(RecordRules, { id: draft.id })).data?.pledge;
    expect(await seen('anonymous')).toBeNull();
    expect(await seen('pledgerB')).toBeNull();
    expect(await seen('pledgerA')).toMatchObject({ id: draft.id, possibleDuplicates: null });
    expect(await seen('curator')).toMatchObject({ id: draft.id, possibleDuplicates: [] });
    expect((await clients.pledgerB.error(MatrixUpdate, { id: draft.id, input: { title: 'Taken over by B' } })).code).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect((await clients.pledgerA.data(MatrixUpdate, { id: draft.id, input: { title: 'Edited by A itself' } })).updatePledge.id).toBe(draft.id);
  });

  it('let only the lead member\'s pledgers and staff withdraw a published pledge, and hide curation notes from others', async () => {
    const admin = await api.admin();
    const published = await createPublishedPledge(admin, { leadMemberId: memberIds.A });
    const anonymous = (await clients.anonymous.request(RecordRules, { id: published.id })).data?.pledge;
    expect(anonymous).toMatchObject({ id: published.id, statusReason: null, pendingRevision: null, possibleDuplicates: null, leadMember: { people: null } });
    expect((await clients.pledgerB.request(RecordRules, { id: published.id })).data?.pledge).toMatchObject({ statusReason: null, pendingRevision: null, possibleDuplicates: null });
    expect((await clients.pledgerB.error(MatrixWithdraw, { id: published.id, input: { reason: 'B wants it gone' } })).code).toBe('FORBIDDEN');
    expect((await clients.organizer.error(MatrixWithdraw, { id: published.id, input: { reason: 'Organizer wants it gone' } })).code).toBe('FORBIDDEN');
    expect((await clients.pledgerA.data(MatrixWithdraw, { id: published.id, input: { reason: 'A withdraws its own pledge' } })).withdrawPledge.id).toBe(published.id);
  });
});
