import { graphql } from '../../gql';

/** Bank statements' GraphQL documents (issue #14 §5; types generated into src/gql by codegen). */
export const BankStatementsQuery = graphql(`
  query BankStatements {
    bankStatements { id statementRef iban fromDate toDate fileName lineCount duplicateCount unmatchedCount createdAt }
  }
`);

export const BankLinesQuery = graphql(`
  query BankLines($statementId: ID, $state: BankLineState) {
    bankTransactions(statementId: $statementId, state: $state, first: 200) {
      total
      items { id lineNo bookingDate direction amount endToEndId remittance counterpartyName counterpartyIban state settlement paymentId }
    }
  }
`);

export const BankLineQuery = graphql(`
  query BankLine($id: ID!) {
    bankTransaction(id: $id) {
      id lineNo amount state remittance counterpartyName
      proposals { receiptId receiptNumber clientId clientName dueDate openAmount score reasons collectionId }
    }
  }
`);

export const ConfirmBankLineMutation = graphql(`
  mutation ConfirmBankLine($id: ID!, $allocations: [AllocationInput!]) {
    confirmBankTransaction(transactionId: $id, allocations: $allocations) { id state paymentId settlement }
  }
`);

export const BankLinesDashboardQuery = graphql(`
  query BankLinesDashboard {
    bankLinesDashboard { unmatchedCount unmatchedAmount }
  }
`);

export const DirectDebitMonthsQuery = graphql(`
  query DirectDebitMonths {
    directDebitMonths { month collections volume returned returnRate reasons { reasonCode count } }
  }
`);

export const AmendSepaMandateMutation = graphql(`
  mutation AmendSepaMandate($id: ID!, $input: MandateAmendmentInput!) {
    amendSepaMandate(id: $id, input: $input) { id reference iban amendments { kind oldValue newValue reported } }
  }
`);
