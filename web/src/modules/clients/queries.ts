import { graphql } from '../../gql';

/** One row of the client list, the global search and the pickers: what identifies a card at a glance. */
export const ClientSummaryFragment = graphql(`
  fragment ClientSummary on Client {
    id
    kind
    status
    displayName
    taxCode
    vatNumber
    noLocalTaxId
    preferredEmail
    preferredPhone
    createdAt
    residence {
      id
      city
      province
      country
    }
  }
`);

export const ClientsListQuery = graphql(`
  query ClientsList($filter: ClientFilterInput, $first: Int!, $offset: Int!) {
    clients(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        ...ClientSummary
      }
    }
  }
`);

export const SearchClientsQuery = graphql(`
  query SearchClients($query: String!, $first: Int!, $includeHidden: Boolean!) {
    searchClients(query: $query, first: $first, includeHidden: $includeHidden) {
      score
      matched {
        source
        sourceId
        text
      }
      client {
        ...ClientSummary
      }
    }
  }
`);

export const ClientDuplicatesQuery = graphql(`
  query ClientDuplicates($input: DuplicateCheckInput!) {
    clientDuplicates(input: $input) {
      matchedOn
      client {
        ...ClientSummary
      }
    }
  }
`);

/** The registry area (anagrafica) of a card. */
export const ClientRegistryFragment = graphql(`
  fragment ClientRegistry on Client {
    id
    kind
    status
    displayName
    fullName
    firstName
    namePrefix
    lastName
    gender
    birthDate
    birthPlace
    birthProvince
    birthCountry
    citizenship
    legalName
    legalForm
    taxCountry
    taxCode
    noLocalTaxId
    noLocalTaxIdReason
    vatNumber
    preferredLocale
    hiddenReason
    hiddenAt
    erasedAt
    createdAt
    updatedAt
  }
`);

export const ClientAddressesFragment = graphql(`
  fragment ClientAddresses on Client {
    id
    addresses {
      id
      kind
      label
      line1
      line2
      postalCode
      city
      province
      country
    }
  }
`);

export const ClientContactsFragment = graphql(`
  fragment ClientContacts on Client {
    id
    preferredEmail
    preferredPhone
    contacts {
      id
      kind
      value
      label
      preferred
    }
  }
`);

export const ClientBankAccountsFragment = graphql(`
  fragment ClientBankAccounts on Client {
    id
    bankAccounts {
      id
      iban
      bic
      holder
      bankName
      sepaMandateRef
      sepaMandateDate
      preferred
    }
  }
`);

export const ClientIdentityFragment = graphql(`
  fragment ClientIdentity on Client {
    id
    identityDocuments {
      id
      type
      number
      issuer
      issueDate
      expiryDate
      scanDocumentId
      scan {
        id
        fileName
        downloadUrl
      }
    }
  }
`);

export const ClientFamilyFragment = graphql(`
  fragment ClientFamily on Client {
    id
    maritalStatus
    household {
      id
      name
      relation
      birthDate
      dependent
      memberClient {
        id
        displayName
        kind
        status
      }
    }
  }
`);

export const ClientActivityFragment = graphql(`
  fragment ClientActivity on Client {
    id
    occupation
    employer
    registryNumber
    activityCode
    activityDescription
    legalRepresentativeName
    legalRepresentative {
      id
      displayName
      kind
      status
    }
  }
`);

export const ClientDocumentsFragment = graphql(`
  fragment ClientDocuments on Client {
    id
    documents {
      id
      category
      fileName
      contentType
      sizeBytes
      ownerType
      createdAt
      downloadUrl
    }
  }
`);

/** The whole card for the client panel: every data area, the panel's lists, and what the server says about tabs. */
export const ClientCardQuery = graphql(`
  query ClientCard($id: ID!) {
    client(id: $id) {
      ...ClientRegistry
      ...ClientAddresses
      ...ClientContacts
      ...ClientBankAccounts
      ...ClientIdentity
      ...ClientFamily
      ...ClientActivity
      ...ClientDocuments
      serviceEntries {
        id
        kind
        subject
        body
        occurredOn
        createdAt
        redactedAt
      }
      sentEmails {
        id
        to
        subject
        kind
        status
        attempts
        createdAt
        sentAt
      }
      panelTabs {
        key
        title
        count
      }
    }
  }
`);

/** What keeps a card from a permanent delete: asked only when the user is about to delete. */
export const ClientLegalHoldsQuery = graphql(`
  query ClientLegalHolds($id: ID!) {
    client(id: $id) {
      id
      legalHolds {
        reason
        count
        message
      }
    }
  }
`);

/** Two cards side by side before a merge. */
export const MergePreviewQuery = graphql(`
  query MergePreview($id: ID!) {
    client(id: $id) {
      ...ClientSummary
      ...ClientRegistry
      addresses {
        id
      }
      contacts {
        id
        kind
        value
      }
      bankAccounts {
        id
      }
      identityDocuments {
        id
      }
      documents {
        id
      }
      serviceEntries {
        id
      }
    }
  }
`);

export const ClientsDashboardQuery = graphql(`
  query ClientsDashboard {
    clientsDashboard {
      byStatus {
        label
        count
      }
      byKind {
        label
        count
      }
      newPerMonth {
        label
        count
      }
      expiringDocuments {
        documentId
        clientId
        displayName
        type
        number
        expiryDate
      }
      expiringDocumentsCount
      prospectsWaiting
      oldestProspectSince
      withoutIdentityDocument
      withoutIdentityScan
      missingScanSample {
        clientId
        displayName
      }
    }
  }
`);

/** Which of the user's companies holds a card that is not in the active one (a link from another company). */
export const ClientLocationQuery = graphql(`
  query ClientLocation($id: ID!) {
    clientLocation(id: $id) {
      id
      code
      name
    }
  }
`);
