import { graphql } from '../../gql';

/** The billing module's GraphQL documents (types generated into src/gql by codegen). */
export const BillingDashboardQuery = graphql(`
  query BillingDashboard {
    billingDashboard {
      receivablesByAge { bucket count amount }
      collectedVsDue { month due collected }
      premiumAccountByInsurer { insurerId insurerName payable premiumAccount }
    }
  }
`);

export const PremiumDocumentsQuery = graphql(`
  query PremiumDocuments($filter: PremiumDocumentFilter, $first: Int!, $offset: Int!) {
    premiumDocuments(filter: $filter, first: $first, offset: $offset) {
      total
      items {
        id
        kind
        displayNumber
        installmentId
        issueDate
        clientName
        policyNumber
        insurerName
        dueDate
        gross
        commission
        creditsNumber
        creditedById
        creditedByNumber
      }
    }
  }
`);

export const PremiumDocumentPdfQuery = graphql(`
  query PremiumDocumentPdf($id: ID!) {
    premiumDocumentPdf(id: $id) { fileName contentType base64 }
  }
`);

export const IssueCreditNoteMutation = graphql(`
  mutation IssueCreditNote($id: ID!, $reason: String!) {
    issueCreditNote(receiptId: $id, reason: $reason) { id displayNumber }
  }
`);

export const SendPremiumDocumentMutation = graphql(`
  mutation SendPremiumDocument($id: ID!) {
    sendPremiumDocument(id: $id)
  }
`);

export const PolicyInstallmentsForBillingQuery = graphql(`
  query PolicyInstallmentsForBilling($number: String!) {
    policies(filter: { number: $number }, first: 5) {
      items {
        id
        number
        status
        client { id displayName }
        installments { id seq dueDate periodStart periodEnd net taxes gross }
      }
    }
  }
`);

export const IssuePremiumReceiptMutation = graphql(`
  mutation IssuePremiumReceipt($id: ID!) {
    issuePremiumReceipt(installmentId: $id) { id displayNumber }
  }
`);

export const BillingRunsQuery = graphql(`
  query BillingRuns {
    billingRuns(first: 20) { id dueFrom dueTo issueDate status total processed issued percent error startedByName createdAt }
  }
`);

export const BillingRunQuery = graphql(`
  query BillingRun($id: ID!) {
    billingRun(id: $id) { id dueFrom dueTo issueDate status total processed issued percent error startedByName createdAt finishedAt }
  }
`);

export const StartBillingRunMutation = graphql(`
  mutation StartBillingRun($input: BillingRunInput!) {
    startBillingRun(input: $input) { id status }
  }
`);

export const ResumeBillingRunMutation = graphql(`
  mutation ResumeBillingRun($id: ID!) {
    resumeBillingRun(id: $id) { id status }
  }
`);
