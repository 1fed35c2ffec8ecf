import { graphql } from '../../gql';

/** The consents module's GraphQL documents (types generated into src/gql by codegen). */
export const ConsentFormsQuery = graphql(`
  query ConsentForms($all: Boolean) {
    consentForms(includeRetired: $all) {
      id
      code
      kind
      retired
      current { id version textHash publishedAt title { lang text } body { lang text } clauses { key required text { lang text } } }
      draft { id title { lang text } body { lang text } clauses { key required text { lang text } } }
      versions { id version publishedAt }
    }
  }
`);

export const CreateConsentFormMutation = graphql(`
  mutation CreateConsentForm($input: CreateConsentFormInput!) {
    createConsentForm(input: $input) { id code }
  }
`);

export const SaveConsentDraftMutation = graphql(`
  mutation SaveConsentDraft($formId: ID!, $input: ConsentDraftInput!) {
    saveConsentDraft(formId: $formId, input: $input) { id status }
  }
`);

export const PublishConsentFormMutation = graphql(`
  mutation PublishConsentForm($formId: ID!) {
    publishConsentForm(formId: $formId) { id version textHash }
  }
`);

export const RetireConsentFormMutation = graphql(`
  mutation RetireConsentForm($formId: ID!, $retired: Boolean!) {
    retireConsentForm(formId: $formId, retired: $retired) { id retired }
  }
`);

export const ConsentTimelineStartQuery = graphql(`
  query ConsentTimelineStart($clientId: ID!) {
    consentTimelineStart(clientId: $clientId) { id agreedFrom note earlierRecords updatedAt }
  }
`);

export const SetConsentTimelineStartMutation = graphql(`
  mutation SetConsentTimelineStart($input: ConsentTimelineStartInput!) {
    setConsentTimelineStart(input: $input) { id agreedFrom note earlierRecords }
  }
`);

export const ClientConsentsQuery = graphql(`
  query ClientConsents($clientId: ID!, $from: String) {
    consentRecords(clientId: $clientId, from: $from) {
      id
      seq
      kind
      decision
      channel
      givenBy
      staffName
      stamp
      validationString
      verificationCode
      hash
      pdfUrl
      paperDocumentUrl
      recordedAt
      answers { key accepted }
      form { id code kind }
      formVersion { id version title { lang text } }
    }
    consentChainVerification(clientId: $clientId) { ok checked breaks { position problem } }
    consentsPendingForClient(clientId: $clientId) { formId formCode answeredVersion currentVersion }
    documents(ownerType: "client", ownerId: $clientId) { id fileName category }
  }
`);

export const RecordConsentsMutation = graphql(`
  mutation RecordConsents($input: RecordConsentsInput!) {
    recordConsents(input: $input) { id seq decision }
  }
`);

export const WithdrawConsentMutation = graphql(`
  mutation WithdrawConsent($input: ConsentEvidenceInput!, $formId: ID!) {
    withdrawConsent(input: $input, formId: $formId) { id seq decision }
  }
`);

export const ConsentHistoryPdfMutation = graphql(`
  mutation ConsentHistoryPdf($clientId: ID!) {
    consentHistoryPdf(clientId: $clientId)
  }
`);

export const ConsentPendingQuery = graphql(`
  query ConsentPending($formId: ID) {
    consentPendingPerForm { formId formCode formKind currentVersion pending }
    consentPending(formId: $formId, first: 200) {
      total
      items { clientId clientName formId formCode answeredVersion currentVersion answeredAt }
    }
  }
`);

export const SendConsentRemindersMutation = graphql(`
  mutation SendConsentReminders($formId: ID!, $clientIds: [ID!]) {
    sendConsentReminders(formId: $formId, clientIds: $clientIds)
  }
`);

export const ConsentsDashboardQuery = graphql(`
  query ConsentsDashboard {
    consentsDashboard {
      clients
      covered
      coveragePercent
      marketingOptIn
      marketingAnswered
      marketingOptInPercent
      pendingPerForm { formId formCode formKind currentVersion pending }
      recordsPerDay { day count }
    }
    consentChainVerification { ok checked clients breaks { clientId position problem } }
  }
`);

export const RecordConsentDeliveryMutation = graphql(`
  mutation RecordConsentDelivery($input: ConsentEvidenceInput!, $formId: ID!) {
    recordConsentDelivery(input: $input, formId: $formId) { id seq decision }
  }
`);
