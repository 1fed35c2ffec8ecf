import { graphql } from '../../gql';

/** The banking module's GraphQL documents (types generated into src/gql by codegen). */
export const BankingSettingsQuery = graphql(`
  query BankingSettings {
    bankingSettings { creditorId creditorName creditorIban creditorBic returnFee }
  }
`);

export const SetBankingSettingsMutation = graphql(`
  mutation SetBankingSettings($input: BankingSettingsInput!) {
    setBankingSettings(input: $input) { creditorId creditorName creditorIban creditorBic returnFee }
  }
`);

export const ClientMandatesQuery = graphql(`
  query ClientMandates($clientId: ID!) {
    client(id: $clientId) { id bankAccounts { id iban holder } }
    sepaMandates(clientId: $clientId) { id reference scheme recurrence signatureDate iban status expiresOn revokedOn collections lastCollectionBy }
  }
`);

export const CreateSepaMandateMutation = graphql(`
  mutation CreateSepaMandate($input: MandateInput!) {
    createSepaMandate(input: $input) { id reference }
  }
`);

export const RevokeSepaMandateMutation = graphql(`
  mutation RevokeSepaMandate($id: ID!, $reason: String!) {
    revokeSepaMandate(id: $id, reason: $reason) { id status revokedOn }
  }
`);

export const SetSepaMandateLastCollectionMutation = graphql(`
  mutation SetSepaMandateLastCollection($id: ID!, $by: MandateEndedBy) {
    setSepaMandateLastCollection(id: $id, by: $by) { id status lastCollectionBy }
  }
`);

export const SepaMandatePdfQuery = graphql(`
  query SepaMandatePdf($id: ID!) {
    sepaMandatePdf(id: $id) { fileName contentType base64 }
  }
`);

export const SepaRunsQuery = graphql(`
  query SepaRuns {
    sepaRuns { id status collectionDate dueTo total processed percent controlSum createdAt startedByName }
  }
`);

export const StartSepaRunMutation = graphql(`
  mutation StartSepaRun($input: SepaRunInput!) {
    startSepaRun(input: $input) { id }
  }
`);

export const SepaRunQuery = graphql(`
  query SepaRun($id: ID!) {
    sepaRun(id: $id) {
      id status collectionDate dueTo messageId total processed percent booked resumable skipped controlSum fileId fileName error
      collections(first: 500) { id receiptNumber clientName mandateReference amount sequenceType scheme collectionDate endToEndId status returnReason }
      skippedReceipts(first: 100) { receiptId receiptNumber clientName mandateReference reason lastUsedOn expiresOn collectionDate openAmount }
    }
  }
`);

export const ResumeSepaRunMutation = graphql(`
  mutation ResumeSepaRun($id: ID!) {
    resumeSepaRun(id: $id) { id status percent booked resumable error }
  }
`);

export const SepaReturnsQuery = graphql(`
  query SepaReturns($openOnly: Boolean!) {
    sepaReturns(openOnly: $openOnly) { id receiptId receiptNumber clientId clientName amount reasonCode returnDate endToEndId fee openAmount fileName }
  }
`);

