import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createCountryNeed, createEvent, createMember, createPublishedNeed, createPublishedPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';
import type { GraphQLClient } from '../support/client.js';

const Need = graphql(`
  query MatchmakingNeed($id: ID!) {
    countryNeed(id: $id) {
      id
      status
      statusReason
      allocatedUsd
      remainingGapUsd
      fundingGap {
        usdValue
      }
      country {
        code
      }
    }
  }
`);

const SubmitNeed = graphql(`
  mutation MatchmakingSubmitNeed($id: ID!) {
    submitCountryNeed(id: $id) {
      id
      status
    }
  }
`);

const SuggestPledges = graphql(`
  query MatchmakingSuggestPledges($needId: ID!, $first: Int!, $offset: Int!) {
    suggestedPledges(needId: $needId, first: $first, offset: $offset) {
      totalCount
      hasNextPage
      nodes {
        score
        remainingUsd
        pledge {
          id
          title
        }
        components {
          component
          weight
          value
          contribution
          explanation
        }
      }
    }
  }
`);

const SuggestNeeds = graphql(`
  query MatchmakingSuggestNeeds($pledgeId: ID!) {
    suggestedNeeds(pledgeId: $pledgeId, first: 10) {
      totalCount
      nodes {
        score
        need {
          id
        }
      }
    }
  }
`);

const Configure = graphql(`
  mutation MatchmakingConfigure($id: ID!, $input: RoundtableSettingsInput!) {
    configureRoundtable(id: $id, input: $input) {
      id
      roundtable {
        countries {
          code
        }
        weights {
          component
          weight
        }
      }
    }
  }
`);

const Allocate = graphql(`
  mutation MatchmakingAllocate($roundtableId: ID!) {
    runAllocation(roundtableId: $roundtableId) {
      financialObjective
      candidatePairs
      matches {
        id
        status
        amountUsd
        score
        version
        need {
          id
        }
        pledge {
          id
        }
      }
    }
  }
`);

const Propose = graphql(`
  mutation MatchmakingPropose($input: ProposeMatchInput!) {
    proposeMatch(input: $input) {
      id
      status
      amountUsd
      version
    }
  }
`);

const Accept = graphql(`
  mutation MatchmakingAccept($id: ID!, $amountUsd: Decimal) {
    acceptMatch(id: $id, amountUsd: $amountUsd) {
      id
      status
      amountUsd
    }
  }
`);

const Confirm = graphql(`
  mutation MatchmakingConfirm($id: ID!) {
    confirmMatch(id: $id) {
      id
      status
      pledgerConfirmedAt
      countryConfirmedAt
    }
  }
`);

const Start = graphql(`
  mutation MatchmakingStart($id: ID!) {
    startMatchImplementation(id: $id) {
      status
    }
  }
`);

const Close = graphql(`
  mutation MatchmakingClose($id: ID!) {
    closeMatch(id: $id) {
      status
    }
  }
`);

const Decline = graphql(`
  mutation MatchmakingDecline($id: ID!, $input: MatchDecisionInput!) {
    declineMatch(id: $id, input: $input) {
      status
      statusReason
    }
  }
`);

const RoundtableView = graphql(`
  query MatchmakingRoundtable($id: ID!) {
    event(id: $id) {
      roundtable {
        needs {
          need {
            id
          }
          gapUsd
          allocatedUsd
          coverage
          matches
        }
        pledges {
          pledge {
            id
          }
          valueUsd
          allocatedUsd
          share
        }
        byCountry {
          country {
            code
          }
          needs
          gapUsd
          allocatedUsd
        }
        byFocusArea {
          focusArea {
            code
          }
          needs
        }
      }
    }
  }
`);

