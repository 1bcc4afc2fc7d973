import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createEvent, createMember, createPerson } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const UpdateEvent = graphql(`
  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!) {
    updateEvent(id: $id, input: $input) {
      id
      name
      startDate
      endDate
      version
      city
    }
  }
`);

const Events = graphql(`
  query Events($filter: EventFilter) {
    events(first: 50, filter: $filter) {
      totalCount
      nodes {
        code
        kind
        startDate
        country {
          code
        }
        region {
          code
        }
      }
    }
  }
`);

const WorkingGroups = graphql(`
  query WorkingGroups {
    workingGroups(first: 10) {
      totalCount
      nodes {
        id
        name
        focusArea {
          code
        }
        memberships {
          id
          role
          since
          until
          person {
            name
            email
          }
        }
      }
    }
  }
`);

const AddWorkingGroupMember = graphql(`
  mutation AddWorkingGroupMember($input: AddWorkingGroupMemberInput!) {
    addWorkingGroupMember(input: $input) {
      id
      role
      since
      version
    }
  }
`);

const UpdateMembership = graphql(`
  mutation UpdateMembership($id: ID!, $input: UpdateWorkingGroupMembershipInput!) {
    updateWorkingGroupMembership(id: $id, input: $input) {
      id
      until
    }
  }
`);

const CreateWorkingGroup = graphql(`
  mutation CreateWorkingGroup($input: CreateWorkingGroupInput!) {
    createWorkingGroup(input: $input) {
      id
    }
  }
`);

const CreatePillar = graphql(`
  mutation CreatePillar($input: CreatePillarInput!) {
    createPillar(input: $input) {
      id
      slug
      published
      focusArea {
        code
      }
    }
  }
`);

const UpdatePillar = graphql(`
  mutation UpdatePillar($id: ID!, $input: UpdatePillarInput!) {
    updatePillar(id: $id, input: $input) {
      id
      published
    }
  }
`);

const FocusAreaPillars = graphql(`
  query FocusAreaPillars($code: String!) {
    focusArea(code: $code) {
      name
      pillars {
        slug
      }
      workingGroup {
        name
      }
    }
  }
`);

const UpdatePerson = graphql(`
  mutation UpdatePersonEmail($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      id
      email
    }
  }
`);

const People = graphql(`
  query People {
    people(first: 50) {
      totalCount
      nodes {
        name
        email
      }
    }
  }
`);

