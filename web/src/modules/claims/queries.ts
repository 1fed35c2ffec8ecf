import { graphql } from '../../gql';

/** The claims module's GraphQL documents (types generated into src/gql by codegen). */
export const ClaimsDashboardQuery = graphql(`
  query ClaimsDashboard {
    claimsDashboard {
      byStatus { status count }
      openByStatusAndAge { status ageBucket count }
      openTotal
      reservesTotal
      reservesOutstanding
      paidTotal
      byLine { lineCode lineName count open }
    }
  }
`);

export const ClaimsListQuery = graphql(`
  query ClaimsList($filter: ClaimFilterInput, $first: Int!, $offset: Int!) {
    claims(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        id
        status
        lossDate
        lossPlace
        reportedAt
        insurerClaimNumber
        client { id displayName }
        totals { reserveCurrent paidTotal outstandingReserve }
      }
    }
  }
`);

export const ClaimQuery = graphql(`
  query Claim($id: ID!) {
    claim(id: $id) {
      id
      status
      allowedStatuses
      lossDate
      lossTime
      lossPlace
      description
      insurerClaimNumber
      handlerName
      reportedAt
      client { id displayName }
      policy { id number }
      parties { seq name role insurerName plate }
      history { fromStatus toStatus reason changedAt changedByName }
      money { seq kind amount entryDate payee reserveAfter paidAfter outstandingAfter }
      totals { reserveCurrent paidTotal outstandingReserve }
    }
    claimStatusTransitions { from to reasonRequiredFor }
  }
`);

export const ClientPoliciesForClaimQuery = graphql(`
  query ClientPoliciesForClaim($clientId: ID!) {
    policies(filter: { clientId: $clientId }, first: 100) {
      items { id number status }
    }
  }
`);

export const ReportClaimMutation = graphql(`
  mutation ReportClaim($input: ClaimInput!) {
    reportClaim(input: $input) { id }
  }
`);

export const MoveClaimMutation = graphql(`
  mutation MoveClaim($id: ID!, $status: ClaimStatus!, $reason: String) {
    moveClaim(id: $id, status: $status, reason: $reason) { id status allowedStatuses }
  }
`);

export const SetClaimReserveMutation = graphql(`
  mutation SetClaimReserve($id: ID!, $input: ClaimMoneyInput!) {
    setClaimReserve(id: $id, input: $input) { id totals { reserveCurrent paidTotal outstandingReserve } }
  }
`);

export const AddClaimPaymentMutation = graphql(`
  mutation AddClaimPayment($id: ID!, $input: ClaimMoneyInput!) {
    addClaimPayment(id: $id, input: $input) { id totals { reserveCurrent paidTotal outstandingReserve } }
  }
`);

export const ClientClaimsQuery = graphql(`
  query ClientClaims($id: ID!) {
    client(id: $id) {
      id
      claims {
        id
        status
        lossDate
        lossPlace
        totals { reserveCurrent paidTotal }
      }
    }
  }
`);
