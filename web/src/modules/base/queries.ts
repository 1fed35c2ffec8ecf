import { graphql } from '../../gql';

/** The signed-in person, the active company and the rights there: drives navigation and guards. */
export const MeQuery = graphql(`
  query Me {
    me {
      user {
        id
        email
        displayName
        locale
        isOperator
        totpEnabled
      }
      company {
        id
        code
        name
        country
        locale
        currency
      }
      rights
      roleName
      roleTemplate
      channel
      mfaEnrollmentRequired
      supportAccessUntil
      companies {
        roleName
        roleTemplate
        company {
          id
          code
          name
        }
      }
    }
  }
`);

export const BaseDashboardQuery = graphql(`
  query BaseDashboard {
    baseDashboard {
      activeUsers
      inactiveUsers
      failedSignIns
      openSupportGrants
      auditEventsToday
      signInsPerDay {
        day
        count
      }
    }
  }
`);

export const UsersQuery = graphql(`
  query Users {
    users {
      id
      active
      createdAt
      user {
        id
        email
        displayName
        locale
        totpEnabled
        lastLoginAt
        disabled
      }
      role {
        id
        name
        template
      }
    }
  }
`);

/** A role as the role pages show it; the role mutations answer with the same fields (one cache entry). */
export const RoleFieldsFragment = graphql(`
  fragment RoleFields on Role {
    id
    name
    description
    rights
    template
    memberCount
  }
`);

export const RolesQuery = graphql(`
  query Roles {
    roles {
      ...RoleFields
      createdAt
    }
  }
`);

export const RoleQuery = graphql(`
  query Role($id: ID!) {
    role(id: $id) {
      ...RoleFields
    }
  }
`);

export const RoleTemplatesQuery = graphql(`
  query RoleTemplates {
    roleTemplates {
      key
      name
      rights
    }
  }
`);

export const RightsCatalogueQuery = graphql(`
  query RightsCatalogue {
    rightsCatalogue {
      module
      actions
    }
  }
`);

export const AuditEventsQuery = graphql(`
  query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      totalCount
      hasNextPage
      endCursor
      nodes {
        id
        seq
        at
        userId
        userEmail
        roleName
        channel
        action
        entityType
        entityId
        before
        after
        hash
        subject {
          type
          id
          displayName
          deleted
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

export const VerifyAuditChainQuery = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      ok
      checked
      firstBrokenSeq
      problem
    }
  }
`);

export const ExportAuditCsvQuery = graphql(`
  query ExportAuditCsv($filter: AuditFilterInput) {
    exportAuditCsv(filter: $filter)
  }
`);

export const SupportGrantsQuery = graphql(`
  query SupportGrants {
    supportGrants {
      id
      active
      createdAt
      expiresAt
      reason
      revokedAt
      rights
    }
  }
`);

export const CompaniesQuery = graphql(`
  query Companies {
    companies {
      id
      code
      name
      country
      locale
      currency
      email
      createdAt
    }
  }
`);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      current
      kind
      ip
      userAgent
      createdAt
      lastSeenAt
      expiresAt
    }
  }
`);
