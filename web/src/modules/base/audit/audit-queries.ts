import { graphql } from '../../../gql';

/** A card's History tab: its audit rows with their subject and changes, newest first. */
export const ClientAuditTrailQuery = graphql(`
  query ClientAuditTrail($clientId: ID!, $first: Int, $after: String) {
    clientAuditTrail(clientId: $clientId, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes {
        id
        seq
        at
        userEmail
        roleName
        channel
        action
        entityType
        before
        after
        changes {
          field
          before
          after
        }
      }
    }
  }
`);
