import { graphql } from '../../../gql';

export const RenewalsDueQuery = graphql(`
  query RenewalsDue($days: Int!, $filter: RenewalsFilterInput, $first: Int!, $offset: Int!) {
    renewalsDue(days: $days, filter: $filter, first: $first, offset: $offset) {
      total
      items {
        ...PolicySummary
        producerId
      }
    }
  }
`);

export const RenewPolicyMutation = graphql(`
  mutation RenewPolicy($policyId: ID!, $input: RenewPolicyInput) {
    renewPolicy(policyId: $policyId, input: $input) {
      id
      number
    }
  }
`);
