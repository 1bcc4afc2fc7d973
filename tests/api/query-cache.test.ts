import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createMember, createPledge, createPublishedPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const PublicPledges = graphql(`
  query CachePublicPledges {
    pledges(first: 50) {
      totalCount
      nodes {
        id
        title
        leadMember {
          name
        }
        focusAreas {
          code
        }
      }
    }
    pledgeStats {
      count
    }
  }
`);

const RenameMember = graphql(`
  mutation CacheRenameMember($id: ID!, $input: UpdateMemberInput!) {
    updateMember(id: $id, input: $input) {
      id
      name
    }
  }
`);

const until = async (check: () => Promise<boolean>, ms = 2000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());
beforeEach(() => api.reset());

describe('the read cache', () => {
  it('answers a repeated read without SQL, and a change made through the API is seen at once', async () => {
    const admin = await api.admin();
    const pledge = await createPublishedPledge(admin);

    const first = await api.anonymous.request(PublicPledges);
    expect(first.data?.pledges.totalCount).toBe(1);
    expect(first.statements).toBeGreaterThan(0);
    const again = await api.anonymous.request(PublicPledges);
    expect(again.data).toEqual(first.data);
    expect(again.statements).toBe(0);
    expect(again.cacheHits).toBeGreaterThan(0);

    await admin.data(RenameMember, { id: pledge.leadMember.id, input: { name: 'Renamed Member' } });
    const after = await api.anonymous.request(PublicPledges);
    expect(after.statements).toBeGreaterThan(0);
    expect(after.data?.pledges.nodes[0]!.leadMember.name).toBe('Renamed Member');

    await createPublishedPledge(admin, { leadMemberId: (await createMember(admin)).id });
    expect((await api.anonymous.data(PublicPledges)).pledgeStats.count).toBe(2);
  });

  it('drops what it holds when another process changes the data', async () => {
    const admin = await api.admin();
    await createPublishedPledge(admin);
    await api.anonymous.data(PublicPledges);
    expect((await api.anonymous.request(PublicPledges)).statements).toBe(0);

    // Another API process, a psql session or a migration: the database announces the commit.
    await api.sql(`update pledge set title = 'Changed elsewhere'`);
    expect(await until(async () => (await api.anonymous.data(PublicPledges)).pledges.nodes[0]!.title === 'Changed elsewhere')).toBe(true);
  });

  it('does not mix what viewers may see', async () => {
    const admin = await api.admin();
    await createPublishedPledge(admin);
    const member = await createMember(admin);
    const pledger = await api.as('PLEDGER', { memberIds: [member.id] });
    await createPledge(pledger, { leadMemberId: member.id });
    for (let i = 0; i < 2; i++) {
      expect((await pledger.data(PublicPledges)).pledges.totalCount).toBe(2);
      expect((await api.anonymous.data(PublicPledges)).pledges.totalCount).toBe(1);
      expect((await admin.data(PublicPledges)).pledges.totalCount).toBe(2);
    }
  });

  it('stops caching while change notifications cannot be heard, and resumes when they can', async () => {
    const admin = await api.admin();
    await createPublishedPledge(admin);
    await api.anonymous.data(PublicPledges);
    expect((await api.anonymous.request(PublicPledges)).statements).toBe(0);

    await api.sql(`select pg_terminate_backend(pid) from pg_stat_activity where query like 'LISTEN%' and datname = current_database()`);
    expect(await until(async () => !api.server.changes.live, 1000)).toBe(true);
    // A change made while no one listens must not be hidden by what was cached before.
    await api.sql(`update pledge set title = 'Changed unheard'`);
    const during = await api.anonymous.request(PublicPledges);
    expect(during.data?.pledges.nodes[0]!.title).toBe('Changed unheard');
    expect(during.cacheHits).toBe(0);

    expect(await until(() => Promise.resolve(api.server.changes.live), 5000)).toBe(true);
    await api.anonymous.data(PublicPledges);
    expect((await api.anonymous.request(PublicPledges)).statements).toBe(0);
  });

  it('can be turned off', async () => {
    const uncached = await startTestApi({ queryCacheEntries: 0 });
    try {
      await uncached.anonymous.data(PublicPledges);
      const again = await uncached.anonymous.request(PublicPledges);
      expect(again.statements).toBeGreaterThan(0);
      expect(again.cacheHits).toBe(0);
    } finally {
      await uncached.close();
    }
  });
});
