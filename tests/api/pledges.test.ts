import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createEvent, createMember, createPerson, createPledge, createPublishedPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';
import type { CreatePledgeInput } from '../gql/graphql.js';

const CreatePledge = graphql(`
  mutation CreatePledgeRaw($input: CreatePledgeInput!) {
    createPledge(input: $input) {
      ...PledgeFields
    }
  }
`);

const UpdatePledge = graphql(`
  mutation UpdatePledge($id: ID!, $input: UpdatePledgeInput!) {
    updatePledge(id: $id, input: $input) {
      ...PledgeFields
    }
  }
`);

const Submit = graphql(`
  mutation Submit($id: ID!) {
    submitPledge(id: $id) {
      id
      status
    }
  }
`);

const Approve = graphql(`
  mutation Approve($id: ID!) {
    approvePledge(id: $id) {
      id
      status
      reference
    }
  }
`);

const Reject = graphql(`
  mutation Reject($id: ID!, $input: PledgeDecisionInput!) {
    rejectPledge(id: $id, input: $input) {
      id
      status
      statusReason
    }
  }
`);

const RequestChanges = graphql(`
  mutation RequestChanges($id: ID!, $input: PledgeDecisionInput!) {
    requestPledgeChanges(id: $id, input: $input) {
      id
      status
      statusReason
    }
  }
`);

const Withdraw = graphql(`
  mutation Withdraw($id: ID!, $input: PledgeDecisionInput!) {
    withdrawPledge(id: $id, input: $input) {
      id
      status
    }
  }
`);

const PledgeById = graphql(`
  query PledgeById($id: ID!) {
    pledge(id: $id) {
      ...PledgeFields
    }
  }
`);

const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      id
      __typename
    }
  }
`);

const PledgePage = graphql(`
  query PledgePage($first: Int, $filter: PledgeFilter) {
    pledges(first: $first, filter: $filter) {
      totalCount
      nodes {
        id
        title
        status
        usdValue
        leadMember {
          id
          name
          country {
            code
          }
        }
        partners {
          id
          name
        }
        focusAreas {
          code
        }
        pillars {
          slug
        }
        countries {
          code
        }
        sdgs {
          number
        }
        beneficiaryGroups {
          code
        }
        estimatedValue {
          amount
          currency {
            code
          }
        }
      }
    }
  }
