import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createMember, createPledge, createPublishedPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const Propose = graphql(`
  mutation ProposeRevision($id: ID!, $input: UpdatePledgeInput!) {
    proposePledgeRevision(id: $id, input: $input) {
      id
      status
      changes {
        field
        before
        after
      }
    }
  }
`);

const AcceptRevision = graphql(`
  mutation AcceptRevision($id: ID!) {
    acceptPledgeRevision(id: $id) {
      id
      title
      focusAreas {
        code
      }
    }
  }
`);

const RejectRevision = graphql(`
  mutation RejectRevision($id: ID!, $input: PledgeDecisionInput!) {
    rejectPledgeRevision(id: $id, input: $input) {
      id
      status
      decisionReason
    }
  }
`);

const Published = graphql(`
  query RevisionPledge($id: ID!) {
    pledge(id: $id) {
      id
      title
      focusAreas {
        code
      }
      pendingRevision {
        id
        status
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

const RevisionOutbox = graphql(`
  query RevisionOutbox($topic: String!) {
    notifications(filter: { topic: { eq: $topic } }) {
      nodes {
        recipientEmail
        body
      }
    }
    auditEntries(filter: { action: { startsWith: "pledge." } }) {
      nodes {
        action
      }
    }
  }
`);

const RevisionQueue = graphql(`
  query RevisionQueue($filter: PledgeRevisionFilter) {
    pledgeRevisions(filter: $filter) {
      totalCount
      nodes {
        id
        createdAt
        pledge {
          id
          title
        }
        proposedBy {
          email
        }
      }
    }
  }
`);

const WithPendingRevision = graphql(`
  query WithPendingRevision($has: Boolean!) {
    pledges(filter: { hasPendingRevision: $has }) {
      nodes {
        id
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

async function publishedOfPledger() {
  const admin = await api.admin();
  const member = await createMember(admin);
  const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
  const pledge = await createPublishedPledge(admin, { leadMemberId: member.id, title: 'Broadband for 300 schools', focusAreaCodes: ['ACCESS'] });
  return { admin, member, pledger, pledge };
}

describe('revisions of published pledges', () => {
  it('are proposed by the pledger and reviewed while the public keeps the published version', async () => {
    const { admin, pledger, pledge } = await publishedOfPledger();
    const { proposePledgeRevision: revision } = await pledger.data(Propose, { id: pledge.id, input: { title: 'Broadband for 450 schools', focusAreaCodes: ['ACCESS', 'ACCELERATE'] } });
    expect(revision.status).toBe('PENDING');
    expect(revision.changes).toEqual([
      { field: 'focusAreaCodes', before: ['ACCESS'], after: ['ACCELERATE', 'ACCESS'] },
      { field: 'title', before: 'Broadband for 300 schools', after: 'Broadband for 450 schools' },
    ]);

    const publicView = (await api.anonymous.data(Published, { id: pledge.id })).pledge!;
    expect(publicView).toMatchObject({ title: 'Broadband for 300 schools', pendingRevision: null });
    expect((await pledger.data(Published, { id: pledge.id })).pledge!.pendingRevision?.id).toBe(revision.id);
    expect(await pledger.error(Propose, { id: pledge.id, input: { title: 'Yet another title' } })).toMatchObject({ code: 'CONFLICT' });

    const { acceptPledgeRevision } = await admin.data(AcceptRevision, { id: revision.id });
    expect(acceptPledgeRevision.title).toBe('Broadband for 450 schools');
    expect(acceptPledgeRevision.focusAreas.map((f) => f.code).sort()).toEqual(['ACCELERATE', 'ACCESS']);
    const after = (await api.anonymous.data(Published, { id: pledge.id })).pledge!;
    expect(after.title).toBe('Broadband for 450 schools');
    expect((await admin.data(Published, { id: pledge.id })).pledge!.pendingRevision).toBeNull();
    expect((await admin.error(AcceptRevision, { id: revision.id })).code).toBe('INVALID_STATE');

    const outbox = await admin.data(RevisionOutbox, { topic: 'pledge.acceptRevision' });
    expect(outbox.notifications.nodes.map((n) => n.recipientEmail)).toEqual([pledger.email]);
    expect(outbox.auditEntries.nodes.map((n) => n.action)).toEqual(expect.arrayContaining(['pledge.proposeRevision', 'pledge.applyRevision']));
  });

  it('are rejected with a reason, the published version staying', async () => {
    const { admin, pledger, pledge } = await publishedOfPledger();
    const { proposePledgeRevision: revision } = await pledger.data(Propose, { id: pledge.id, input: { title: 'Broadband for 9,000 schools' } });
    const { rejectPledgeRevision } = await admin.data(RejectRevision, { id: revision.id, input: { reason: 'The funding covers 300 schools' } });
    expect(rejectPledgeRevision).toMatchObject({ status: 'REJECTED', decisionReason: 'The funding covers 300 schools' });
    expect((await api.anonymous.data(Published, { id: pledge.id })).pledge!.title).toBe('Broadband for 300 schools');
    const [message] = (await admin.data(RevisionOutbox, { topic: 'pledge.rejectRevision' })).notifications.nodes;
    expect(message!.body).toContain('The funding covers 300 schools');
    // A new proposal is possible once the last one is decided.
    expect((await pledger.data(Propose, { id: pledge.id, input: { title: 'Broadband for 320 schools' } })).proposePledgeRevision.status).toBe('PENDING');
  });

  it('wait in a queue, oldest first, that staff see whole and pledgers for their own members only', async () => {
    const first = await publishedOfPledger();
    const second = await publishedOfPledger();
    const quiet = await createPublishedPledge(first.admin, { leadMemberId: first.member.id });
    const older = (await first.pledger.data(Propose, { id: first.pledge.id, input: { title: 'Broadband for 310 schools' } })).proposePledgeRevision;
    const newer = (await second.pledger.data(Propose, { id: second.pledge.id, input: { title: 'Broadband for 320 schools' } })).proposePledgeRevision;

    const pending = { status: { eq: 'PENDING' as const } };
    const queue = (await first.admin.data(RevisionQueue, { filter: pending })).pledgeRevisions;
    expect(queue.nodes.map((r) => r.id)).toEqual([older.id, newer.id]);
    expect(queue.nodes[0]).toMatchObject({ pledge: { id: first.pledge.id, title: 'Broadband for 300 schools' }, proposedBy: { email: first.pledger.email } });
    const byMember = await first.admin.data(RevisionQueue, { filter: { ...pending, pledge: { leadMember: { id: { eq: second.member.id } } } } });
    expect(byMember.pledgeRevisions.nodes.map((r) => r.id)).toEqual([newer.id]);

    expect((await first.pledger.data(RevisionQueue, {})).pledgeRevisions.nodes.map((r) => r.id)).toEqual([older.id]);
    expect((await api.anonymous.error(RevisionQueue, {})).code).toBe('UNAUTHENTICATED');
    expect((await (await api.as('ORGANIZER')).error(RevisionQueue, {})).code).toBe('FORBIDDEN');

    const ids = async (client: typeof first.admin, has: boolean) => (await client.data(WithPendingRevision, { has })).pledges.nodes.map((p) => p.id).sort();
    expect(await ids(first.admin, true)).toEqual([first.pledge.id, second.pledge.id].sort());
    expect(await ids(first.admin, false)).toEqual([quiet.id]);
    expect(await ids(first.pledger, true)).toEqual([first.pledge.id]);
    // The public cannot tell which pledges have proposals waiting.
    expect(await ids(api.anonymous, true)).toEqual([]);
    expect(await ids(api.anonymous, false)).toEqual([first.pledge.id, second.pledge.id, quiet.id].sort());

    await first.admin.data(AcceptRevision, { id: older.id });
    expect((await first.admin.data(RevisionQueue, { filter: pending })).pledgeRevisions.nodes.map((r) => r.id)).toEqual([newer.id]);
    expect((await first.admin.data(RevisionQueue, { filter: { status: { eq: 'ACCEPTED' } } })).pledgeRevisions.totalCount).toBe(1);
  });

  it('refuse drafts, other members\' pledgers, bad codes and proposals that change nothing, writing nothing', async () => {
    const { admin, pledger, pledge, member } = await publishedOfPledger();
    const draft = await createPledge(pledger, { leadMemberId: member.id });
    expect(await pledger.error(Propose, { id: draft.id, input: { title: 'A better draft title' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const stranger = await api.as('PLEDGER', { memberIds: [(await createMember(admin)).id] });
    expect((await stranger.error(Propose, { id: pledge.id, input: { title: 'Not my pledge at all' } })).code).toBe('FORBIDDEN');
    expect(await pledger.error(Propose, { id: pledge.id, input: { focusAreaCodes: ['NOPE'] } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'focusAreaCodes' });
    expect(await pledger.error(Propose, { id: pledge.id, input: { title: 'Broadband for 300 schools' } })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await api.anonymous.error(Propose, { id: pledge.id, input: { title: 'Anonymous title change' } })).code).toBe('UNAUTHENTICATED');
    expect((await api.sql<{ n: number }>(`select count(*)::int as n from pledge_revision`))[0]!.n).toBe(0);
  });

  it('allow one waiting proposal per pledge, even when two arrive at once', async () => {
    const { admin, pledger, pledge } = await publishedOfPledger();
    const results = await Promise.all([
      pledger.request(Propose, { id: pledge.id, input: { title: 'Broadband for 310 schools' } }),
      admin.request(Propose, { id: pledge.id, input: { title: 'Broadband for 320 schools' } }),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(1);
    expect((await api.sql<{ n: number }>(`select count(*)::int as n from pledge_revision where status = 'PENDING'`))[0]!.n).toBe(1);
  });
});