const ReferenceData = graphql(`
  query ReferenceData {
    country(code: "bd") {
      name
      iso3
      m49
      ituRegion {
        code
        name
      }
      m49SubRegion {
        name
        parent {
          name
        }
      }
      currency {
        code
      }
      ldcIn2022: groups(asOf: "2022-06-01")
      ldcIn2027: groups(asOf: "2027-01-01")
      groupMemberships {
        group
        until
      }
    }
    countries(first: 5, filter: { groups: { some: [SIDS] }, name: { containsInsensitive: "ba" } }) {
      totalCount
      nodes {
        code
      }
    }
    arab: regions(kind: ITU_D) {
      code
      name
    }
    sdgs {
      number
    }
    focusAreas {
      code
    }
    currencies(first: 3, after: null) {
      totalCount
      nodes {
        code
      }
    }
    currency(code: "EUR") {
      minorUnit
      rates {
        validFrom
        usdPerUnit
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

describe('reference data', () => {
  it('has every country with its regions, currency and dated group memberships', async () => {
    const data = await api.anonymous.data(ReferenceData);
    expect(data.country).toMatchObject({
      name: 'Bangladesh',
      iso3: 'BGD',
      m49: '050',
      ituRegion: { code: 'ASIA_PACIFIC' },
      m49SubRegion: { name: 'Southern Asia', parent: { name: 'Asia' } },
      currency: { code: 'BDT' },
    });
    expect(data.country?.ldcIn2022).toContain('LDC');
    expect(data.country?.ldcIn2027).not.toContain('LDC');
    expect(data.country?.groupMemberships).toContainEqual({ group: 'LDC', until: '2026-11-24' });
    expect(data.countries.nodes.map((c) => c.code)).toEqual(expect.arrayContaining(['BS', 'BB']));
    expect(data.arab.map((r) => r.code).sort()).toEqual(['AFRICA', 'AMERICAS', 'ARAB_STATES', 'ASIA_PACIFIC', 'CIS', 'EUROPE']);
    expect(data.sdgs).toHaveLength(17);
    expect(data.focusAreas.map((f) => f.code)).toEqual(['ACCESS', 'ADOPTION', 'VALUE_CREATION', 'ACCELERATE']);
    expect(data.currency?.rates.length).toBeGreaterThan(3);
    expect(data.currencies.totalCount).toBeGreaterThan(100);
    expect(data.currencies.nodes.map((c) => c.code)).toEqual([...data.currencies.nodes.map((c) => c.code)].sort());
    const [{ count }] = (await api.sql<{ count: string }>('select count(*) from country where itu_region_id is null')) as [{ count: string }];
    expect(Number(count)).toBeLessThanOrEqual(1);
    expect((await api.sql('select id from country')).length).toBe(249);
  });
});

describe('events', () => {
  it('are created by organizers, take the ITU-D region of their country, and validate their dates', async () => {
    const organizer = await api.as('ORGANIZER');
    const event = await createEvent(organizer, { countryCode: 'FJ' });
    expect(event).toMatchObject({ kind: 'MATCHMAKING_ROUNDTABLE', country: { code: 'FJ' }, region: { code: 'ASIA_PACIFIC' } });
    const bad = await organizer.error(UpdateEvent, { id: event.id, input: { endDate: '2020-01-01' } });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });
    const updated = await organizer.data(UpdateEvent, { id: event.id, input: { city: 'Suva', expectedVersion: 1 } });
    expect(updated.updateEvent).toMatchObject({ city: 'Suva', version: 2 });
    const duplicate = await organizer.error(
      graphql(`
        mutation DuplicateEvent($input: CreateEventInput!) {
          createEvent(input: $input) {
            id
          }
        }
      `),
      { input: { code: event.code, name: 'Again', kind: 'OTHER', startDate: '2024-01-01', endDate: '2024-01-01' } },
    );
    expect(duplicate).toMatchObject({ code: 'CONFLICT', field: 'code' });
  });

  it('include the coalition\'s real events, filterable by kind and date', async () => {
    const all = await api.anonymous.data(Events, {});
    expect(all.events.totalCount).toBeGreaterThanOrEqual(10);
    expect(all.events.nodes.map((e) => e.code)).toContain('WTDC-22');
    const roundtables2022 = await api.anonymous.data(Events, { filter: { endDate: { gte: '2022-01-01' }, startDate: { lte: '2022-12-31' }, kind: { in: ['CONFERENCE'] } } });
    expect(roundtables2022.events.nodes.every((e) => e.kind === 'CONFERENCE' && e.startDate.startsWith('2022'))).toBe(true);
  });
});

describe('working groups', () => {
  it('exist once per focus area, with leaders and participants over time', async () => {
    const admin = await api.admin();
    const { workingGroups } = await api.anonymous.data(WorkingGroups);
    expect(workingGroups.totalCount).toBe(4);
    const access = workingGroups.nodes.find((g) => g.focusArea.code === 'ACCESS')!;
    const duplicate = await admin.error(CreateWorkingGroup, { input: { focusAreaCode: 'ACCESS', name: 'Another access group' } });
    expect(duplicate).toMatchObject({ code: 'CONFLICT', field: 'focusAreaCode' });

    const member = await createMember(admin);
    const leader = await createPerson(admin, { memberId: member.id });
    const participant = await createPerson(admin);
    await admin.data(AddWorkingGroupMember, { input: { workingGroupId: access.id, personId: leader.id, role: 'LEADER', since: '2022-03-01' } });
    const joined = await admin.data(AddWorkingGroupMember, { input: { workingGroupId: access.id, personId: participant.id, since: '2022-05-01' } });
    const twice = await admin.error(AddWorkingGroupMember, { input: { workingGroupId: access.id, personId: participant.id } });
    expect(twice).toMatchObject({ code: 'CONFLICT', field: 'personId' });
    const before = await admin.error(UpdateMembership, { id: joined.addWorkingGroupMember.id, input: { until: '2021-01-01' } });
    expect(before).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
    await admin.data(UpdateMembership, { id: joined.addWorkingGroupMember.id, input: { until: '2023-12-31' } });

    const publicView = (await api.anonymous.data(WorkingGroups)).workingGroups.nodes.find((g) => g.id === access.id)!;
    expect(publicView.memberships).toHaveLength(1);
    expect(publicView.memberships[0]).toMatchObject({ role: 'LEADER', person: { name: leader.name, email: null } });
  });
});

describe('pillars', () => {
  it('are data: created, unpublished and archived by curators, visible to the public only when published', async () => {
    const curator = await api.as('CURATOR');
    const created = await curator.data(CreatePillar, { input: { focusAreaCode: 'ACCESS', name: 'Satellite backhaul' } });
    expect(created.createPillar).toMatchObject({ slug: 'satellite-backhaul', published: true, focusArea: { code: 'ACCESS' } });
    const again = await curator.error(CreatePillar, { input: { focusAreaCode: 'ACCESS', name: 'Satellite Backhaul' } });
    expect(again).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    expect((await api.anonymous.data(FocusAreaPillars, { code: 'ACCESS' })).focusArea?.pillars.map((p) => p.slug)).toContain('satellite-backhaul');
    await curator.data(UpdatePillar, { id: created.createPillar.id, input: { published: false } });
    expect((await api.anonymous.data(FocusAreaPillars, { code: 'ACCESS' })).focusArea?.pillars.map((p) => p.slug)).not.toContain('satellite-backhaul');
    expect((await curator.data(FocusAreaPillars, { code: 'ACCESS' })).focusArea?.pillars.map((p) => p.slug)).toContain('satellite-backhaul');
    expect((await api.anonymous.data(FocusAreaPillars, { code: 'access' })).focusArea?.workingGroup?.name).toBeTruthy();
  });
});

describe('people', () => {
  it('are personal data: anonymous callers cannot list them, and e-mails stay unique', async () => {
    const admin = await api.admin();
    const person = await createPerson(admin, { email: 'Focal.Point@Example.org' });
    expect(person.email).toBe('focal.point@example.org');
    const other = await createPerson(admin);
    const clash = await admin.error(UpdatePerson, { id: other.id, input: { email: 'focal.point@example.org' } });
    expect(clash).toMatchObject({ code: 'CONFLICT', field: 'email' });
    const badEmail = await admin.error(UpdatePerson, { id: other.id, input: { email: 'not-an-email' } });
    expect(badEmail).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect((await api.anonymous.error(People)).code).toBe('UNAUTHENTICATED');
    const pledger = await api.as('PLEDGER');
    expect((await pledger.data(People)).people.totalCount).toBe(0);
    expect((await admin.data(People)).people.totalCount).toBe(2);
  });
});
