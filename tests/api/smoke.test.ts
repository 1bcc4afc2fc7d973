import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { createPublishedPledge, createPledge } from '../support/factories.js';
import { graphql } from '../gql/index.js';

const Pledges = graphql(`
  query SmokePledges($first: Int) {
    pledges(first: $first) {
      totalCount
      nodes {
        id
        title
        status
        leadMember {
          name
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

describe('smoke', () => {
  it('publishes a pledge and shows only it to the public', async () => {
    const admin = await api.admin();
    const published = await createPublishedPledge(admin);
    await createPledge(admin);
    const result = await api.anonymous.data(Pledges, { first: 10 });
    expect(result.pledges.totalCount).toBe(1);
    expect(result.pledges.nodes[0]!.id).toBe(published.id);
    expect(published.reference).toBe(1);
  });
});
