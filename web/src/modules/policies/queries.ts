import { graphql } from '../../gql';

/** One row of the policy lists (the list page, the client card's tabs). */
export const PolicySummaryFragment = graphql(`
  fragment PolicySummary on Policy {
    id
    number
    status
    foreignBusiness
    coverStart
    coverEnd
    premiumGross
    paymentFrequency
    client {
      id
      displayName
    }
    insurer {
      id
      name
    }
    line {
      id
      code
      name
    }
  }
`);

export const PoliciesListQuery = graphql(`
  query PoliciesList($filter: PolicyFilterInput, $first: Int!, $offset: Int!) {
    policies(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        ...PolicySummary
      }
    }
  }
`);

export const PolicyReferenceQuery = graphql(`
  query PolicyReference {
    insurers {
      id
      name
      code
      taxId
      agencyCode
    }
    linesOfBusiness {
      id
      code
      name
      defaultTaxRate
    }
  }
`);

export const PolicyDetailFragment = graphql(`
  fragment PolicyDetail on Policy {
    id
    number
    status
    allowedStatuses
    foreignBusiness
    coverStart
    coverEnd
    issueDate
    premiumNet
    premiumTaxes
    premiumGross
    paymentFrequency
    producerId
    notes
    updatedAt
    client {
      id
      displayName
    }
    insurer {
      id
      name
    }
    line {
      id
      code
      name
    }
    tacitRenewal
    insuredSum
    previous {
      id
      number
    }
    renewedBy {
      id
      number
    }
    versions {
      id
      version
      kind
      effectiveDate
      reason
      createdByName
      createdAt
      changes {
        field
        before
        after
      }
      terms {
        coverStart
        coverEnd
        premiumNet
        premiumTaxes
        premiumGross
        insuredSum
        paymentFrequency
      }
    }
    insuredPersons {
      id
      role
      client {
        id
        displayName
      }
    }
    insuredObjects {
      id
      kind
      description
      insuredSum
      addedOn
      removedOn
    }
    vehicles {
      id
      plateDisplay
      make
      model
    }
    installments {
      id
      seq
      dueDate
      periodStart
      periodEnd
      net
      taxes
      gross
      paid
    }
  }
`);

export const PolicyQuery = graphql(`
  query Policy($id: ID!) {
    policy(id: $id) {
      ...PolicyDetail
    }
  }
`);

export const PolicyDocumentsQuery = graphql(`
  query PolicyDocuments($ownerId: ID!) {
    documents(ownerType: "policy", ownerId: $ownerId) {
      id
      category
      fileName
      contentType
      sizeBytes
      createdAt
      downloadUrl
    }
  }
`);

export const PolicyAuditTrailQuery = graphql(`
  query PolicyAuditTrail($policyId: ID!, $first: Int, $after: String) {
    policyAuditTrail(policyId: $policyId, first: $first, after: $after) {
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

export const ClientPoliciesQuery = graphql(`
  query ClientPolicies($clientId: ID!, $scope: ClientPolicyScope!, $first: Int!, $offset: Int!) {
    client(id: $clientId) {
      id
      policies(scope: $scope, first: $first, offset: $offset) {
        total
        items {
          ...PolicySummary
        }
      }
    }
  }
`);

export const PoliciesDashboardQuery = graphql(`
  query PoliciesDashboard {
    policiesDashboard {
      inForce
      inForceGross
      byLine {
        key
        name
        count
        premiumGross
      }
      byInsurer {
        key
        name
        count
        premiumGross
      }
      renewalsDue30
      renewalsDue60
      renewalsDue90
      newBusinessPerMonth {
        month
        count
        premiumGross
      }
      lapsed
      lapseBase
      lapseRate
    }
  }
`);