const Matches = graphql(`
  query MatchmakingMatches {
    matches {
      totalCount
    }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());
beforeEach(() => api.reset());

const usd = (amount: string) => ({ amount, currency: 'USD' });

/** Pledges around Kenya: in Kenya, in Uganda only, worldwide. */
async function landscape(admin: GraphQLClient) {
  const member = await createMember(admin);
  const kenya = await createPublishedPledge(admin, { leadMemberId: member.id, title: 'Kenya broadband', type: 'FINANCIAL', countryCodes: ['KE'], estimatedValue: usd('600000') });
  const uganda = await createPublishedPledge(admin, { leadMemberId: member.id, title: 'Uganda broadband', type: 'FINANCIAL', countryCodes: ['UG'], estimatedValue: usd('900000') });
  const world = await createPublishedPledge(admin, { leadMemberId: member.id, title: 'Worldwide skills', type: 'PROGRAMMATIC', countryCodes: [], isGlobal: true, focusAreaCodes: ['ADOPTION'], estimatedValue: usd('5000000') });
  return { member, kenya, uganda, world };
}

describe('country needs', () => {
  it('are submitted by a government\'s focal points for their own country, curated, and public once published', async () => {
    const admin = await api.admin();
    const government = await createMember(admin, { sector: 'GOVERNMENT', countryCode: 'KE' });
    const company = await createMember(admin, { sector: 'PRIVATE_SECTOR', countryCode: 'KE' });
    const focalPoint = await api.as('PLEDGER', { memberIds: [government.id, company.id] });

    expect(await focalPoint.error(graphqlCreate, { input: needInput({ memberId: company.id }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberId' });
    expect(await focalPoint.error(graphqlCreate, { input: needInput({ memberId: government.id, countryCode: 'UG' }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countryCode' });
    expect(await focalPoint.error(graphqlCreate, { input: needInput({}) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberId' });
    expect(await admin.error(graphqlCreate, { input: needInput({ regionId: null, countryCode: null }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'countryCode' });
    expect(await admin.error(graphqlCreate, { input: needInput({ startDate: '2026-01-01', endDate: '2025-01-01' }) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endDate' });

    const need = await createCountryNeed(focalPoint, { memberId: government.id });
    expect((await api.anonymous.data(Need, { id: need.id })).countryNeed).toBeNull();
    expect((await focalPoint.data(SubmitNeed, { id: need.id })).submitCountryNeed.status).toBe('SUBMITTED');
    const outsider = await api.as('PLEDGER', { memberIds: [company.id] });
    expect((await outsider.data(Need, { id: need.id })).countryNeed).toBeNull();
    await admin.data(graphqlApprove, { id: need.id });
    expect((await api.anonymous.data(Need, { id: need.id })).countryNeed).toMatchObject({ status: 'PUBLISHED', statusReason: null, remainingGapUsd: '1000000', country: { code: 'KE' } });
    const audit = await api.sql<{ action: string }>(`select action from audit_entry where entity_type = 'CountryNeed' order by id`);
    expect(audit.map((a) => a.action)).toEqual(['countryNeed.create', 'countryNeed.submit', 'countryNeed.approve']);
  });
});

describe('suggestions', () => {
  it('rank the pledges that can work for a need, best first, each score explained; pledges elsewhere are left out', async () => {
    const admin = await api.admin();
    const { kenya, uganda, world } = await landscape(admin);
    const need = await createPublishedNeed(admin);
    const { suggestedPledges } = await admin.data(SuggestPledges, { needId: need.id, first: 10, offset: 0 });
    expect(suggestedPledges.nodes.map((s) => s.pledge.id)).toEqual([kenya.id, world.id]);
    expect(suggestedPledges.nodes.map((s) => s.pledge.id)).not.toContain(uganda.id);
    const [best] = suggestedPledges.nodes;
    expect(best!.score).toBeGreaterThan(suggestedPledges.nodes[1]!.score);
    expect(best!.components.find((c) => c.component === 'GEOGRAPHY')).toMatchObject({ value: 1, explanation: 'implemented in the need\'s country' });
    expect(best!.components.find((c) => c.component === 'BUDGET')).toMatchObject({ value: 0.6, explanation: 'could cover 60% of the remaining gap' });
    expect(best!.components.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(best!.score);
    expect(best!.remainingUsd).toBe('600000');

    const page = (await admin.data(SuggestPledges, { needId: need.id, first: 1, offset: 1 })).suggestedPledges;
    expect(page).toMatchObject({ totalCount: 2, hasNextPage: false, nodes: [{ pledge: { id: world.id } }] });
    expect((await admin.data(SuggestNeeds, { pledgeId: kenya.id })).suggestedNeeds.nodes.map((n) => n.need.id)).toEqual([need.id]);
    expect((await admin.data(SuggestNeeds, { pledgeId: uganda.id })).suggestedNeeds.totalCount).toBe(0);
    expect((await api.anonymous.error(SuggestPledges, { needId: need.id, first: 10, offset: 0 })).code).toBe('UNAUTHENTICATED');
    expect(await admin.error(SuggestPledges, { needId: need.id, first: 1000, offset: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('allocation at a roundtable', () => {
  it('proposes the best allocation as SUGGESTED matches, within every gap and capacity, and reports coverage once taken up', async () => {
    const admin = await api.admin();
    const { kenya, world } = await landscape(admin);
    const first = await createPublishedNeed(admin, { fundingGap: usd('500000') });
    const second = await createPublishedNeed(admin, { fundingGap: usd('300000') });
    const advocacy = await createPublishedNeed(admin, { modality: 'ADVOCACY', fundingGap: null, focusAreaCode: 'ADOPTION' });
    const roundtable = await createEvent(admin);
    const configured = await admin.data(Configure, { id: roundtable.id, input: { countryCodes: ['KE', 'RW'] } });
    expect(configured.configureRoundtable.roundtable?.countries.map((c) => c.code).sort()).toEqual(['KE', 'RW']);

    const { runAllocation } = await admin.data(Allocate, { roundtableId: roundtable.id });
    expect(runAllocation.matches.every((m) => m.status === 'SUGGESTED')).toBe(true);
    const allocated = (pledgeId: string) => runAllocation.matches.filter((m) => m.pledge.id === pledgeId).reduce((s, m) => s + Number(m.amountUsd ?? 0), 0);
    expect(allocated(kenya.id)).toBeLessThanOrEqual(600000);
    for (const [need, gap] of [[first, 500000], [second, 300000]] as const) {
      expect(runAllocation.matches.filter((m) => m.need.id === need.id).reduce((s, m) => s + Number(m.amountUsd ?? 0), 0)).toBe(gap);
    }
    // The non-financial need is matched without an amount.
    expect(runAllocation.matches.filter((m) => m.need.id === advocacy.id).map((m) => m.amountUsd)).toEqual([null]);
    // Running again replaces the suggestions rather than adding to them.
    const again = (await admin.data(Allocate, { roundtableId: roundtable.id })).runAllocation;
    expect(again.matches.length).toBe(runAllocation.matches.length);
    expect((await api.sql<{ n: number }>(`select count(*)::int as n from match`))[0]!.n).toBe(again.matches.length);
    expect(again.financialObjective).toBeCloseTo(runAllocation.financialObjective);

    const suggestion = again.matches.find((m) => m.need.id === first.id && m.pledge.id === kenya.id)!;
    const { acceptMatch } = await admin.data(Accept, { id: suggestion.id, amountUsd: '400000' });
    expect(acceptMatch).toMatchObject({ status: 'PROPOSED', amountUsd: '400000' });
    const view = (await admin.data(RoundtableView, { id: roundtable.id })).event!.roundtable!;
    expect(view.needs!.find((n) => n.need.id === first.id)).toMatchObject({ gapUsd: '500000', allocatedUsd: '400000', coverage: 0.8, matches: 1 });
    expect(view.pledges!.find((p) => p.pledge.id === kenya.id)).toMatchObject({ valueUsd: '600000', allocatedUsd: '400000' });
    expect(view.byCountry).toEqual([{ country: { code: 'KE' }, needs: 3, gapUsd: '800000', allocatedUsd: '400000' }]);
    expect((await api.anonymous.data(RoundtableView, { id: roundtable.id })).event!.roundtable!.needs).toBeNull();
    expect(world.id).toBeTruthy();
  });
});

describe('matches', () => {
  it('go proposed → agreed (both sides) → in implementation → closed, audited and notified', async () => {
    const admin = await api.admin();
    const { member, kenya } = await landscape(admin);
    const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
    const organizer = await api.as('ORGANIZER');
    const need = await createPublishedNeed(admin);
    const { proposeMatch: match } = await organizer.data(Propose, { input: { needId: need.id, pledgeId: kenya.id, amountUsd: '250000' } });
    expect(match).toMatchObject({ status: 'PROPOSED', amountUsd: '250000' });
    expect(await organizer.error(Propose, { input: { needId: need.id, pledgeId: kenya.id, amountUsd: '1000' } })).toMatchObject({ code: 'CONFLICT', field: 'pledgeId' });
    expect((await pledger.data(Confirm, { id: match.id })).confirmMatch).toMatchObject({ status: 'PROPOSED', countryConfirmedAt: null });
    expect((await organizer.data(Confirm, { id: match.id })).confirmMatch.status).toBe('AGREED');
    expect(await organizer.error(Close, { id: match.id })).toMatchObject({ code: 'INVALID_STATE' });
    expect((await pledger.data(Start, { id: match.id })).startMatchImplementation.status).toBe('IN_IMPLEMENTATION');
    expect((await organizer.data(Close, { id: match.id })).closeMatch.status).toBe('CLOSED');
    expect(await organizer.error(Decline, { id: match.id, input: { reason: 'Too late' } })).toMatchObject({ code: 'INVALID_STATE' });
    const topics = await api.sql<{ topic: string }>(`select distinct topic from notification where topic like 'match.%' order by topic`);
    expect(topics.map((t) => t.topic)).toEqual(['match.agree', 'match.propose']);
    const audit = await api.sql<{ action: string }>(`select action from audit_entry where entity_type = 'Match' order by id`);
    expect(audit.map((a) => a.action)).toEqual(['match.create', 'match.confirm', 'match.confirm', 'match.startImplementation', 'match.close']);
    // Pledgers see the matches of their pledges; others nothing.
    expect((await pledger.data(Matches)).matches.totalCount).toBe(1);
    expect((await (await api.as('PLEDGER')).data(Matches)).matches.totalCount).toBe(0);
  });

  it('never allocate more than a pledge\'s value or a need\'s gap, even when two organizers propose at the same moment', async () => {
    const admin = await api.admin();
    const { kenya } = await landscape(admin);
    const needs = await Promise.all([createPublishedNeed(admin), createPublishedNeed(admin)]);
    const [one, two] = [await api.as('ORGANIZER'), await api.as('ORGANIZER')];
    expect(await one.error(Propose, { input: { needId: needs[0]!.id, pledgeId: kenya.id, amountUsd: '700000' } })).toMatchObject({ code: 'CONFLICT', field: 'amountUsd' });
    expect(await one.error(Propose, { input: { needId: needs[0]!.id, pledgeId: kenya.id, amountUsd: '1100000' } })).toMatchObject({ code: 'CONFLICT' });
    expect(await one.error(Propose, { input: { needId: needs[0]!.id, pledgeId: kenya.id } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountUsd' });

    for (let round = 0; round < 3; round++) {
      await api.sql(`delete from match`);
      const results = await Promise.all([
        one.request(Propose, { input: { needId: needs[0]!.id, pledgeId: kenya.id, amountUsd: '400000' } }),
        two.request(Propose, { input: { needId: needs[1]!.id, pledgeId: kenya.id, amountUsd: '400000' } }),
      ]);
      expect(results.filter((r) => !r.errors).length).toBe(1);
      expect(results.find((r) => r.errors)!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'amountUsd', availableUsd: '200000.00' });
      const [{ total }] = await api.sql<{ total: string }>(`select sum(amount_usd)::text as total from match where pledge_id = (select id from pledge where title = 'Kenya broadband')`);
      expect(Number(total)).toBe(400000);
    }
    // Declining frees the amount.
    const [{ id }] = await api.sql<{ id: number }>(`select id from match`);
    const matchId = Buffer.from(`Match:${id}`).toString('base64url');
    await one.data(Decline, { id: matchId, input: { reason: 'The ministry chose another partner' } });
    expect((await two.data(Propose, { input: { needId: needs[1]!.id, pledgeId: kenya.id, amountUsd: '600000' } })).proposeMatch.status).toBe('PROPOSED');
  });
});

const NeedsPage = graphql(`
  query MatchmakingNeedsPage($first: Int!) {
    countryNeeds(first: $first) {
      nodes {
        id
        allocatedUsd
        remainingGapUsd
        country {
          code
        }
        focusArea {
          code
        }
        beneficiaryGroups {
          code
        }
      }
    }
    matches(first: $first) {
      nodes {
        amountUsd
        need {
          title
        }
        pledge {
          title
        }
      }
    }
  }
`);

describe('reading needs and matches', () => {
  it('loads a page with allocations and relations in as many statements as a page of two', async () => {
    const admin = await api.admin();
    const { kenya } = await landscape(admin);
    for (let i = 0; i < 6; i++) {
      const need = await createPublishedNeed(admin, { fundingGap: usd('50000') });
      await admin.data(Propose, { input: { needId: need.id, pledgeId: kenya.id, amountUsd: '10000' } });
    }
    const small = await admin.request(NeedsPage, { first: 2 });
    const large = await admin.request(NeedsPage, { first: 6 });
    expect(large.errors).toBeUndefined();
    expect(large.data!.countryNeeds.nodes.every((n) => n.allocatedUsd === '10000' && n.remainingGapUsd === '40000')).toBe(true);
    expect(large.data!.matches.nodes).toHaveLength(6);
    expect(large.statements).toBeLessThanOrEqual(small.statements);
  });
});

const graphqlCreate = graphql(`
  mutation MatchmakingCreateNeed($input: CreateCountryNeedInput!) {
    createCountryNeed(input: $input) {
      id
    }
  }
`);

const graphqlApprove = graphql(`
  mutation MatchmakingApproveNeed($id: ID!) {
    approveCountryNeed(id: $id) {
      id
    }
  }
`);

function needInput(overrides: Record<string, unknown>) {
  return {
    title: 'Connect rural schools',
    description: 'Broadband for the rural schools listed in the national digital diagnostic.',
    countryCode: 'KE',
    focusAreaCode: 'ACCESS',
    modality: 'FINANCIAL' as const,
    fundingGap: usd('100000'),
    ...overrides,
  };
}
