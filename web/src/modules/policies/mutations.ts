import { graphql } from '../../gql';

export const CreatePolicyMutation = graphql(`
  mutation CreatePolicy($input: CreatePolicyInput!) {
    createPolicy(input: $input) {
      ...PolicyDetail
    }
  }
`);

export const UpdatePolicyMutation = graphql(`
  mutation UpdatePolicy($id: ID!, $input: PolicyInput!) {
    updatePolicy(id: $id, input: $input) {
      ...PolicyDetail
    }
  }
`);

export const SetPolicyStatusMutation = graphql(`
  mutation SetPolicyStatus($id: ID!, $status: PolicyStatus!) {
    setPolicyStatus(id: $id, status: $status) {
      ...PolicyDetail
    }
  }
`);

export const CreateInsurerMutation = graphql(`
  mutation CreateInsurer($input: InsurerInput!) {
    createInsurer(input: $input) {
      id
      name
      code
      taxId
      agencyCode
    }
  }
`);

export const UpdateInsurerMutation = graphql(`
  mutation UpdateInsurer($id: ID!, $input: InsurerInput!) {
    updateInsurer(id: $id, input: $input) {
      id
      name
      code
      taxId
      agencyCode
    }
  }
`);

export const UpdateLineOfBusinessMutation = graphql(`
  mutation UpdateLineOfBusiness($id: ID!, $input: LineOfBusinessInput!) {
    updateLineOfBusiness(id: $id, input: $input) {
      id
      code
      name
      defaultTaxRate
    }
  }
`);
