import { graphql } from '../../gql';

/** RiBa's GraphQL documents (issue #14 §4; types generated into src/gql by codegen). */
export const RibaSettingsQuery = graphql(`
  query RibaSettings {
    ribaSettings { siaCode iban abi cab street town taxId unpaidFee }
  }
`);

export const SetRibaSettingsMutation = graphql(`
  mutation SetRibaSettings($input: RibaSettingsInput!) {
    setRibaSettings(input: $input) { siaCode iban abi cab street town taxId unpaidFee }
  }
`);

export const RibaRunsQuery = graphql(`
  query RibaRuns {
    ribaRuns(first: 30) { id status dueTo creationDate supportName total percent totalAmount presentedAt createdAt }
  }
`);

export const StartRibaRunMutation = graphql(`
  mutation StartRibaRun($input: RibaRunInput!) {
    startRibaRun(input: $input) { id }
  }
`);

export const RibaRunQuery = graphql(`
  query RibaRun($id: ID!) {
    ribaRun(id: $id) {
      id status dueTo creationDate supportName total processed percent totalAmount hasFile fileName presentedAt error
      items(first: 500) { id progressive receiptId receiptNumber clientId clientName amount dueDate abi cab state stateDate fee openAmount }
    }
  }
`);

export const RibaFileQuery = graphql(`
  query RibaFile($runId: ID!) {
    ribaFile(runId: $runId) { fileName contentType base64 }
  }
`);

export const PresentRibaRunMutation = graphql(`
  mutation PresentRibaRun($runId: ID!) {
    presentRibaRun(runId: $runId) { id presentedAt }
  }
`);

export const SetRibaOutcomeMutation = graphql(`
  mutation SetRibaOutcome($itemIds: [ID!]!, $outcome: RibaOutcome!) {
    setRibaOutcome(itemIds: $itemIds, outcome: $outcome) { id state stateDate fee openAmount }
  }
`);

export const RibaUnpaidQuery = graphql(`
  query RibaUnpaid {
    ribaUnpaidByMonth(months: 12) { month count amount }
  }
`);

export const ClientRibaDebtorQuery = graphql(`
  query ClientRibaDebtor($clientId: ID!) {
    ribaDebtors(clientId: $clientId) { id iban abi cab }
  }
`);

export const SetRibaDebtorMutation = graphql(`
  mutation SetRibaDebtor($clientId: ID!, $bankAccountId: ID) {
    setRibaDebtor(clientId: $clientId, bankAccountId: $bankAccountId) { id iban abi cab }
  }
`);
