import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, type IntrospectionField, type IntrospectionInputObjectType, type IntrospectionObjectType, type IntrospectionQuery, type IntrospectionType, type IntrospectionTypeRef } from 'graphql';
import { startTestApi, type TestApi } from '../support/harness.js';
import type { GraphQLClient } from '../support/client.js';
import { configureRoundtable, createCountryNeed, createEvent, createMember, createPerson, createPillar, createPledge, createProgressReport, createPublishedNeed, createPublishedPledge, openReportingCycle } from '../support/factories.js';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { DEFAULT_QUERY_LIMITS } from '../../server/src/common/query-limits.js';
import { connect, subscribe } from '../support/subscriptions.js';

/**
 * Who sees what, checked from outside through every path the schema serves,
 * against an expectation written here apart from the product's rules. The
 * paths are read off the built schema: every type implementing Node, its
 * finder and its list, and every field of every type that returns one, so a
 * new type, state or relation that nobody wrote an expectation for fails.
 */

const ROLES = ['anonymous', 'pledgerA', 'pledgerB', 'organizerX', 'organizerY', 'curator', 'admin'] as const;
type RoleName = (typeof ROLES)[number];

const isStaff = (r: RoleName) => r === 'curator' || r === 'admin';
const isOrganizer = (r: RoleName) => r === 'organizerX' || r === 'organizerY';

interface Fixture {
  readonly type: string;
  readonly id: string;
  readonly label: string;
  /** The value of its `status` field, if its type has one: states are checked for coverage. */
  readonly status?: string;
  readonly archived?: boolean;
  readonly visibleTo: (role: RoleName) => boolean;
}

