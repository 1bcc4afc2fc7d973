import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/harness.js';
import { loadDemoData } from '../../server/src/demo/load-demo-data.js';
import { graphql } from '../gql/index.js';

const Page = graphql(`
  query ScalePage($first: Int, $after: String, $offset: Int, $orderBy: [PledgeOrder!], $search: String) {
    pledges(first: $first, after: $after, offset: $offset, orderBy: $orderBy, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        reference
        title
        usdValue
        leadMember {
          id
          name
          country {
            code
            ituRegion {
              code
            }
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
        regions {
          code
        }
        beneficiaryGroups {
          code
        }
        sdgs {
          number
        }
        event {
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

const PublicPage = graphql(`
  query ScalePublicPage($first: Int) {
    pledges(first: $first) {
      nodes {
        id
        title
        leadMember {
          id
          name
        }
        partners {
          id
          name
        }
        focusAreas {
          code
          name
        }
        countries {
          code
          name
        }
      }
    }
  }
`);

const Summary = graphql(`
  query ScaleSummary {
    pledgeStats {
      count
      ldcShare
      womenShare
    }
    pledgeGroups(groupBy: [IMPLEMENTATION_REGION, FOCUS_AREA], first: 1000) {
      totalCount
      groups {
        count
      }
    }
  }
`);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await loadDemoData(api.server.database.orm.em.fork(), { seed: 7, members: 60, pledges: 400 });
});
afterAll(() => api?.close());

describe('pledge lists over a few hundred demo pledges', () => {
  it('load a page of 100 with every relation in as many SQL statements as a page of 10', async () => {
    const ten = await api.anonymous.request(Page, { first: 10 });
    const hundred = await api.anonymous.request(Page, { first: 100 });
    expect(ten.errors).toBeUndefined();
    expect(hundred.data?.pledges.nodes).toHaveLength(100);
    // Relations already in the request's identity map cost no query, so a larger page may even need fewer.
    expect(hundred.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBeLessThanOrEqual(ten.statements);
    expect(ten.statements).toBeLessThanOrEqual(15);
  });

  it('fetch the relations a page asks for in the page\'s own statement', async () => {
    const page = await api.anonymous.request(PublicPage, { first: 50 });
    expect(page.errors).toBeUndefined();
    expect(page.data?.pledges.nodes).toHaveLength(50);
    expect(page.data?.pledges.nodes.some((n) => n.partners.length > 0 && n.countries.length > 0)).toBe(true);
    expect(page.statements + page.cacheHits).toBe(1);
  });

  it('walk cursors through every page in the same order as the offset form', async () => {
    for (const orderBy of [undefined, [{ field: 'USD_VALUE' as const, direction: 'DESC' as const }], [{ field: 'LEAD_MEMBER_NAME' as const, direction: 'ASC' as const }]]) {
      const byOffset: string[] = [];
      for (let offset = 0; ; offset += 100) {
        const { pledges } = await api.anonymous.data(Page, { first: 100, offset, orderBy });
        byOffset.push(...pledges.nodes.map((n) => n.id));
        if (pledges.nodes.length < 100) break;
      }
      const byCursor: string[] = [];
      let after: string | null | undefined;
      for (;;) {
        const { pledges } = await api.anonymous.data(Page, { first: 37, after, orderBy });
        byCursor.push(...pledges.nodes.map((n) => n.id));
        if (!pledges.pageInfo.hasNextPage) break;
        after = pledges.pageInfo.endCursor;
      }
      expect(byCursor).toEqual(byOffset);
      expect(new Set(byCursor).size).toBe(byCursor.length);
    }
  });

  it('search the demo texts, and aggregate them in shares near the coalition\'s', async () => {
    const searched = await api.anonymous.data(Page, { search: 'digital', first: 5 });
    expect(searched.pledges.totalCount).toBeGreaterThan(10);
    const { pledgeStats, pledgeGroups } = await api.anonymous.data(Summary);
    expect(pledgeStats.ldcShare).toBeGreaterThan(0.2);
    expect(pledgeStats.womenShare).toBeGreaterThan(0.35);
    expect(pledgeGroups.totalCount).toBe(pledgeStats.count);
    expect(pledgeGroups.groups.reduce((sum, g) => sum + g.count, 0)).toBeGreaterThan(pledgeStats.count);
  });
});
