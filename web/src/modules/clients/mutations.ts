import { graphql } from '../../gql';

export const CreateClientMutation = graphql(`
  mutation CreateClient($input: CreateClientInput!, $confirmDuplicate: Boolean!) {
    createClient(input: $input, confirmDuplicate: $confirmDuplicate) {
      id
      displayName
    }
  }
`);

export const UpdateClientRegistryMutation = graphql(`
  mutation UpdateClientRegistry($id: ID!, $input: ClientRegistryInput!, $confirmDuplicate: Boolean!) {
    updateClientRegistry(id: $id, input: $input, confirmDuplicate: $confirmDuplicate) {
      ...ClientRegistry
    }
  }
`);

export const SetClientAddressesMutation = graphql(`
  mutation SetClientAddresses($id: ID!, $addresses: [AddressInput!]!) {
    setClientAddresses(id: $id, addresses: $addresses) {
      ...ClientAddresses
    }
  }
`);

export const SetClientContactsMutation = graphql(`
  mutation SetClientContacts($id: ID!, $contacts: [ContactInput!]!) {
    setClientContacts(id: $id, contacts: $contacts) {
      ...ClientContacts
    }
  }
`);

export const SetClientBankAccountsMutation = graphql(`
  mutation SetClientBankAccounts($id: ID!, $bankAccounts: [BankAccountInput!]!) {
    setClientBankAccounts(id: $id, bankAccounts: $bankAccounts) {
      ...ClientBankAccounts
    }
  }
`);

export const SetClientIdentityDocumentsMutation = graphql(`
  mutation SetClientIdentityDocuments($id: ID!, $identityDocuments: [IdentityDocumentInput!]!) {
    setClientIdentityDocuments(id: $id, identityDocuments: $identityDocuments) {
      ...ClientIdentity
    }
  }
`);

/*
 * Family and activity answer with the linked cards' ids only: the server's answer to these two
 * mutations cannot read the linked card's other fields (it would fail and undo the change); the form
 * keeps the names it showed.
 */
export const SetClientFamilyMutation = graphql(`
  mutation SetClientFamily($id: ID!, $family: FamilyInput!) {
    setClientFamily(id: $id, family: $family) {
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
        }
      }
    }
  }
`);

export const SetClientActivityMutation = graphql(`
  mutation SetClientActivity($id: ID!, $activity: ActivityInput!) {
    setClientActivity(id: $id, activity: $activity) {
      id
      occupation
      employer
      registryNumber
      activityCode
      activityDescription
      legalRepresentativeName
      legalRepresentative {
        id
      }
    }
  }
`);

export const SetClientStatusMutation = graphql(`
  mutation SetClientStatus($id: ID!, $status: ClientStatus!, $reason: String) {
    setClientStatus(id: $id, status: $status, reason: $reason) {
      id
      status
      hiddenReason
      hiddenAt
    }
  }
`);

export const DeleteClientMutation = graphql(`
  mutation DeleteClient($id: ID!) {
    deleteClient(id: $id)
  }
`);

export const EraseClientMutation = graphql(`
  mutation EraseClient($id: ID!, $reason: String!) {
    eraseClient(id: $id, reason: $reason) {
      id
      displayName
      status
      erasedAt
    }
  }
`);

export const ExportClientDataMutation = graphql(`
  mutation ExportClientData($id: ID!, $format: ExportFormat!) {
    exportClientData(id: $id, format: $format) {
      fileName
      contentType
      base64
    }
  }
`);

export const MergeClientsMutation = graphql(`
  mutation MergeClients($sourceId: ID!, $targetId: ID!) {
    mergeClients(sourceId: $sourceId, targetId: $targetId) {
      id
      displayName
    }
  }
`);

export const AddServiceEntryMutation = graphql(`
  mutation AddServiceEntry($clientId: ID!, $input: ServiceEntryInput!) {
    addServiceEntry(clientId: $clientId, input: $input) {
      id
      kind
      subject
      body
      occurredOn
      createdAt
    }
  }
`);

export const DeleteDocumentMutation = graphql(`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id)
  }
`);
