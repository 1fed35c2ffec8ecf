import { graphql } from '../../../gql';

export const EndorsePolicyMutation = graphql(`
  mutation EndorsePolicy($policyId: ID!, $input: EndorsementInput!) {
    endorsePolicy(policyId: $policyId, input: $input) {
      ...PolicyDetail
    }
  }
`);

export const AddInsuredPersonMutation = graphql(`
  mutation AddInsuredPerson($policyId: ID!, $input: InsuredPersonInput!) {
    addInsuredPerson(policyId: $policyId, input: $input) {
      id
    }
  }
`);

export const RemoveInsuredPersonMutation = graphql(`
  mutation RemoveInsuredPerson($id: ID!) {
    removeInsuredPerson(id: $id)
  }
`);

export const AddInsuredObjectMutation = graphql(`
  mutation AddInsuredObject($policyId: ID!, $input: InsuredObjectInput!) {
    addInsuredObject(policyId: $policyId, input: $input) {
      id
    }
  }
`);
