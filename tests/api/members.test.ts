import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createMember, createPerson } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const UpdateMember = graphql(`
  mutation UpdateMember($id: ID!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) {
      ...MemberFields
    }
  }
`);

const ArchiveMember = graphql(`
  mutation ArchiveMember($id: ID!, $expectedVersion: Int) {
    archiveMember(id: $id, expectedVersion: $expectedVersion) {
      id
      archivedAt
      version
    }
  }
`);

const Members = graphql(`
  query Members($first: Int, $after: String, $offset: Int, $filter: MemberFilter, $orderBy: [MemberOrder!]) {
    members(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      nodes {
        id
        name
        sector
      }
    }
  }
`);

const MemberWithPeople = graphql(`
  query MemberWithPeople($id: ID!) {
    member(id: $id) {
      id
      name
      people {
        name
        email
      }
    }
  }
`);

const CreateMemberRaw = graphql(`
  mutation CreateMemberRaw($input: CreateMemberInput!) {
    createMember(input: $input) {
      id
    }
  }
`);

const MemberGroups = graphql(`
  query MemberGroupsBySector($filter: MemberFilter) {
    memberGroups(groupBy: [SECTOR, REGION], filter: $filter, orderBy: [{ field: KEY, direction: ASC }]) {
      totalCount
      groups {
        count
        share
        key {
          sector
          region {
            code
          }
        }
      }
    }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());
beforeEach(() => api.reset());

describe('members', () => {
  it('are created by staff with an audit entry in the same transaction', async () => {
    const admin = await api.admin();
    const member = await createMember(admin, { name: 'Kigali Fibre Networks', acronym: 'KFN', countryCode: 'rw', website: 'https://kfn.example.org' });
    expect(member).toMatchObject({ name: 'Kigali Fibre Networks', acronym: 'KFN', country: { code: 'RW' }, version: 1, archivedAt: null });
    const audit = await api.sql<{ action: string; changes: Record<string, { after: unknown }> }>('select action, changes from audit_entry');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('member.create');
    expect(audit[0]!.changes.name!.after).toBe('Kigali Fibre Networks');
  });

  it('reject invalid input with the field named, and write nothing', async () => {
    const admin = await api.admin();
    const badCountry = await admin.error(CreateMemberRaw, { input: { name: 'Acme', sector: 'GOVERNMENT', countryCode: 'XX' } });
    expect(badCountry).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countryCode' });
    const badUrl = await admin.error(CreateMemberRaw, { input: { name: 'Acme', sector: 'GOVERNMENT', countryCode: 'KE', website: 'not a url' } });
    expect(badUrl).toMatchObject({ code: 'BAD_USER_INPUT', field: 'website' });
    const shortName = await admin.error(CreateMemberRaw, { input: { name: 'A', sector: 'GOVERNMENT', countryCode: 'KE' } });
    expect(shortName).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await api.sql('select id from member')).toHaveLength(0);
    expect(await api.sql('select id from audit_entry')).toHaveLength(0);
  });

  it('are updated with optimistic locking: a stale version is a CONFLICT carrying the current one', async () => {
    const admin = await api.admin();
    const member = await createMember(admin);
    const first = await admin.data(UpdateMember, { id: member.id, input: { expectedVersion: 1, champion: true, acronym: 'X1' } });
    expect(first.updateMember).toMatchObject({ champion: true, acronym: 'X1', version: 2 });
    const stale = await admin.request(UpdateMember, { id: member.id, input: { expectedVersion: 1, name: 'Lost update' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion', currentVersion: 2 });
    const cleared = await admin.data(UpdateMember, { id: member.id, input: { acronym: null } });
    expect(cleared.updateMember.acronym).toBeNull();
    const actions = await api.sql<{ action: string }>('select action from audit_entry order by id');
    expect(actions.map((a) => a.action)).toEqual(['member.create', 'member.update', 'member.update']);
  });

  it('keeps concurrent editors from losing each other\'s changes', async () => {
    const admin = await api.admin();
    const member = await createMember(admin);
    const results = await Promise.all(
      ['First', 'Second', 'Third'].map((name) => admin.request(UpdateMember, { id: member.id, input: { expectedVersion: 1, name: `${name} editor` } })),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(2);
  });

  it('are archived, not deleted, and then hidden from the public', async () => {
    const admin = await api.admin();
    const member = await createMember(admin);
    await admin.data(ArchiveMember, { id: member.id, expectedVersion: 1 });
    expect((await api.anonymous.data(Members, {})).members.totalCount).toBe(0);
    expect((await api.anonymous.data(MemberWithPeople, { id: member.id })).member).toBeNull();
    expect((await admin.data(Members, { filter: { archived: 'INCLUDED' } })).members.totalCount).toBe(1);
  });

  it('cannot be written by anonymous callers, pledgers or organizers', async () => {
    const input = { name: 'Sneaky', sector: 'GOVERNMENT' as const, countryCode: 'KE' };
    expect((await api.anonymous.error(CreateMemberRaw, { input })).code).toBe('UNAUTHENTICATED');
    const pledger = await api.as('PLEDGER');
    expect((await pledger.error(CreateMemberRaw, { input })).code).toBe('FORBIDDEN');
    const organizer = await api.as('ORGANIZER');
    expect((await organizer.error(CreateMemberRaw, { input })).code).toBe('FORBIDDEN');
    const curator = await api.as('CURATOR');
    expect((await curator.data(CreateMemberRaw, { input })).createMember.id).toBeTruthy();
  });

  it('are listed with filters, ordering, cursor pages and the offset form', async () => {
    const admin = await api.admin();
    for (const [name, sector] of [['Alpha', 'GOVERNMENT'], ['Bravo', 'ACADEMIA'], ['Charlie', 'GOVERNMENT'], ['Delta', 'GOVERNMENT']] as const) {
      await createMember(admin, { name, sector });
    }
    const page1 = await api.anonymous.data(Members, { first: 2, filter: { sector: { in: ['GOVERNMENT'] } } });
    expect(page1.members.totalCount).toBe(3);
    expect(page1.members.nodes.map((m) => m.name)).toEqual(['Alpha', 'Charlie']);
    expect(page1.members.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.anonymous.data(Members, { first: 2, after: page1.members.pageInfo.endCursor, filter: { sector: { in: ['GOVERNMENT'] } } });
    expect(page2.members.nodes.map((m) => m.name)).toEqual(['Delta']);
    expect(page2.members.pageInfo.hasNextPage).toBe(false);
    const byNameDesc = await api.anonymous.data(Members, { first: 10, orderBy: [{ field: 'NAME', direction: 'DESC' }] });
    expect(byNameDesc.members.nodes.map((m) => m.name)).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha']);
    const offset = await api.anonymous.data(Members, { first: 2, offset: 2 });
    expect(offset.members.nodes.map((m) => m.name)).toEqual(['Charlie', 'Delta']);
    expect(offset.members.pageInfo.hasPreviousPage).toBe(true);
    const search = await api.anonymous.data(Members, { filter: { name: { containsInsensitive: 'rav' } } });
    expect(search.members.nodes.map((m) => m.name)).toEqual(['Bravo']);
    const tooMany = await api.anonymous.error(Members, { first: 101 });
    expect(tooMany).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const wildcard = await api.anonymous.data(Members, { filter: { name: { containsInsensitive: '%' } } });
    expect(wildcard.members.totalCount).toBe(0);
  });

  it('hide their people and contact details from anonymous callers', async () => {
    const admin = await api.admin();
    const member = await createMember(admin);
    await createPerson(admin, { memberId: member.id, email: 'focal@example.org' });
    const anonymous = await api.anonymous.data(MemberWithPeople, { id: member.id });
    expect(anonymous.member?.people).toBeNull();
    const staff = await admin.data(MemberWithPeople, { id: member.id });
    expect(staff.member?.people?.[0]?.email).toBe('focal@example.org');
    // People are personal data: another member's pledger sees none of them (the Person access rule), as `people` and `node` say too.
    const otherPledger = await api.as('PLEDGER');
    const seen = await otherPledger.data(MemberWithPeople, { id: member.id });
    expect(seen.member?.people).toEqual([]);
    const ownPledger = await api.as('PLEDGER', { memberIds: [member.id] });
    expect((await ownPledger.data(MemberWithPeople, { id: member.id })).member?.people?.[0]?.email).toBe('focal@example.org');
  });

  it('are grouped with the same machinery as pledges', async () => {
    const admin = await api.admin();
    await createMember(admin, { sector: 'GOVERNMENT', countryCode: 'KE' });
    await createMember(admin, { sector: 'GOVERNMENT', countryCode: 'RW' });
    await createMember(admin, { sector: 'ACADEMIA', countryCode: 'FR', champion: true });
    const { memberGroups } = await api.anonymous.data(MemberGroups, {});
    expect(memberGroups.totalCount).toBe(3);
    expect(memberGroups.groups.map((g) => [g.key.sector, g.key.region?.code, g.count])).toEqual([
      ['ACADEMIA', 'EUROPE', 1],
      ['GOVERNMENT', 'AFRICA', 2],
    ]);
    const champions = await api.anonymous.data(MemberGroups, { filter: { champion: true } });
    expect(champions.memberGroups.totalCount).toBe(1);
  });
});
