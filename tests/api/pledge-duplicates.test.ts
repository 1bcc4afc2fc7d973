import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createMember, createPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const Duplicates = graphql(`
  query PledgeDuplicates($id: ID!) {
    pledge(id: $id) {
      id
      possibleDuplicates {
        titleSimilarity
        descriptionSimilarity
        pledge {
          id
          title
        }
      }
    }
  }
`);

const QueueDuplicates = graphql(`
  query QueueDuplicates($first: Int!) {
    pledges(first: $first, filter: { status: { eq: DRAFT } }) {
      nodes {
        id
        possibleDuplicates {
          pledge {
            id
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

describe('likely duplicate pledges', () => {
  it('are the same lead member\'s pledges with a similar title or description, most alike first', async () => {
    const admin = await api.admin();
    const leadMemberId = (await createMember(admin)).id;
    const original = await createPledge(admin, { leadMemberId, title: 'Connecting 500 rural schools in Kenya to broadband' });
    const reworded = await createPledge(admin, { leadMemberId, title: 'Connecting 500 rural schools in Kenya with broadband internet' });
    const unrelated = await createPledge(admin, {
      leadMemberId,
      title: 'Cybersecurity certification for national CERT staff',
      description: 'Training and certifying incident responders of national computer emergency teams across the region.',
    });
    const otherMember = await createPledge(admin, { title: 'Connecting 500 rural schools in Kenya to broadband' });

    const { pledge } = await admin.data(Duplicates, { id: reworded.id });
    const found = pledge!.possibleDuplicates!.map((d) => d.pledge.id);
    expect(found[0]).toBe(original.id);
    expect(found).not.toContain(unrelated.id);
    expect(found).not.toContain(otherMember.id);
    expect(found).not.toContain(reworded.id);
    expect(pledge!.possibleDuplicates![0]!.titleSimilarity).toBeGreaterThan(0.45);

    const distinct = await admin.data(Duplicates, { id: otherMember.id });
    expect(distinct.pledge!.possibleDuplicates).toEqual([]);
  });

  it('are shown to staff only', async () => {
    const admin = await api.admin();
    const member = await createMember(admin);
    const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
    const first = await createPledge(pledger, { leadMemberId: member.id, title: 'Digital skills for 10,000 women in Ghana' });
    await createPledge(pledger, { leadMemberId: member.id, title: 'Digital skills for 10,000 women in Ghana and Togo' });
    expect((await pledger.data(Duplicates, { id: first.id })).pledge!.possibleDuplicates).toBeNull();
    const curator = await api.as('CURATOR');
    expect((await curator.data(Duplicates, { id: first.id })).pledge!.possibleDuplicates).toHaveLength(1);
  });

  it('are found for a whole queue page at once: the statements do not grow with the page', async () => {
    const admin = await api.admin();
    const leadMemberId = (await createMember(admin)).id;
    for (let i = 0; i < 8; i++) await createPledge(admin, { leadMemberId, title: `Community networks for remote villages, phase ${i + 1}` });
    const small = await admin.request(QueueDuplicates, { first: 2 });
    const large = await admin.request(QueueDuplicates, { first: 8 });
    expect(large.errors).toBeUndefined();
    expect(large.data!.pledges.nodes.every((n) => n.possibleDuplicates!.length >= 1)).toBe(true);
    expect(large.statements).toBeLessThanOrEqual(small.statements);
  });
});