`);

const Pillars = graphql(`
  query Pillars {
    focusAreas {
      code
      pillars {
        id
        slug
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

async function pillarId(code: string, slug: string): Promise<string> {
  const { focusAreas } = await api.anonymous.data(Pillars);
  const pillar = focusAreas.find((f) => f.code === code)?.pillars.find((p) => p.slug === slug);
  if (!pillar) throw new Error(`no pillar ${code}/${slug}`);
  return pillar.id;
}

describe('pledges', () => {
  it('keep every field, with money converted to USD at the rate of the announcement year', async () => {
    const admin = await api.admin();
    const partner = await createMember(admin);
    const event = await createEvent(admin, { startDate: '2022-06-06', endDate: '2022-06-16' });
    const pledge = await createPledge(admin, {
      type: 'FINANCIAL',
      partnerIds: [partner.id],
      estimatedValue: { amount: '1000000.00', currency: 'EUR' },
      focusAreaCodes: ['ACCESS', 'ADOPTION'],
      pillarIds: [await pillarId('ACCESS', 'affordability'), await pillarId('ADOPTION', 'skills')],
      countryCodes: ['BD', 'np'],
      beneficiaryGroupCodes: ['WOMEN_AND_GIRLS', 'RURAL_AND_REMOTE_COMMUNITIES'],
      sdgs: [9, 5, 4],
      startDate: '2022-07-01',
      endDate: '2025-06-30',
      targetBeneficiaries: 250000,
      eventId: event.id,
      announcedOn: null,
    });
    expect(pledge).toMatchObject({
      status: 'DRAFT',
      reference: null,
      type: 'FINANCIAL',
      partners: [{ id: partner.id }],
      countries: expect.arrayContaining([{ code: 'BD' }, { code: 'NP' }]),
      sdgs: [{ number: 4 }, { number: 5 }, { number: 9 }],
      targetBeneficiaries: 250000,
      event: { id: event.id },
      announcedOn: '2022-06-06',
    });
    expect(pledge.estimatedValue).toMatchObject({ amount: '1000000', currency: { code: 'EUR' }, rateDate: '2022-01-01' });
    const rate = await api.sql<{ usd_per_unit: string }>(
      `select usd_per_unit from exchange_rate r join currency c on c.id = r.currency_id where c.code = 'EUR' and valid_from = '2022-01-01'`,
    );
    expect(Number(pledge.usdValue)).toBeCloseTo(1_000_000 * Number(rate[0]!.usd_per_unit), 2);
  });

  it('reject inconsistent input naming the field, and write nothing', async () => {
    const admin = await api.admin();
    const member = await createMember(admin);
    const base = { title: 'A valid title', description: 'A description long enough to pass validation.', type: 'PROGRAMMATIC' as const, leadMemberId: member.id };
    const cases: [CreatePledgeInput, string][] = [
      [{ ...base, countryCodes: ['ZZ'] }, 'countryCodes'],
      [{ ...base, focusAreaCodes: ['ACCESS'], pillarIds: [await pillarId('ADOPTION', 'skills')] }, 'pillarIds'],
      [{ ...base, startDate: '2024-01-01', endDate: '2023-01-01' }, 'endDate'],
      [{ ...base, estimatedValue: { amount: '-5', currency: 'USD' } }, 'estimatedValue.amount'],
      [{ ...base, estimatedValue: { amount: '5', currency: 'XYZ' } }, 'estimatedValue.currency'],
      [{ ...base, sdgs: [18] }, 'sdgs'],
      [{ ...base, partnerIds: [member.id] }, 'partnerIds'],
      [{ ...base, leadMemberId: 'not-an-id' }, 'leadMemberId'],
      [{ ...base, title: 'x' }, 'title'],
      [{ ...base, beneficiaryGroupCodes: ['NOBODY'] }, 'beneficiaryGroupCodes'],
    ];
    for (const [input, field] of cases) {
      const error = await admin.error(CreatePledge, { input });
      expect({ field, error: error.code }).toEqual({ field, error: 'BAD_USER_INPUT' });
      expect(error.field).toBe(field);
    }
    expect(await api.sql('select id from pledge')).toHaveLength(0);
    expect(await api.sql(`select id from audit_entry where entity_type = 'Pledge'`)).toHaveLength(0);
  });

  it('go through the curation lifecycle; illegal transitions are typed errors', async () => {
    const admin = await api.admin();
    const draft = await createPledge(admin);
    expect((await admin.error(Approve, { id: draft.id })).code).toBe('INVALID_STATE');
    await admin.data(Submit, { id: draft.id });
    const returned = await admin.data(RequestChanges, { id: draft.id, input: { reason: 'Please name the districts.' } });
    expect(returned.requestPledgeChanges).toMatchObject({ status: 'CHANGES_REQUESTED', statusReason: 'Please name the districts.' });
    await admin.data(Submit, { id: draft.id });
    const approved = await admin.data(Approve, { id: draft.id });
    expect(approved.approvePledge).toMatchObject({ status: 'PUBLISHED', reference: 1 });
    expect((await admin.error(Reject, { id: draft.id, input: { reason: 'Too late' } })).code).toBe('INVALID_STATE');
    const second = await createPublishedPledge(admin);
    expect(second.reference).toBe(2);
    await admin.data(Withdraw, { id: draft.id, input: { reason: 'Programme cancelled' } });
    expect((await api.anonymous.data(PledgeById, { id: draft.id })).pledge).toBeNull();
    const history = await api.sql<{ action: string; reason: string | null }>(`select action, reason from audit_entry where entity_type = 'Pledge' and entity_id = 1 order by id`);
    expect(history.map((h) => h.action)).toEqual([
      'pledge.create', 'pledge.submit', 'pledge.requestChanges', 'pledge.submit', 'pledge.approve', 'pledge.withdraw',
    ]);
    expect(history[2]!.reason).toBe('Please name the districts.');
  });

  it('cannot be submitted incomplete', async () => {
    const admin = await api.admin();
    const noGeography = await createPledge(admin, { countryCodes: [], isGlobal: false });
    expect(await admin.error(Submit, { id: noGeography.id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countryCodes' });
    const financialWithoutValue = await createPledge(admin, { type: 'FINANCIAL' });
    expect(await admin.error(Submit, { id: financialWithoutValue.id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'estimatedValue' });
  });

  it('are managed by pledgers for their own members only', async () => {
    const admin = await api.admin();
    const own = await createMember(admin);
    const other = await createMember(admin);
    const pledger = await api.as('PLEDGER', { memberIds: [own.id] });
    const draft = await createPledge(pledger, { leadMemberId: own.id });
    expect(draft.status).toBe('DRAFT');
    const forOther = await pledger.error(CreatePledge, {
      input: { title: 'Not mine', description: 'A pledge on behalf of a member I do not represent.', type: 'POLICY', leadMemberId: other.id },
    });
    expect(forOther.code).toBe('FORBIDDEN');
    const edited = await pledger.data(UpdatePledge, { id: draft.id, input: { title: 'Better title', expectedVersion: draft.version } });
    expect(edited.updatePledge.title).toBe('Better title');
    await pledger.data(Submit, { id: draft.id });
    expect((await pledger.error(UpdatePledge, { id: draft.id, input: { title: 'Sneaky edit' } })).code).toBe('INVALID_STATE');
    expect((await pledger.error(Approve, { id: draft.id })).code).toBe('FORBIDDEN');
    const othersDraft = await createPledge(admin, { leadMemberId: other.id });
    expect((await pledger.data(PledgeById, { id: othersDraft.id })).pledge).toBeNull();
    expect((await pledger.error(UpdatePledge, { id: othersDraft.id, input: { title: 'Not mine either' } })).code).toBe('NOT_FOUND');
    const visible = await pledger.data(PledgePage, { first: 50 });
    expect(visible.pledges.nodes.map((p) => p.id)).toEqual([draft.id]);
  });

  it('show the public only published pledges, and no e-mail address anywhere', async () => {
    const admin = await api.admin();
    const member = await createMember(admin);
    await createPerson(admin, { memberId: member.id, email: 'secret@example.org' });
    const published = await createPublishedPledge(admin, { leadMemberId: member.id });
    const draft = await createPledge(admin, { leadMemberId: member.id });
    const submitted = await createPledge(admin, { leadMemberId: member.id });
    await admin.data(Submit, { id: submitted.id });

    const list = await api.anonymous.request(PledgePage, { first: 100, filter: { status: { in: ['DRAFT', 'SUBMITTED', 'PUBLISHED'] } } });
    expect(list.data?.pledges.nodes.map((p) => p.id)).toEqual([published.id]);
    expect(JSON.stringify(list.data)).not.toMatch(/@/);
    for (const id of [draft.id, submitted.id]) {
      expect((await api.anonymous.data(PledgeById, { id })).pledge).toBeNull();
      expect((await api.anonymous.data(NodeById, { id })).node).toBeNull();
    }
    expect((await api.anonymous.data(NodeById, { id: published.id })).node).toMatchObject({ __typename: 'Pledge' });
    expect((await api.anonymous.data(PledgeById, { id: published.id })).pledge?.statusReason).toBeNull();
  });

  it('load a page of 30 with all relations in as many SQL statements as a page of 5', async () => {
    const admin = await api.admin();
    const partner = await createMember(admin);
    const pillar = await pillarId('ACCESS', 'infrastructure');
    for (let i = 0; i < 30; i++) {
      await createPublishedPledge(admin, {
        partnerIds: [partner.id],
        pillarIds: [pillar],
        estimatedValue: { amount: `${1000 + i}.50`, currency: 'USD' },
        countryCodes: ['KE', 'UG'],
      });
    }
    const small = await api.anonymous.request(PledgePage, { first: 5 });
    const large = await api.anonymous.request(PledgePage, { first: 30 });
    expect(large.data?.pledges.nodes).toHaveLength(30);
    expect(large.statements).toBeGreaterThan(0);
    expect(large.statements).toBeLessThanOrEqual(small.statements);
  });
});
