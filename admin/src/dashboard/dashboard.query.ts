import { graphql } from '../gql/index.js';
import type { PledgeDashboardQuery, PledgeFilter } from '../gql/graphql.js';
import { execute } from '../graphql-client.js';

/**
 * Everything the dashboard shows, in one request: the headline totals, the cumulative USD
 * against the goal, and one `pledgeGroups` per breakdown (aliases), all over the same filter;
 * and the reporting cycles with their rates (which count published pledges whatever the filter).
 */
const Dashboard = graphql(`
  query PledgeDashboard($filter: PledgeFilter) {
    stats: pledgeStats(filter: $filter) {
      count
      valuedCount
      sumUsd
      averageUsd
      goalUsd
      goalProgress
      pledgingEntities
      governments
      implementationCountries
      ldcCount
      ldcShare
      womenCount
      womenShare
      disbursedUsd
      disbursedShare
      peopleReached
      overdueCount
    }
    progress: pledgeTimeSeries(interval: MONTH, filter: $filter) {
      goalUsd
      points {
        period
        cumulativeUsd
        cumulativeCount
      }
    }
    byFocusArea: pledgeGroups(groupBy: [FOCUS_AREA], filter: $filter, first: 20) {
      groups {
        count
        sumUsd
        key {
          focusArea {
            code
            name
            position
          }
        }
      }
    }
    byRegion: pledgeGroups(groupBy: [IMPLEMENTATION_REGION], filter: $filter, first: 20) {
      groups {
        count
        sumUsd
        key {
          region {
            id
            code
            name
          }
        }
      }
    }
    bySector: pledgeGroups(groupBy: [SECTOR], filter: $filter, first: 20) {
      groups {
        count
        sumUsd
        key {
          sector
        }
      }
    }
    byType: pledgeGroups(groupBy: [TYPE], filter: $filter, first: 20) {
      groups {
        count
        sumUsd
        key {
          type
        }
      }
    }
    byBeneficiaryGroup: pledgeGroups(groupBy: [BENEFICIARY_GROUP], filter: $filter, first: 50) {
      groups {
        count
        sumUsd
        key {
          beneficiaryGroup {
            code
            name
          }
        }
      }
    }
    bySdg: pledgeGroups(groupBy: [SDG], filter: $filter, first: 20) {
      groups {
        count
        sumUsd
        key {
          sdg {
            number
            title
          }
        }
      }
    }
    sdgs {
      number
      title
    }
    byImplementation: pledgeGroups(groupBy: [IMPLEMENTATION_STATUS], filter: $filter, first: 20) {
      groups {
        count
        sumUsd
        disbursedUsd
        peopleReached
        key {
          implementationStatus
        }
      }
    }
    byReportingHealth: pledgeGroups(groupBy: [REPORTING_HEALTH], filter: $filter, first: 20) {
      groups {
        count
        key {
          reportingHealth
        }
      }
    }
    reportingCycles {
      ...ReportingCycleRecord
    }
    curation: pledgeGroups(groupBy: [STATUS], first: 20) {
      groups {
        count
        key {
          status
        }
      }
    }
  }
`);

export type DashboardData = PledgeDashboardQuery;

/** Which pledges the dashboard counts: the published ones (what the coalition reports), or all the viewer may see. */
export type DashboardScope = 'published' | 'all';

export const scopeFilter = (scope: DashboardScope): PledgeFilter => (scope === 'published' ? { status: { eq: 'PUBLISHED' } } : {});

/** The list filter (as `pledgeFilterOf` reads it) that shows the pledges of a scope. */
export const scopeListFilter = (scope: DashboardScope): Record<string, unknown> => (scope === 'published' ? { status: ['PUBLISHED'] } : {});

export async function loadDashboard(scope: DashboardScope): Promise<DashboardData> {
  return execute(Dashboard, { filter: scopeFilter(scope) });
}
