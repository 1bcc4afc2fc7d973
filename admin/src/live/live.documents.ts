import { graphql } from '../gql/index.js';

export const LivePageTotals = graphql(`
  subscription LivePageTotals($eventId: ID) {
    pledgeTotals(eventId: $eventId) {
      at
      event {
        id
        name
        city
        startDate
        endDate
        country {
          name
        }
      }
      stats {
        count
        sumUsd
        pledgingEntities
        implementationCountries
        goalUsd
        goalProgress
      }
      latest {
        id
        reference
        title
        usdValue
        announcedAt
        publishedAt
        leadMember {
          name
        }
      }
    }
  }
`);

export const LivePageAnnounced = graphql(`
  subscription LivePageAnnounced($eventId: ID) {
    pledgeAnnounced(eventId: $eventId) {
      kind
      at
      pledge {
        id
      }
    }
  }
`);
