import { graphql } from '../../gql';

/** The collections module's GraphQL documents: payments, matching, remittances, the client's account (types from codegen). */
export const PaymentsQuery = graphql(`
  query Payments($filter: PaymentFilter, $first: Int!, $offset: Int!) {
    payments(filter: $filter, first: $first, offset: $offset) {
      total
      items { id clientId clientName method paymentDate amount allocated remaining reference accountCode }
    }
    paymentsDashboard { unmatchedCount unmatchedAmount }
  }
`);

export const PaymentQuery = graphql(`
  query Payment($id: ID!) {
    payment(id: $id) {
      id clientId clientName method paymentDate amount allocated remaining reference accountCode accountName
      allocations { id receiptId receiptNumber policyNumber amount active createdAt createdByName undoneAt undoneByName undoReason }
    }
  }
`);

export const MatchDataQuery = graphql(`
  query MatchData($paymentId: ID!, $clientId: ID!) {
    paymentSuggestions(paymentId: $paymentId) { receiptId score reasons }
    clientAccount(clientId: $clientId) {
      openItems { receiptId receiptNumber policyNumber insurerName dueDate gross allocated openAmount }
    }
  }
`);

export const ClientAccountQuery = graphql(`
  query ClientAccount($clientId: ID!) {
    clientAccount(clientId: $clientId) {
      clientId openTotal creditTotal balance
      openItems { receiptId receiptNumber policyNumber insurerName dueDate gross allocated openAmount }
      payments { id method paymentDate amount allocated remaining reference }
    }
  }
`);

export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($input: PaymentInput!) {
    recordPayment(input: $input) { id }
  }
`);

export const MatchPaymentMutation = graphql(`
  mutation MatchPayment($id: ID!, $allocations: [AllocationInput!]!) {
    matchPayment(paymentId: $id, allocations: $allocations) { id allocated remaining }
  }
`);

export const UndoAllocationMutation = graphql(`
  mutation UndoPaymentAllocation($id: ID!, $reason: String!) {
    undoPaymentAllocation(allocationId: $id, reason: $reason) { id allocated remaining }
  }
`);

export const RemittancesQuery = graphql(`
  query Remittances {
    remittances { id insurerName periodFrom periodTo remitDate gross commission amount itemCount cancelledAt }
    insurers { id name }
  }
`);

export const CreateRemittanceMutation = graphql(`
  mutation CreateRemittance($input: RemittanceInput!) {
    createRemittance(input: $input) { id itemCount amount }
  }
`);

export const RemittanceStatementQuery = graphql(`
  query RemittanceStatement($id: ID!, $format: String!) {
    remittanceStatement(id: $id, format: $format) { fileName contentType base64 }
  }
`);

export const PaymentsDashboardQuery = graphql(`
  query PaymentsDashboard {
    paymentsDashboard { unmatchedCount unmatchedAmount }
  }
`);
