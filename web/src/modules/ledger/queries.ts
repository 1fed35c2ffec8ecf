import { graphql } from '../../gql';

/** The ledger module's GraphQL documents (types generated into src/gql by codegen). */
export const LedgerAccountsQuery = graphql(`
  query LedgerAccounts {
    ledgerAccounts { id code name type subledger role }
  }
`);

export const TrialBalanceQuery = graphql(`
  query TrialBalance($from: String, $to: String) {
    trialBalance(from: $from, to: $to) {
      from
      to
      totalDebit
      totalCredit
      totalBalance
      rows { account { id code name type } opening debit credit balance }
    }
    ledgerClosedPeriods { month closedAt closedByName }
  }
`);

export const AccountStatementQuery = graphql(`
  query AccountStatement($id: ID!, $from: String, $to: String, $first: Int!, $offset: Int!) {
    accountStatement(accountId: $id, from: $from, to: $to, first: $first, offset: $offset) {
      account { id code name }
      opening
      closing
      total
      lines { entryId entryDate description source debit credit balance partyName }
    }
  }
`);

export const PostJournalEntryMutation = graphql(`
  mutation PostJournalEntry($input: JournalEntryInput!) {
    postJournalEntry(input: $input) { id entryDate total }
  }
`);

export const CloseLedgerPeriodMutation = graphql(`
  mutation CloseLedgerPeriod($month: String!) {
    closeLedgerPeriod(month: $month) { month }
  }
`);

export const StartGeneralLedgerExportMutation = graphql(`
  mutation StartGeneralLedgerExport($from: String!, $to: String!) {
    startGeneralLedgerExport(from: $from, to: $to) { id status total processed percent }
  }
`);

export const LedgerExportQuery = graphql(`
  query LedgerExport($id: ID!) {
    ledgerExport(id: $id) { id status total processed percent error }
  }
`);

export const LedgerExportFileQuery = graphql(`
  query LedgerExportFile($id: ID!) {
    ledgerExportFile(id: $id) { fileName contentType base64 }
  }
`);