interface Result {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function run(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<Result> {
  const res = await fetch(`${client.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...client.headers }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as Result;
}

async function ok(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const result = await run(client, query, variables);
  if (result.errors?.length || !result.data) throw new Error(`${query.slice(0, 80)}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

const REFUSED = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);
const refused = (result: Result) => Boolean(result.errors?.length && result.errors.every((e) => REFUSED.has(e.extensions?.code ?? '')));

function named(ref: IntrospectionTypeRef): { name: string; list: boolean } {
  let list = false;
  let current = ref;
  while (current.kind === 'NON_NULL' || current.kind === 'LIST') {
    if (current.kind === 'LIST') list = true;
    current = (current as { ofType: IntrospectionTypeRef }).ofType;
  }
  return { name: (current as { name: string }).name, list };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

let api: TestApi;
const clients = {} as Record<RoleName, GraphQLClient>;
const fixtures: Fixture[] = [];
let schema: IntrospectionQuery['__schema'];
let types: Map<string, IntrospectionType>;
let nodeTypes: string[];
let matchSetup: { needId: string; pledgeId: string; roundtableId: string } | undefined;
const accountIds = {} as Record<RoleName, string>;

/** Types whose rows outside the fixtures (the template's reference data, events, pillars, working groups) are public. */
const PUBLIC_ELSEWHERE = new Set(['Country', 'Currency', 'Region', 'Sdg', 'BeneficiaryGroup', 'FocusArea', 'ConnectivityTarget', 'Event', 'Pillar', 'WorkingGroup']);

function add(fixture: Fixture): Fixture {
  fixtures.push(fixture);
  return fixture;
}

const byId = () => new Map(fixtures.map((f) => [f.id, f]));

beforeAll(async () => {
  api = await startTestApi({ queryLimits: { ...DEFAULT_QUERY_LIMITS, maxCost: 10_000_000, maxTokens: 50_000, maxAliases: 500, maxDepth: 20 } });
  const admin = await api.admin();
  schema = (await ok(admin, getIntrospectionQuery())).__schema as IntrospectionQuery['__schema'];
  types = new Map(schema.types.map((t) => [t.name, t]));
  nodeTypes = schema.types.filter((t): t is IntrospectionObjectType => t.kind === 'OBJECT' && t.interfaces.some((i) => i.name === 'Node')).map((t) => t.name);

  // Members: A is a government (its needs), B a company; "gone" is archived once its pledge is published.
  const memberA = await createMember(admin, { name: 'Republic of A', sector: 'GOVERNMENT', countryCode: 'KE' });
  const memberB = await createMember(admin, { name: 'B Telecom', sector: 'PRIVATE_SECTOR', countryCode: 'KE' });
  const memberGone = await createMember(admin, { name: 'Gone Networks', sector: 'PRIVATE_SECTOR', countryCode: 'KE' });

  const pledgerA = await api.as('PLEDGER', { memberIds: [memberA.id] });
  const pledgerB = await api.as('PLEDGER', { memberIds: [memberB.id] });
  const organizerX = await api.as('ORGANIZER');
  const organizerY = await api.as('ORGANIZER');
  const curator = await api.as('CURATOR');
  Object.assign(clients, { anonymous: api.anonymous, pledgerA, pledgerB, organizerX, organizerY, curator, admin });
  Object.assign(accountIds, { pledgerA: pledgerA.accountId, pledgerB: pledgerB.accountId, organizerX: organizerX.accountId, organizerY: organizerY.accountId, curator: curator.accountId });
  accountIds.admin = (await ok(admin, '{ viewer { id } }')).viewer.id;
  for (const role of ROLES.filter((r) => r !== 'anonymous')) {
    const id = accountIds[role];
    const organizerAccount = role === 'organizerX' || role === 'organizerY';
    add({ type: 'Account', id, label: `account of ${role}`, visibleTo: (r) => isStaff(r) || r === role || (organizerAccount && isOrganizer(r)) });
  }
  const departed = await api.as('ORGANIZER');
  await ok(admin, 'mutation ($id: ID!) { deactivateAccount(id: $id) { id } }', { id: departed.accountId });
  add({ type: 'Account', id: departed.accountId, label: 'deactivated organizer', archived: true, visibleTo: isStaff });

  const token = (await ok(pledgerA, 'mutation { createApiToken(input: { name: "script" }) { apiToken { id } } }')).createApiToken.apiToken.id;
  add({ type: 'ApiToken', id: token, label: "pledger A's token", visibleTo: (r) => r === 'admin' || r === 'pledgerA' });

  // Roundtables: X organised by organizer X, Y by organizer Y; an archived event.
  const roundtableX = await createEvent(admin, { kind: 'MATCHMAKING_ROUNDTABLE', name: 'Roundtable X', code: 'RT-X' });
  const roundtableY = await createEvent(admin, { kind: 'MATCHMAKING_ROUNDTABLE', name: 'Roundtable Y', code: 'RT-Y' });
  await configureRoundtable(admin, roundtableX.id, { countryCodes: ['KE'], organizerIds: [organizerX.accountId] });
  await configureRoundtable(admin, roundtableY.id, { countryCodes: ['KE'], organizerIds: [organizerY.accountId] });
  add({ type: 'Event', id: roundtableX.id, label: 'roundtable X', visibleTo: () => true });
  add({ type: 'Event', id: roundtableY.id, label: 'roundtable Y', visibleTo: () => true });
  const pastEvent = await createEvent(admin, { name: 'Cancelled forum', code: 'GONE-1' });
  add({ type: 'Event', id: pastEvent.id, label: 'archived event', archived: true, visibleTo: isStaff });

  // Pledges of A in every state, one of B (matched below), one of a member archived later.
  const pledgeOf = (lead: 'A' | 'B' | 'gone', status: string, archived = false) => (r: RoleName) => {
    if (isStaff(r)) return true;
    if (archived || lead === 'gone') return false;
    if (isOrganizer(r) || status === 'PUBLISHED') return true;
    return (r === 'pledgerA' && lead === 'A') || (r === 'pledgerB' && lead === 'B');
  };
  const addPledge = (id: string, lead: 'A' | 'B' | 'gone', status: string, archived = false) =>
    add({ type: 'Pledge', id, label: `${status}${archived ? ' archived' : ''} pledge of ${lead}`, status, archived, visibleTo: pledgeOf(lead, status, archived) });
  const decide = (verb: string, id: string) => ok(admin, `mutation ($id: ID!) { ${verb}(id: $id, input: { reason: "Not for this round." }) { id } }`, { id });
  const submit = (id: string) => ok(admin, 'mutation ($id: ID!) { submitPledge(id: $id) { id } }', { id });

  addPledge((await createPledge(admin, { leadMemberId: memberA.id, title: 'A draft' })).id, 'A', 'DRAFT');
  const submitted = await createPledge(admin, { leadMemberId: memberA.id, title: 'A submitted' });
  await submit(submitted.id);
  addPledge(submitted.id, 'A', 'SUBMITTED');
  const changes = await createPledge(admin, { leadMemberId: memberA.id, title: 'A changes requested' });
  await submit(changes.id);
  await decide('requestPledgeChanges', changes.id);
  addPledge(changes.id, 'A', 'CHANGES_REQUESTED');
  const rejected = await createPledge(admin, { leadMemberId: memberA.id, title: 'A rejected' });
  await submit(rejected.id);
  await decide('rejectPledge', rejected.id);
  addPledge(rejected.id, 'A', 'REJECTED');
  const hiddenPillar = await createPillar(admin, { published: false, name: 'Unpublished pillar' });
  add({ type: 'Pillar', id: hiddenPillar.id, label: 'unpublished pillar', visibleTo: isStaff });
  const published = await createPublishedPledge(admin, { leadMemberId: memberA.id, title: 'A published', partnerIds: [memberB.id, memberGone.id], pillarIds: [hiddenPillar.id], eventId: pastEvent.id });
  const publishedFixture = addPledge(published.id, 'A', 'PUBLISHED');
  const withdrawn = await createPublishedPledge(admin, { leadMemberId: memberA.id, title: 'A withdrawn' });
  const archived = await createPublishedPledge(admin, { leadMemberId: memberA.id, title: 'A archived' });
  const ofGone = await createPublishedPledge(admin, { leadMemberId: memberGone.id, title: 'Published by a member archived since' });
  addPledge(ofGone.id, 'gone', 'PUBLISHED');
  const pledgeB = await createPublishedPledge(admin, { leadMemberId: memberB.id, title: 'B published, matched' });
  const pledgeBFixture = addPledge(pledgeB.id, 'B', 'PUBLISHED');

  // Progress reports on A's published pledge in every state; an archived one; an accepted one on a pledge withdrawn since.
  for (const year of [2022, 2023, 2024, 2025]) await openReportingCycle(admin, year);
  const reportOf = (pledge: Fixture, status: string, archivedReport = false) => (r: RoleName) => {
    if (isStaff(r)) return true;
    if (archivedReport || !pledge.visibleTo(r)) return false;
    return status === 'ACCEPTED' || r === 'pledgerA';
  };
  const report = async (pledgeId: string, year: number, steps: string[]) => {
    const created = await createProgressReport(admin, pledgeId, year);
    for (const step of steps) {
      if (step === 'return') await ok(admin, 'mutation ($id: ID!) { returnProgressReport(id: $id, input: { reason: "Figures missing." }) { id } }', { id: created.id });
      else await ok(admin, `mutation ($id: ID!) { ${step}ProgressReport(id: $id) { id } }`, { id: created.id });
    }
    return created.id;
  };
  const reportStates: [number, string, string[]][] = [[2022, 'DRAFT', []], [2023, 'SUBMITTED', ['submit']], [2024, 'ACCEPTED', ['submit', 'accept']], [2025, 'RETURNED', ['submit', 'return']]];
  for (const [year, status, steps] of reportStates) {
    add({ type: 'ProgressReport', id: await report(published.id, year, steps), label: `${status} report`, status, visibleTo: reportOf(publishedFixture, status) });
  }
  const archivedReport = await report(pledgeB.id, 2024, ['submit', 'accept']);
  await ok(admin, 'mutation ($id: ID!) { archiveProgressReport(id: $id) { id } }', { id: archivedReport });
  add({ type: 'ProgressReport', id: archivedReport, label: 'archived accepted report', status: 'ACCEPTED', archived: true, visibleTo: reportOf(pledgeBFixture, 'ACCEPTED', true) });
  const onWithdrawn = await report(withdrawn.id, 2024, ['submit', 'accept']);
  await decide('withdrawPledge', withdrawn.id);
  const withdrawnFixture = addPledge(withdrawn.id, 'A', 'WITHDRAWN');
  add({ type: 'ProgressReport', id: onWithdrawn, label: 'accepted report on a withdrawn pledge', status: 'ACCEPTED', visibleTo: reportOf(withdrawnFixture, 'ACCEPTED') });
  await ok(admin, 'mutation ($id: ID!) { archivePledge(id: $id) { id } }', { id: archived.id });
  addPledge(archived.id, 'A', 'PUBLISHED', true);
  await ok(admin, 'mutation ($id: ID!) { archiveMember(id: $id) { id } }', { id: memberGone.id });
  await ok(admin, 'mutation ($id: ID!) { archiveEvent(id: $id) { id } }', { id: pastEvent.id });

  add({ type: 'Member', id: memberA.id, label: 'member A', visibleTo: () => true });
  add({ type: 'Member', id: memberB.id, label: 'member B', visibleTo: () => true });
  add({ type: 'Member', id: memberGone.id, label: 'archived member', archived: true, visibleTo: isStaff });

  // Country needs of government A in every state, and an archived one.
  const needOf = (status: string, archivedNeed = false) => (r: RoleName) => {
    if (isStaff(r)) return true;
    if (archivedNeed) return false;
    return isOrganizer(r) || status === 'PUBLISHED' || r === 'pledgerA';
  };
  const needDecision = (verb: string, id: string) => ok(admin, `mutation ($id: ID!) { ${verb}(id: $id, input: { reason: "Needs a clearer scope." }) { id } }`, { id });
  const needSteps: [string, string[]][] = [['DRAFT', []], ['SUBMITTED', ['submit']], ['PUBLISHED', ['submit', 'approve']], ['CHANGES_REQUESTED', ['submit', 'requestCountryNeedChanges']], ['REJECTED', ['submit', 'rejectCountryNeed']], ['WITHDRAWN', ['submit', 'approve', 'withdrawCountryNeed']]];
  for (const [status, steps] of needSteps) {
    const need = await createCountryNeed(admin, { memberId: memberA.id, title: `A need ${status}` });
    for (const step of steps) {
      if (step === 'submit' || step === 'approve') await ok(admin, `mutation ($id: ID!) { ${step}CountryNeed(id: $id) { id } }`, { id: need.id });
      else await needDecision(step, need.id);
    }
    add({ type: 'CountryNeed', id: need.id, label: `${status} need`, status, visibleTo: needOf(status) });
  }
  const archivedNeed = await createPublishedNeed(admin, { memberId: memberA.id, title: 'A need archived' });
  await api.sql('UPDATE country_need SET archived_at = now() WHERE id = $1', [Number(Buffer.from(archivedNeed.id, 'base64url').toString().split(':')[1])]);
  add({ type: 'CountryNeed', id: archivedNeed.id, label: 'archived need', status: 'PUBLISHED', archived: true, visibleTo: needOf('PUBLISHED', true) });

  // Matches at roundtable X between A's published needs and B's pledge, in every state, and an archived one.
  const matchOf = (archivedMatch = false) => (r: RoleName) => {
    if (isStaff(r)) return true;
    if (archivedMatch || r === 'anonymous') return false;
    return isOrganizer(r) || r === 'pledgerA' || r === 'pledgerB';
  };
  const matchSteps: [string, [RoleName, string][]][] = [
    ['SUGGESTED', []],
    ['PROPOSED', []],
    ['AGREED', [['pledgerB', 'confirmMatch'], ['organizerX', 'confirmMatch']]],
    ['IN_IMPLEMENTATION', [['pledgerB', 'confirmMatch'], ['organizerX', 'confirmMatch'], ['admin', 'startMatchImplementation']]],
    ['CLOSED', [['pledgerB', 'confirmMatch'], ['organizerX', 'confirmMatch'], ['admin', 'startMatchImplementation'], ['admin', 'closeMatch']]],
    ['DECLINED', [['admin', 'declineMatch']]],
    ['ARCHIVED', []],
  ];
  const liveNeed = await createPublishedNeed(admin, { memberId: memberA.id, title: 'A need for live updates', modality: 'PROGRAMMATIC', fundingGap: null });
  add({ type: 'CountryNeed', id: liveNeed.id, label: 'published need matched live', status: 'PUBLISHED', visibleTo: needOf('PUBLISHED') });
  matchSetup = { needId: liveNeed.id, pledgeId: pledgeB.id, roundtableId: roundtableX.id };
  for (const [status, steps] of matchSteps) {
    const need = await createPublishedNeed(admin, { memberId: memberA.id, title: `A need matched ${status}`, modality: 'PROGRAMMATIC', fundingGap: null });
    add({ type: 'CountryNeed', id: need.id, label: `published need matched ${status}`, status: 'PUBLISHED', visibleTo: needOf('PUBLISHED') });
    const match = (await ok(admin, 'mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }', { input: { needId: need.id, pledgeId: pledgeB.id, roundtableId: roundtableX.id } })).proposeMatch.id as string;
    for (const [role, verb] of steps) {
      const args = verb === 'declineMatch' ? '(id: $id, input: { reason: "Out of scope." })' : '(id: $id)';
      await ok(clients[role], `mutation ($id: ID!) { ${verb}${args} { id } }`, { id: match });
    }
    const dbId = Number(Buffer.from(match, 'base64url').toString().split(':')[1]);
    if (status === 'SUGGESTED') await api.sql("UPDATE match SET status = 'SUGGESTED' WHERE id = $1", [dbId]);
    if (status === 'ARCHIVED') await api.sql('UPDATE match SET archived_at = now() WHERE id = $1', [dbId]);
    const archivedMatch = status === 'ARCHIVED';
    add({ type: 'Match', id: match, label: `${status} match`, status: archivedMatch ? 'PROPOSED' : status, archived: archivedMatch, visibleTo: matchOf(archivedMatch) });
  }

  // People: A's (not in a working group), B's (a participant, so public), an archived one.
  const personA = await createPerson(admin, { memberId: memberA.id, name: 'Ada of A' });
  const personB = await createPerson(admin, { memberId: memberB.id, name: 'Bo of B' });
  const personGone = await createPerson(admin, { memberId: memberB.id, name: 'Gil gone' });
  await ok(admin, 'mutation ($id: ID!) { archivePerson(id: $id) { id } }', { id: personGone.id });
  add({ type: 'Person', id: personA.id, label: 'person of A', visibleTo: (r) => isStaff(r) || isOrganizer(r) || r === 'pledgerA' });
  add({ type: 'Person', id: personB.id, label: 'participant of B', visibleTo: () => true });
  add({ type: 'Person', id: personGone.id, label: 'archived person', archived: true, visibleTo: isStaff });

  const groups = (await ok(admin, '{ workingGroups(first: 10) { nodes { id focusArea { code } } } }')).workingGroups.nodes as { id: string; focusArea: { code: string } }[];
  const group = groups.find((g) => g.focusArea.code === 'ACCESS')!.id;
  const groupGone = groups.find((g) => g.focusArea.code === 'ACCELERATE')!.id;
  await ok(admin, 'mutation ($id: ID!) { archiveWorkingGroup(id: $id) { id } }', { id: groupGone });
  add({ type: 'WorkingGroup', id: group, label: 'working group', visibleTo: () => true });
  add({ type: 'WorkingGroup', id: groupGone, label: 'archived working group', archived: true, visibleTo: isStaff });
  const join = async (personId: string) => (await ok(admin, 'mutation ($input: AddWorkingGroupMemberInput!) { addWorkingGroupMember(input: $input) { id } }', { input: { workingGroupId: group, personId } })).addWorkingGroupMember.id as string;
  add({ type: 'WorkingGroupMembership', id: await join(personB.id), label: "B's participation", visibleTo: () => true });
  const ended = await join(personA.id);
  await ok(admin, 'mutation ($id: ID!) { archiveWorkingGroupMembership(id: $id) { id } }', { id: ended });
  add({ type: 'WorkingGroupMembership', id: ended, label: 'archived participation', archived: true, visibleTo: isStaff });

  add({ type: 'Pillar', id: (await createPillar(admin)).id, label: 'pillar', visibleTo: () => true });
  const pillarGone = await createPillar(admin);
  await ok(admin, 'mutation ($id: ID!) { archivePillar(id: $id) { id } }', { id: pillarGone.id });
  add({ type: 'Pillar', id: pillarGone.id, label: 'archived pillar', archived: true, visibleTo: isStaff });

  const cycles = (await ok(admin, '{ reportingCycles { id year } }')).reportingCycles as { id: string; year: number }[];
  add({ type: 'ReportingCycle', id: cycles.find((c) => c.year === 2025)!.id, label: 'reporting cycle', visibleTo: () => true });
  const oldCycle = await openReportingCycle(admin, 2021);
  await api.sql('UPDATE reporting_cycle SET archived_at = now() WHERE year = 2021');
  add({ type: 'ReportingCycle', id: oldCycle.id, label: 'archived reporting cycle', archived: true, visibleTo: isStaff });

  const interest = (await ok(api.anonymous, `mutation { submitExpressionOfInterest(input: { organizationName: "Curious Org", sector: CIVIL_SOCIETY, countryCode: "KE",
    contactName: "Cy", contactEmail: "cy@curious.example.org", focusAreaCodes: ["ACCESS"] }) { id } }`)).submitExpressionOfInterest.id as string;
  add({ type: 'ExpressionOfInterest', id: interest, label: 'pending expression of interest', status: 'PENDING', visibleTo: isStaff });
  for (const [verb, status] of [['acceptExpressionOfInterest', 'ACCEPTED'], ['declineExpressionOfInterest', 'DECLINED']] as const) {
    const id = (await ok(api.anonymous, `mutation { submitExpressionOfInterest(input: { organizationName: "${status} Org", sector: CIVIL_SOCIETY, countryCode: "KE",
      contactName: "Cy", contactEmail: "${status.toLowerCase()}@curious.example.org", focusAreaCodes: ["ACCESS"] }) { id } }`)).submitExpressionOfInterest.id as string;
    const decided = await ok(admin, `mutation ($id: ID!) { ${verb}(id: $id${status === 'DECLINED' ? ', input: { reason: "Outside the scope." }' : ''}) { member { id people { id } } } }`, { id });
    const joined = decided[verb].member as { id: string; people: { id: string }[] } | null;
    if (joined) add({ type: 'Member', id: joined.id, label: 'member from an accepted expression of interest', visibleTo: () => true });
    for (const person of joined?.people ?? []) add({ type: 'Person', id: person.id, label: 'contact of an accepted expression of interest', visibleTo: (r) => isStaff(r) || isOrganizer(r) });
    add({ type: 'ExpressionOfInterest', id, label: `${status} expression of interest`, status, visibleTo: isStaff });
  }

  const reference = await ok(admin, `{ country(code: "KE") { id } currencies(first: 1) { nodes { id } } regions { id } sdgs { id } beneficiaryGroups { id } focusAreas { id } connectivityTargets { id } }`);
  for (const [type, id] of [['Country', reference.country.id], ['Currency', reference.currencies.nodes[0].id], ['Region', reference.regions[0].id], ['Sdg', reference.sdgs[0].id], ['BeneficiaryGroup', reference.beneficiaryGroups[0].id], ['FocusArea', reference.focusAreas[0].id], ['ConnectivityTarget', reference.connectivityTargets[0].id]] as const) {
    add({ type, id, label: `reference ${type}`, visibleTo: () => true });
  }
}, 300_000);

afterAll(async () => {
  await api?.close();
});

function expectedIds(role: RoleName, type?: string): string[] {
  return fixtures.filter((f) => (!type || f.type === type) && f.visibleTo(role)).map((f) => f.id).sort();
}

describe('who sees what, through every path', () => {
  it('has an expectation for every Node type, every state and archiving', () => {
    const covered = new Set(fixtures.map((f) => f.type));
    expect(nodeTypes.filter((t) => !covered.has(t)), 'Node types without fixtures and expectations').toEqual([]);
    for (const type of nodeTypes) {
      const object = types.get(type) as IntrospectionObjectType;
      const status = object.fields.find((f) => f.name === 'status');
      const statusType = status && types.get(named(status.type).name);
      if (statusType?.kind === 'ENUM') {
        const states = new Set(fixtures.filter((f) => f.type === type).map((f) => f.status));
        expect(statusType.enumValues.map((v) => v.name).filter((s) => !states.has(s)), `${type} states without a fixture`).toEqual([]);
      }
      if (object.interfaces.some((i) => i.name === 'Curated') && !['ApiToken'].includes(type)) {
        expect(fixtures.some((f) => f.type === type && f.archived), `${type} has no archived fixture`).toBe(true);
      }
    }
  });

  it.each(ROLES)('node and nodes give %s exactly what it may see', async (role) => {
    const client = clients[role];
    const seen = await Promise.all(fixtures.map(async (f) => ((await ok(client, 'query ($id: ID!) { node(id: $id) { id } }', { id: f.id })).node as { id: string } | null)?.id));
    const wrong = fixtures.filter((f, i) => Boolean(seen[i]) !== f.visibleTo(role)).map((f) => `${f.label}: ${seen[fixtures.indexOf(f)] ? 'seen' : 'hidden'}`);
    expect(wrong).toEqual([]);
    const ids = fixtures.map((f) => f.id);
    const batched: ({ id: string } | null)[] = [];
    for (let i = 0; i < ids.length; i += 100) batched.push(...((await ok(client, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(i, i + 100) })).nodes as ({ id: string } | null)[]));
    expect(batched.map((n) => n?.id ?? null)).toEqual(fixtures.map((f) => (f.visibleTo(role) ? f.id : null)));
  });

  it.each(ROLES)('every finder and every list of a Node type gives %s exactly what it may see', async (role) => {
    const client = clients[role];
    const query = types.get('Query') as IntrospectionObjectType;
    const problems: string[] = [];
    for (const type of nodeTypes) {
      const mine = fixtures.filter((f) => f.type === type);
      const finder = query.fields.find((f) => f.name === lowerFirst(type) && f.args.some((a) => a.name === 'id') && named(f.type).name === type);
      if (finder) {
        for (const fixture of mine) {
          const result = await run(client, `query ($id: ID!) { ${finder.name}(id: $id) { id } }`, { id: fixture.id });
          if (refused(result)) continue;
          if (result.errors?.length) problems.push(`${finder.name}(${fixture.label}): ${JSON.stringify(result.errors)}`);
          else if (Boolean(result.data?.[finder.name]) !== fixture.visibleTo(role)) problems.push(`${finder.name}(${fixture.label})`);
        }
      }
      for (const list of query.fields.filter((f) => named(f.type).name === `${type}Connection`)) {
        const filterArg = list.args.find((a) => a.name === 'filter');
        const filterType = filterArg && (types.get(named(filterArg.type).name) as IntrospectionInputObjectType | undefined);
        if (!filterType?.inputFields.some((f) => f.name === 'id') || list.args.some((a) => a.type.kind === 'NON_NULL' && a.name !== 'filter')) {
          problems.push(`${list.name}: a list of ${type} this test cannot narrow to its fixtures`);
          continue;
        }
        const archived = filterType.inputFields.some((f) => f.name === 'archived') ? ', archived: INCLUDED' : '';
        const result = await run(client, `query ($ids: [ID!]!) { ${list.name}(first: 100, filter: { id: { in: $ids }${archived} }) { totalCount nodes { id } } }`, { ids: mine.map((f) => f.id) });
        if (refused(result)) continue;
        const page = result.data?.[list.name] as { totalCount: number; nodes: { id: string }[] } | undefined;
        if (!page) problems.push(`${list.name}: ${JSON.stringify(result.errors)}`);
        else {
          const got = page.nodes.map((n) => n.id).sort();
          if (JSON.stringify(got) !== JSON.stringify(expectedIds(role, type)) || page.totalCount !== got.length) problems.push(`${list.name}: got ${got.length}, expected ${expectedIds(role, type).length}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(ROLES)('no field of any type leads %s to a record it may not see', async (role) => {
    const client = clients[role];
    const known = byId();
    const problems: string[] = [];
    const owners = nodeTypes.filter((t) => fixtures.some((f) => f.type === t));
    for (const owner of owners) {
      const selection = selectionOf(owner, 0, new Set());
      if (!selection) continue;
      const ids = fixtures.filter((f) => f.type === owner && f.visibleTo(role)).map((f) => f.id);
      if (!ids.length) continue;
      const result = await run(client, `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on ${owner} { ${selection} } } }`, { ids });
      const unexpected = (result.errors ?? []).filter((e) => !REFUSED.has(e.extensions?.code ?? ''));
      if (unexpected.length) problems.push(`${owner}: ${JSON.stringify(unexpected.slice(0, 3))}`);
      walk(result.data, (value) => {
        const fixture = known.get(value.id);
        if (fixture && !fixture.visibleTo(role)) problems.push(`${owner} → ${fixture.label}`);
        if (!fixture && !PUBLIC_ELSEWHERE.has(value.__typename)) problems.push(`${owner} → an unknown ${value.__typename}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it.each(ROLES)('aggregates, groups and the public export count for %s only what it may see', async (role) => {
    const client = clients[role];
    const visiblePledges = expectedIds(role, 'Pledge');
    const archived = { archived: 'INCLUDED' };
    const stats = await ok(client, 'query ($filter: PledgeFilter) { pledgeStats(filter: $filter) { count } }', { filter: archived });
    expect(stats.pledgeStats.count).toBe(visiblePledges.length);
    const groups = await ok(client, 'query ($filter: PledgeFilter) { pledgeGroups(groupBy: [STATUS], filter: $filter) { groups { count key { status } } } }', { filter: archived });
    const expectedStatuses = fixtures.filter((f) => f.type === 'Pledge' && f.visibleTo(role)).map((f) => f.status);
    const counted = Object.fromEntries((groups.pledgeGroups.groups as { count: number; key: { status: string } }[]).map((g) => [g.key.status, g.count]));
    expect(counted).toEqual(Object.fromEntries([...new Set(expectedStatuses)].map((s) => [s, expectedStatuses.filter((x) => x === s).length])));
    if (role === 'anonymous') {
      const exported = (await (await fetch(`${api.url}/open-data/pledges.json`)).json()) as { id: string; partner_ids: string[]; event_id: string | null; pillars: string[] }[];
      expect(exported.map((row) => row.id).sort()).toEqual(visiblePledges);
      const known = byId();
      const related = exported.flatMap((row) => [...row.partner_ids, ...(row.event_id ? [row.event_id] : [])]);
      expect(related.filter((id) => known.get(id) && !known.get(id)!.visibleTo('anonymous'))).toEqual([]);
      expect(exported.flatMap((row) => row.pillars)).not.toContain('Unpublished pillar');
    }
  });

  it('filters through a relation never match a record the caller may not see', async () => {
    const partnered = await ok(api.anonymous, '{ pledges(filter: { partners: { some: { name: { eq: "Gone Networks" } } } }) { totalCount } }');
    expect(partnered.pledges.totalCount).toBe(0);
    const staffView = await ok(clients.admin, '{ pledges(filter: { partners: { some: { name: { eq: "Gone Networks" } } } }) { totalCount } }');
    expect(staffView.pledges.totalCount).toBe(1);
    const byHiddenNeed = await ok(clients.pledgerB, '{ pledges(filter: { title: { eq: "A draft" } }) { totalCount } }');
    expect(byHiddenNeed.pledges.totalCount).toBe(0);
  });

  it.each(ROLES)('viewerMayEdit tells %s exactly which records its update mutation accepts', async (role) => {
    const client = clients[role];
    const updates: Record<string, string> = { Pledge: 'updatePledge', CountryNeed: 'updateCountryNeed', ProgressReport: 'updateProgressReport' };
    const problems: string[] = [];
    for (const fixture of fixtures.filter((f) => updates[f.type])) {
      const read = await run(client, `query ($id: ID!) { node(id: $id) { ... on ${fixture.type} { viewerMayEdit } } }`, { id: fixture.id });
      const may = Boolean((read.data?.node as { viewerMayEdit?: boolean } | null)?.viewerMayEdit);
      const result = await run(client, `mutation ($id: ID!) { ${updates[fixture.type]}(id: $id, input: {}) { id } }`, { id: fixture.id });
      const accepted = !result.errors?.length;
      if (accepted !== may) problems.push(`${fixture.label}: viewerMayEdit ${may}, update ${accepted ? 'accepted' : result.errors![0]!.extensions?.code}`);
    }
    expect(problems).toEqual([]);
  });

  it('subscriptions deliver a match change only to the roles that may see the match', async () => {
    const document = parse('subscription ($roundtableId: ID) { matchStatusChanged(roundtableId: $roundtableId) { status match { id need { id } pledge { id } } } }') as TypedDocumentNode<
      { matchStatusChanged: { status: string; match: { id: string } } },
      { roundtableId: string }
    >;
    const sockets = ROLES.map((role) => connect(api.url, { cookie: clients[role].headers.cookie }));
    const streams = ROLES.map((_, i) => subscribe(sockets[i]!, document, { roundtableId: matchSetup!.roundtableId }));
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const proposed = (await ok(clients.admin, 'mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }', { input: matchSetup })).proposeMatch.id as string;
      await ok(clients.admin, 'mutation ($id: ID!) { declineMatch(id: $id, input: { reason: "Tested live." }) { id } }', { id: proposed });
      const outcome = await Promise.all(
        ROLES.map(async (role, i) => {
          if (role === 'anonymous') return [role, (await streams[i]!.quiet(1500)) ? 'nothing' : 'received'];
          const result = await streams[i]!.next(5000);
          return [role, result.errors ? JSON.stringify(result.errors) : result.data?.matchStatusChanged.match.id === proposed ? 'received' : 'another match'];
        }),
      );
      expect(Object.fromEntries(outcome)).toEqual({ anonymous: 'nothing', pledgerA: 'received', pledgerB: 'received', organizerX: 'received', organizerY: 'received', curator: 'received', admin: 'received' });
    } finally {
      streams.forEach((s) => s.close());
      await Promise.all(sockets.map((socket) => socket.dispose()));
    }
  });
});

/**
 * The fields of a type that lead to Node records (directly, as lists, through
 * connections, or through an object that is not a Node), each selecting
 * `__typename id`; fields that need arguments are left out.
 */
function selectionOf(typeName: string, depth: number, path: Set<string>): string | undefined {
  const type = types.get(typeName) as IntrospectionObjectType | undefined;
  if (!type || type.kind !== 'OBJECT') return undefined;
  const parts: string[] = [];
  for (const field of type.fields as readonly IntrospectionField[]) {
    if (field.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null)) continue;
    const target = named(field.type).name;
    const paged = field.args.some((a) => a.name === 'first') ? '(first: 20)' : '';
    if (nodeTypes.includes(target) || target === 'Node') parts.push(`${field.name}${paged} { __typename ... on Node { id } }`);
    else if (target.endsWith('Connection') && nodeTypes.includes(target.slice(0, -'Connection'.length))) parts.push(`${field.name}${paged} { nodes { __typename id } }`);
    else if (depth < 2 && types.get(target)?.kind === 'OBJECT' && !path.has(target)) {
      const inner = selectionOf(target, depth + 1, new Set([...path, target]));
      if (inner) parts.push(`${field.name}${paged} { ${inner} }`);
    }
  }
  return parts.length ? `__typename ${parts.join(' ')}` : undefined;
}

function walk(value: unknown, visit: (node: { __typename: string; id: string }) => void): void {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.__typename === 'string' && typeof record.id === 'string' && nodeTypes.includes(record.__typename)) visit(record as { __typename: string; id: string });
    for (const child of Object.values(record)) walk(child, visit);
  }
}
