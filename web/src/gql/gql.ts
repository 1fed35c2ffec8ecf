/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query BankingSettings {\n    bankingSettings { creditorId creditorName creditorIban creditorBic returnFee }\n  }\n": typeof types.BankingSettingsDocument,
    "\n  mutation SetBankingSettings($input: BankingSettingsInput!) {\n    setBankingSettings(input: $input) { creditorId creditorName creditorIban creditorBic returnFee }\n  }\n": typeof types.SetBankingSettingsDocument,
    "\n  query ClientMandates($clientId: ID!) {\n    client(id: $clientId) { id bankAccounts { id iban holder } }\n    sepaMandates(clientId: $clientId) { id reference scheme recurrence signatureDate iban status expiresOn revokedOn collections lastCollectionBy }\n  }\n": typeof types.ClientMandatesDocument,
    "\n  mutation CreateSepaMandate($input: MandateInput!) {\n    createSepaMandate(input: $input) { id reference }\n  }\n": typeof types.CreateSepaMandateDocument,
    "\n  mutation RevokeSepaMandate($id: ID!, $reason: String!) {\n    revokeSepaMandate(id: $id, reason: $reason) { id status revokedOn }\n  }\n": typeof types.RevokeSepaMandateDocument,
    "\n  mutation SetSepaMandateLastCollection($id: ID!, $by: MandateEndedBy) {\n    setSepaMandateLastCollection(id: $id, by: $by) { id status lastCollectionBy }\n  }\n": typeof types.SetSepaMandateLastCollectionDocument,
    "\n  query SepaMandatePdf($id: ID!) {\n    sepaMandatePdf(id: $id) { fileName contentType base64 }\n  }\n": typeof types.SepaMandatePdfDocument,
    "\n  query SepaRuns {\n    sepaRuns { id status collectionDate dueTo total processed percent controlSum createdAt startedByName }\n  }\n": typeof types.SepaRunsDocument,
    "\n  mutation StartSepaRun($input: SepaRunInput!) {\n    startSepaRun(input: $input) { id }\n  }\n": typeof types.StartSepaRunDocument,
    "\n  query SepaRun($id: ID!) {\n    sepaRun(id: $id) {\n      id status collectionDate dueTo messageId total processed percent booked resumable skipped controlSum fileId fileName error\n      collections(first: 500) { id receiptNumber clientName mandateReference amount sequenceType scheme collectionDate endToEndId status returnReason }\n      skippedReceipts(first: 100) { receiptId receiptNumber clientName mandateReference reason lastUsedOn expiresOn collectionDate openAmount }\n    }\n  }\n": typeof types.SepaRunDocument,
    "\n  mutation ResumeSepaRun($id: ID!) {\n    resumeSepaRun(id: $id) { id status percent booked resumable error }\n  }\n": typeof types.ResumeSepaRunDocument,
    "\n  query SepaReturns($openOnly: Boolean!) {\n    sepaReturns(openOnly: $openOnly) { id receiptId receiptNumber clientId clientName amount reasonCode returnDate endToEndId fee openAmount fileName }\n  }\n": typeof types.SepaReturnsDocument,
    "\n  query RibaSettings {\n    ribaSettings { siaCode iban abi cab street town taxId unpaidFee }\n  }\n": typeof types.RibaSettingsDocument,
    "\n  mutation SetRibaSettings($input: RibaSettingsInput!) {\n    setRibaSettings(input: $input) { siaCode iban abi cab street town taxId unpaidFee }\n  }\n": typeof types.SetRibaSettingsDocument,
    "\n  query RibaRuns {\n    ribaRuns(first: 30) { id status dueTo creationDate supportName total percent totalAmount presentedAt createdAt }\n  }\n": typeof types.RibaRunsDocument,
    "\n  mutation StartRibaRun($input: RibaRunInput!) {\n    startRibaRun(input: $input) { id }\n  }\n": typeof types.StartRibaRunDocument,
    "\n  query RibaRun($id: ID!) {\n    ribaRun(id: $id) {\n      id status dueTo creationDate supportName total processed percent totalAmount hasFile fileName presentedAt error\n      items(first: 500) { id progressive receiptId receiptNumber clientId clientName amount dueDate abi cab state stateDate fee openAmount }\n    }\n  }\n": typeof types.RibaRunDocument,
    "\n  query RibaFile($runId: ID!) {\n    ribaFile(runId: $runId) { fileName contentType base64 }\n  }\n": typeof types.RibaFileDocument,
    "\n  mutation PresentRibaRun($runId: ID!) {\n    presentRibaRun(runId: $runId) { id presentedAt }\n  }\n": typeof types.PresentRibaRunDocument,
    "\n  mutation SetRibaOutcome($itemIds: [ID!]!, $outcome: RibaOutcome!) {\n    setRibaOutcome(itemIds: $itemIds, outcome: $outcome) { id state stateDate fee openAmount }\n  }\n": typeof types.SetRibaOutcomeDocument,
    "\n  query RibaUnpaid {\n    ribaUnpaidByMonth(months: 12) { month count amount }\n  }\n": typeof types.RibaUnpaidDocument,
    "\n  query ClientRibaDebtor($clientId: ID!) {\n    ribaDebtors(clientId: $clientId) { id iban abi cab }\n  }\n": typeof types.ClientRibaDebtorDocument,
    "\n  mutation SetRibaDebtor($clientId: ID!, $bankAccountId: ID) {\n    setRibaDebtor(clientId: $clientId, bankAccountId: $bankAccountId) { id iban abi cab }\n  }\n": typeof types.SetRibaDebtorDocument,
    "\n  query BankStatements {\n    bankStatements { id statementRef iban fromDate toDate fileName lineCount duplicateCount unmatchedCount createdAt }\n  }\n": typeof types.BankStatementsDocument,
    "\n  query BankLines($statementId: ID, $state: BankLineState) {\n    bankTransactions(statementId: $statementId, state: $state, first: 200) {\n      total\n      items { id lineNo bookingDate direction amount endToEndId remittance counterpartyName counterpartyIban state settlement paymentId }\n    }\n  }\n": typeof types.BankLinesDocument,
    "\n  query BankLine($id: ID!) {\n    bankTransaction(id: $id) {\n      id lineNo amount state remittance counterpartyName\n      proposals { receiptId receiptNumber clientId clientName dueDate openAmount score reasons collectionId }\n    }\n  }\n": typeof types.BankLineDocument,
    "\n  mutation ConfirmBankLine($id: ID!, $allocations: [AllocationInput!]) {\n    confirmBankTransaction(transactionId: $id, allocations: $allocations) { id state paymentId settlement }\n  }\n": typeof types.ConfirmBankLineDocument,
    "\n  query BankLinesDashboard {\n    bankLinesDashboard { unmatchedCount unmatchedAmount }\n  }\n": typeof types.BankLinesDashboardDocument,
    "\n  query DirectDebitMonths {\n    directDebitMonths { month collections volume returned returnRate reasons { reasonCode count } }\n  }\n": typeof types.DirectDebitMonthsDocument,
    "\n  mutation AmendSepaMandate($id: ID!, $input: MandateAmendmentInput!) {\n    amendSepaMandate(id: $id, input: $input) { id reference iban amendments { kind oldValue newValue reported } }\n  }\n": typeof types.AmendSepaMandateDocument,
    "\n  query ClientAuditTrail($clientId: ID!, $first: Int, $after: String) {\n    clientAuditTrail(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        seq\n        at\n        userEmail\n        roleName\n        channel\n        action\n        entityType\n        before\n        after\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.ClientAuditTrailDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      status\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      status\n      expiresAt\n    }\n  }\n": typeof types.VerifySecondFactorDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SwitchCompany($companyId: ID!) {\n    switchCompany(companyId: $companyId) {\n      rights\n      company {\n        id\n        code\n      }\n    }\n  }\n": typeof types.SwitchCompanyDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      secret\n      otpauthUrl\n      qrCodeDataUrl\n    }\n  }\n": typeof types.BeginTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n": typeof types.ConfirmTotpEnrollmentDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      active\n      user {\n        id\n        email\n        displayName\n      }\n      role {\n        id\n        name\n      }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation UpdateMembership($id: ID!, $input: UpdateMembershipInput!) {\n    updateMembership(id: $id, input: $input) {\n      id\n      active\n      role {\n        id\n        name\n        template\n      }\n    }\n  }\n": typeof types.UpdateMembershipDocument,
    "\n  mutation ResetUserTotp($id: ID!) {\n    resetUserTotp(id: $id) {\n      id\n      user {\n        id\n        totpEnabled\n      }\n    }\n  }\n": typeof types.ResetUserTotpDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) {\n      ...RoleFields\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n": typeof types.DeleteRoleDocument,
    "\n  mutation CopyRoleTemplate($template: String!, $name: String!) {\n    copyRoleTemplate(template: $template, name: $name) {\n      ...RoleFields\n    }\n  }\n": typeof types.CopyRoleTemplateDocument,
    "\n  mutation GrantSupportAccess($input: GrantSupportAccessInput!) {\n    grantSupportAccess(input: $input) {\n      id\n      active\n      createdAt\n      expiresAt\n      reason\n      revokedAt\n      rights\n    }\n  }\n": typeof types.GrantSupportAccessDocument,
    "\n  mutation RevokeSupportAccess($id: ID!) {\n    revokeSupportAccess(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n": typeof types.RevokeSupportAccessDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      code\n      name\n      country\n      locale\n      currency\n      email\n      createdAt\n    }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        displayName\n        locale\n        isOperator\n        totpEnabled\n      }\n      company {\n        id\n        code\n        name\n        country\n        locale\n        currency\n      }\n      rights\n      roleName\n      roleTemplate\n      channel\n      mfaEnrollmentRequired\n      supportAccessUntil\n      companies {\n        roleName\n        roleTemplate\n        company {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query BaseDashboard {\n    baseDashboard {\n      activeUsers\n      inactiveUsers\n      failedSignIns\n      openSupportGrants\n      auditEventsToday\n      signInsPerDay {\n        day\n        count\n      }\n    }\n  }\n": typeof types.BaseDashboardDocument,
    "\n  query Users {\n    users {\n      id\n      active\n      createdAt\n      user {\n        id\n        email\n        displayName\n        locale\n        totpEnabled\n        lastLoginAt\n        disabled\n      }\n      role {\n        id\n        name\n        template\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    rights\n    template\n    memberCount\n  }\n": typeof types.RoleFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleFields\n      createdAt\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleFields\n    }\n  }\n": typeof types.RoleDocument,
    "\n  query RoleTemplates {\n    roleTemplates {\n      key\n      name\n      rights\n    }\n  }\n": typeof types.RoleTemplatesDocument,
    "\n  query RightsCatalogue {\n    rightsCatalogue {\n      module\n      actions\n    }\n  }\n": typeof types.RightsCatalogueDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        seq\n        at\n        userId\n        userEmail\n        roleName\n        channel\n        action\n        entityType\n        entityId\n        before\n        after\n        hash\n        subject {\n          type\n          id\n          displayName\n          deleted\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checked\n      firstBrokenSeq\n      problem\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  query ExportAuditCsv($filter: AuditFilterInput) {\n    exportAuditCsv(filter: $filter)\n  }\n": typeof types.ExportAuditCsvDocument,
    "\n  query SupportGrants {\n    supportGrants {\n      id\n      active\n      createdAt\n      expiresAt\n      reason\n      revokedAt\n      rights\n    }\n  }\n": typeof types.SupportGrantsDocument,
    "\n  query Companies {\n    companies {\n      id\n      code\n      name\n      country\n      locale\n      currency\n      email\n      createdAt\n    }\n  }\n": typeof types.CompaniesDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      kind\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n      expiresAt\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  query BillingDashboard {\n    billingDashboard {\n      receivablesByAge { bucket count amount }\n      collectedVsDue { month due collected }\n      premiumAccountByInsurer { insurerId insurerName payable premiumAccount }\n    }\n  }\n": typeof types.BillingDashboardDocument,
    "\n  query PremiumDocuments($filter: PremiumDocumentFilter, $first: Int!, $offset: Int!) {\n    premiumDocuments(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        displayNumber\n        installmentId\n        issueDate\n        clientName\n        policyNumber\n        insurerName\n        dueDate\n        gross\n        commission\n        creditsNumber\n        creditedById\n        creditedByNumber\n      }\n    }\n  }\n": typeof types.PremiumDocumentsDocument,
    "\n  query PremiumDocumentPdf($id: ID!) {\n    premiumDocumentPdf(id: $id) { fileName contentType base64 }\n  }\n": typeof types.PremiumDocumentPdfDocument,
    "\n  mutation IssueCreditNote($id: ID!, $reason: String!) {\n    issueCreditNote(receiptId: $id, reason: $reason) { id displayNumber }\n  }\n": typeof types.IssueCreditNoteDocument,
    "\n  mutation SendPremiumDocument($id: ID!) {\n    sendPremiumDocument(id: $id)\n  }\n": typeof types.SendPremiumDocumentDocument,
    "\n  query PolicyInstallmentsForBilling($number: String!) {\n    policies(filter: { number: $number }, first: 5) {\n      items {\n        id\n        number\n        status\n        client { id displayName }\n        installments { id seq dueDate periodStart periodEnd net taxes gross }\n      }\n    }\n  }\n": typeof types.PolicyInstallmentsForBillingDocument,
    "\n  mutation IssuePremiumReceipt($id: ID!) {\n    issuePremiumReceipt(installmentId: $id) { id displayNumber }\n  }\n": typeof types.IssuePremiumReceiptDocument,
    "\n  query BillingRuns {\n    billingRuns(first: 20) { id dueFrom dueTo issueDate status total processed issued percent error startedByName createdAt }\n  }\n": typeof types.BillingRunsDocument,
    "\n  query BillingRun($id: ID!) {\n    billingRun(id: $id) { id dueFrom dueTo issueDate status total processed issued percent error startedByName createdAt finishedAt }\n  }\n": typeof types.BillingRunDocument,
    "\n  mutation StartBillingRun($input: BillingRunInput!) {\n    startBillingRun(input: $input) { id status }\n  }\n": typeof types.StartBillingRunDocument,
    "\n  mutation ResumeBillingRun($id: ID!) {\n    resumeBillingRun(id: $id) { id status }\n  }\n": typeof types.ResumeBillingRunDocument,
    "\n  query ClaimsDashboard {\n    claimsDashboard {\n      byStatus { status count }\n      openByStatusAndAge { status ageBucket count }\n      openTotal\n      reservesTotal\n      reservesOutstanding\n      paidTotal\n      byLine { lineCode lineName count open }\n    }\n  }\n": typeof types.ClaimsDashboardDocument,
    "\n  query ClaimsList($filter: ClaimFilterInput, $first: Int!, $offset: Int!) {\n    claims(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        status\n        lossDate\n        lossPlace\n        reportedAt\n        insurerClaimNumber\n        client { id displayName }\n        totals { reserveCurrent paidTotal outstandingReserve }\n      }\n    }\n  }\n": typeof types.ClaimsListDocument,
    "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      id\n      status\n      allowedStatuses\n      lossDate\n      lossTime\n      lossPlace\n      description\n      insurerClaimNumber\n      handlerName\n      reportedAt\n      client { id displayName }\n      policy { id number }\n      parties { seq name role insurerName plate }\n      history { fromStatus toStatus reason changedAt changedByName }\n      money { seq kind amount entryDate payee reserveAfter paidAfter outstandingAfter }\n      totals { reserveCurrent paidTotal outstandingReserve }\n    }\n    claimStatusTransitions { from to reasonRequiredFor }\n  }\n": typeof types.ClaimDocument,
    "\n  query ClientPoliciesForClaim($clientId: ID!) {\n    policies(filter: { clientId: $clientId }, first: 100) {\n      items { id number status }\n    }\n  }\n": typeof types.ClientPoliciesForClaimDocument,
    "\n  mutation ReportClaim($input: ClaimInput!) {\n    reportClaim(input: $input) { id }\n  }\n": typeof types.ReportClaimDocument,
    "\n  mutation MoveClaim($id: ID!, $status: ClaimStatus!, $reason: String) {\n    moveClaim(id: $id, status: $status, reason: $reason) { id status allowedStatuses }\n  }\n": typeof types.MoveClaimDocument,
    "\n  mutation SetClaimReserve($id: ID!, $input: ClaimMoneyInput!) {\n    setClaimReserve(id: $id, input: $input) { id totals { reserveCurrent paidTotal outstandingReserve } }\n  }\n": typeof types.SetClaimReserveDocument,
    "\n  mutation AddClaimPayment($id: ID!, $input: ClaimMoneyInput!) {\n    addClaimPayment(id: $id, input: $input) { id totals { reserveCurrent paidTotal outstandingReserve } }\n  }\n": typeof types.AddClaimPaymentDocument,
    "\n  query ClientClaims($id: ID!) {\n    client(id: $id) {\n      id\n      claims {\n        id\n        status\n        lossDate\n        lossPlace\n        totals { reserveCurrent paidTotal }\n      }\n    }\n  }\n": typeof types.ClientClaimsDocument,
    "\n  mutation CreateClient($input: CreateClientInput!, $confirmDuplicate: Boolean!) {\n    createClient(input: $input, confirmDuplicate: $confirmDuplicate) {\n      id\n      displayName\n    }\n  }\n": typeof types.CreateClientDocument,
    "\n  mutation UpdateClientRegistry($id: ID!, $input: ClientRegistryInput!, $confirmDuplicate: Boolean!) {\n    updateClientRegistry(id: $id, input: $input, confirmDuplicate: $confirmDuplicate) {\n      ...ClientRegistry\n    }\n  }\n": typeof types.UpdateClientRegistryDocument,
    "\n  mutation SetClientAddresses($id: ID!, $addresses: [AddressInput!]!) {\n    setClientAddresses(id: $id, addresses: $addresses) {\n      ...ClientAddresses\n    }\n  }\n": typeof types.SetClientAddressesDocument,
    "\n  mutation SetClientContacts($id: ID!, $contacts: [ContactInput!]!) {\n    setClientContacts(id: $id, contacts: $contacts) {\n      ...ClientContacts\n    }\n  }\n": typeof types.SetClientContactsDocument,
    "\n  mutation SetClientBankAccounts($id: ID!, $bankAccounts: [BankAccountInput!]!) {\n    setClientBankAccounts(id: $id, bankAccounts: $bankAccounts) {\n      ...ClientBankAccounts\n    }\n  }\n": typeof types.SetClientBankAccountsDocument,
    "\n  mutation SetClientIdentityDocuments($id: ID!, $identityDocuments: [IdentityDocumentInput!]!) {\n    setClientIdentityDocuments(id: $id, identityDocuments: $identityDocuments) {\n      ...ClientIdentity\n    }\n  }\n": typeof types.SetClientIdentityDocumentsDocument,
    "\n  mutation SetClientFamily($id: ID!, $family: FamilyInput!) {\n    setClientFamily(id: $id, family: $family) {\n      id\n      maritalStatus\n      household {\n        id\n        name\n        relation\n        birthDate\n        dependent\n        memberClient {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SetClientFamilyDocument,
    "\n  mutation SetClientActivity($id: ID!, $activity: ActivityInput!) {\n    setClientActivity(id: $id, activity: $activity) {\n      id\n      occupation\n      employer\n      registryNumber\n      activityCode\n      activityDescription\n      legalRepresentativeName\n      legalRepresentative {\n        id\n      }\n    }\n  }\n": typeof types.SetClientActivityDocument,
    "\n  mutation SetClientStatus($id: ID!, $status: ClientStatus!, $reason: String) {\n    setClientStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n      hiddenReason\n      hiddenAt\n    }\n  }\n": typeof types.SetClientStatusDocument,
    "\n  mutation DeleteClient($id: ID!) {\n    deleteClient(id: $id)\n  }\n": typeof types.DeleteClientDocument,
    "\n  mutation EraseClient($id: ID!, $reason: String!) {\n    eraseClient(id: $id, reason: $reason) {\n      id\n      displayName\n      status\n      erasedAt\n    }\n  }\n": typeof types.EraseClientDocument,
    "\n  mutation ExportClientData($id: ID!, $format: ExportFormat!) {\n    exportClientData(id: $id, format: $format) {\n      fileName\n      contentType\n      base64\n    }\n  }\n": typeof types.ExportClientDataDocument,
    "\n  mutation MergeClients($sourceId: ID!, $targetId: ID!) {\n    mergeClients(sourceId: $sourceId, targetId: $targetId) {\n      id\n      displayName\n    }\n  }\n": typeof types.MergeClientsDocument,
    "\n  mutation AddServiceEntry($clientId: ID!, $input: ServiceEntryInput!) {\n    addServiceEntry(clientId: $clientId, input: $input) {\n      id\n      kind\n      subject\n      body\n      occurredOn\n      createdAt\n    }\n  }\n": typeof types.AddServiceEntryDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": typeof types.DeleteDocumentDocument,
    "\n  fragment ClientSummary on Client {\n    id\n    kind\n    status\n    displayName\n    taxCode\n    vatNumber\n    noLocalTaxId\n    preferredEmail\n    preferredPhone\n    createdAt\n    residence {\n      id\n      city\n      province\n      country\n    }\n  }\n": typeof types.ClientSummaryFragmentDoc,
    "\n  query ClientsList($filter: ClientFilterInput, $first: Int!, $offset: Int!) {\n    clients(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...ClientSummary\n      }\n    }\n  }\n": typeof types.ClientsListDocument,
    "\n  query SearchClients($query: String!, $first: Int!, $includeHidden: Boolean!) {\n    searchClients(query: $query, first: $first, includeHidden: $includeHidden) {\n      score\n      matched {\n        source\n        sourceId\n        text\n      }\n      client {\n        ...ClientSummary\n      }\n    }\n  }\n": typeof types.SearchClientsDocument,
    "\n  query ClientDuplicates($input: DuplicateCheckInput!) {\n    clientDuplicates(input: $input) {\n      matchedOn\n      client {\n        ...ClientSummary\n      }\n    }\n  }\n": typeof types.ClientDuplicatesDocument,
    "\n  fragment ClientRegistry on Client {\n    id\n    kind\n    status\n    displayName\n    fullName\n    firstName\n    namePrefix\n    lastName\n    gender\n    birthDate\n    birthPlace\n    birthProvince\n    birthCountry\n    citizenship\n    legalName\n    legalForm\n    taxCountry\n    taxCode\n    noLocalTaxId\n    noLocalTaxIdReason\n    vatNumber\n    preferredLocale\n    hiddenReason\n    hiddenAt\n    erasedAt\n    createdAt\n    updatedAt\n  }\n": typeof types.ClientRegistryFragmentDoc,
    "\n  fragment ClientAddresses on Client {\n    id\n    addresses {\n      id\n      kind\n      label\n      line1\n      line2\n      postalCode\n      city\n      province\n      country\n    }\n  }\n": typeof types.ClientAddressesFragmentDoc,
    "\n  fragment ClientContacts on Client {\n    id\n    preferredEmail\n    preferredPhone\n    contacts {\n      id\n      kind\n      value\n      label\n      preferred\n    }\n  }\n": typeof types.ClientContactsFragmentDoc,
    "\n  fragment ClientBankAccounts on Client {\n    id\n    bankAccounts {\n      id\n      iban\n      bic\n      holder\n      bankName\n      sepaMandateRef\n      sepaMandateDate\n      preferred\n    }\n  }\n": typeof types.ClientBankAccountsFragmentDoc,
    "\n  fragment ClientIdentity on Client {\n    id\n    identityDocuments {\n      id\n      type\n      number\n      issuer\n      issueDate\n      expiryDate\n      scanDocumentId\n      scan {\n        id\n        fileName\n        downloadUrl\n      }\n    }\n  }\n": typeof types.ClientIdentityFragmentDoc,
    "\n  fragment ClientFamily on Client {\n    id\n    maritalStatus\n    household {\n      id\n      name\n      relation\n      birthDate\n      dependent\n      memberClient {\n        id\n        displayName\n        kind\n        status\n      }\n    }\n  }\n": typeof types.ClientFamilyFragmentDoc,
    "\n  fragment ClientActivity on Client {\n    id\n    occupation\n    employer\n    registryNumber\n    activityCode\n    activityDescription\n    legalRepresentativeName\n    legalRepresentative {\n      id\n      displayName\n      kind\n      status\n    }\n  }\n": typeof types.ClientActivityFragmentDoc,
    "\n  fragment ClientDocuments on Client {\n    id\n    documents {\n      id\n      category\n      fileName\n      contentType\n      sizeBytes\n      ownerType\n      createdAt\n      downloadUrl\n    }\n  }\n": typeof types.ClientDocumentsFragmentDoc,
    "\n  query ClientCard($id: ID!) {\n    client(id: $id) {\n      ...ClientRegistry\n      ...ClientAddresses\n      ...ClientContacts\n      ...ClientBankAccounts\n      ...ClientIdentity\n      ...ClientFamily\n      ...ClientActivity\n      ...ClientDocuments\n      serviceEntries {\n        id\n        kind\n        subject\n        body\n        occurredOn\n        createdAt\n        redactedAt\n      }\n      sentEmails {\n        id\n        to\n        subject\n        kind\n        status\n        attempts\n        createdAt\n        sentAt\n      }\n      panelTabs {\n        key\n        title\n        count\n      }\n    }\n  }\n": typeof types.ClientCardDocument,
    "\n  query ClientLegalHolds($id: ID!) {\n    client(id: $id) {\n      id\n      legalHolds {\n        reason\n        count\n        message\n      }\n    }\n  }\n": typeof types.ClientLegalHoldsDocument,
    "\n  query MergePreview($id: ID!) {\n    client(id: $id) {\n      ...ClientSummary\n      ...ClientRegistry\n      addresses {\n        id\n      }\n      contacts {\n        id\n        kind\n        value\n      }\n      bankAccounts {\n        id\n      }\n      identityDocuments {\n        id\n      }\n      documents {\n        id\n      }\n      serviceEntries {\n        id\n      }\n    }\n  }\n": typeof types.MergePreviewDocument,
    "\n  query ClientsDashboard {\n    clientsDashboard {\n      byStatus {\n        label\n        count\n      }\n      byKind {\n        label\n        count\n      }\n      newPerMonth {\n        label\n        count\n      }\n      expiringDocuments {\n        documentId\n        clientId\n        displayName\n        type\n        number\n        expiryDate\n      }\n      expiringDocumentsCount\n      prospectsWaiting\n      oldestProspectSince\n      withoutIdentityDocument\n      withoutIdentityScan\n      missingScanSample {\n        clientId\n        displayName\n      }\n    }\n  }\n": typeof types.ClientsDashboardDocument,
    "\n  query ClientLocation($id: ID!) {\n    clientLocation(id: $id) {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ClientLocationDocument,
    "\n  query SearchClientsPage($query: String!, $first: Int!, $offset: Int!) {\n    searchClients(query: $query, first: $first, offset: $offset) {\n      score\n      matched {\n        source\n        sourceId\n        text\n      }\n      client {\n        ...ClientSummary\n      }\n    }\n  }\n": typeof types.SearchClientsPageDocument,
    "\n  query ConsentForms($all: Boolean) {\n    consentForms(includeRetired: $all) {\n      id\n      code\n      kind\n      retired\n      current { id version textHash publishedAt title { lang text } body { lang text } clauses { key required text { lang text } } }\n      draft { id title { lang text } body { lang text } clauses { key required text { lang text } } }\n      versions { id version publishedAt }\n    }\n  }\n": typeof types.ConsentFormsDocument,
    "\n  mutation CreateConsentForm($input: CreateConsentFormInput!) {\n    createConsentForm(input: $input) { id code }\n  }\n": typeof types.CreateConsentFormDocument,
    "\n  mutation SaveConsentDraft($formId: ID!, $input: ConsentDraftInput!) {\n    saveConsentDraft(formId: $formId, input: $input) { id status }\n  }\n": typeof types.SaveConsentDraftDocument,
    "\n  mutation PublishConsentForm($formId: ID!) {\n    publishConsentForm(formId: $formId) { id version textHash }\n  }\n": typeof types.PublishConsentFormDocument,
    "\n  mutation RetireConsentForm($formId: ID!, $retired: Boolean!) {\n    retireConsentForm(formId: $formId, retired: $retired) { id retired }\n  }\n": typeof types.RetireConsentFormDocument,
    "\n  query ConsentTimelineStart($clientId: ID!) {\n    consentTimelineStart(clientId: $clientId) { id agreedFrom note earlierRecords updatedAt }\n  }\n": typeof types.ConsentTimelineStartDocument,
    "\n  mutation SetConsentTimelineStart($input: ConsentTimelineStartInput!) {\n    setConsentTimelineStart(input: $input) { id agreedFrom note earlierRecords }\n  }\n": typeof types.SetConsentTimelineStartDocument,
    "\n  query ClientConsents($clientId: ID!, $from: String) {\n    consentRecords(clientId: $clientId, from: $from) {\n      id\n      seq\n      kind\n      decision\n      channel\n      givenBy\n      staffName\n      stamp\n      validationString\n      verificationCode\n      hash\n      pdfUrl\n      paperDocumentUrl\n      recordedAt\n      answers { key accepted }\n      form { id code kind }\n      formVersion { id version title { lang text } }\n    }\n    consentChainVerification(clientId: $clientId) { ok checked breaks { position problem } }\n    consentsPendingForClient(clientId: $clientId) { formId formCode answeredVersion currentVersion }\n    documents(ownerType: \"client\", ownerId: $clientId) { id fileName category }\n  }\n": typeof types.ClientConsentsDocument,
    "\n  mutation RecordConsents($input: RecordConsentsInput!) {\n    recordConsents(input: $input) { id seq decision }\n  }\n": typeof types.RecordConsentsDocument,
    "\n  mutation WithdrawConsent($input: ConsentEvidenceInput!, $formId: ID!) {\n    withdrawConsent(input: $input, formId: $formId) { id seq decision }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  mutation ConsentHistoryPdf($clientId: ID!) {\n    consentHistoryPdf(clientId: $clientId)\n  }\n": typeof types.ConsentHistoryPdfDocument,
    "\n  query ConsentPending($formId: ID) {\n    consentPendingPerForm { formId formCode formKind currentVersion pending }\n    consentPending(formId: $formId, first: 200) {\n      total\n      items { clientId clientName formId formCode answeredVersion currentVersion answeredAt }\n    }\n  }\n": typeof types.ConsentPendingDocument,
    "\n  mutation SendConsentReminders($formId: ID!, $clientIds: [ID!]) {\n    sendConsentReminders(formId: $formId, clientIds: $clientIds)\n  }\n": typeof types.SendConsentRemindersDocument,
    "\n  query ConsentsDashboard {\n    consentsDashboard {\n      clients\n      covered\n      coveragePercent\n      marketingOptIn\n      marketingAnswered\n      marketingOptInPercent\n      pendingPerForm { formId formCode formKind currentVersion pending }\n      recordsPerDay { day count }\n    }\n    consentChainVerification { ok checked clients breaks { clientId position problem } }\n  }\n": typeof types.ConsentsDashboardDocument,
    "\n  mutation RecordConsentDelivery($input: ConsentEvidenceInput!, $formId: ID!) {\n    recordConsentDelivery(input: $input, formId: $formId) { id seq decision }\n  }\n": typeof types.RecordConsentDeliveryDocument,
    "\n  query LedgerAccounts {\n    ledgerAccounts { id code name type subledger role }\n  }\n": typeof types.LedgerAccountsDocument,
    "\n  query TrialBalance($from: String, $to: String) {\n    trialBalance(from: $from, to: $to) {\n      from\n      to\n      totalDebit\n      totalCredit\n      totalBalance\n      rows { account { id code name type } opening debit credit balance }\n    }\n    ledgerClosedPeriods { month closedAt closedByName }\n  }\n": typeof types.TrialBalanceDocument,
    "\n  query AccountStatement($id: ID!, $from: String, $to: String, $first: Int!, $offset: Int!) {\n    accountStatement(accountId: $id, from: $from, to: $to, first: $first, offset: $offset) {\n      account { id code name }\n      opening\n      closing\n      total\n      lines { entryId entryDate description source debit credit balance partyName }\n    }\n  }\n": typeof types.AccountStatementDocument,
    "\n  mutation PostJournalEntry($input: JournalEntryInput!) {\n    postJournalEntry(input: $input) { id entryDate total }\n  }\n": typeof types.PostJournalEntryDocument,
    "\n  mutation CloseLedgerPeriod($month: String!) {\n    closeLedgerPeriod(month: $month) { month }\n  }\n": typeof types.CloseLedgerPeriodDocument,
    "\n  mutation StartGeneralLedgerExport($from: String!, $to: String!) {\n    startGeneralLedgerExport(from: $from, to: $to) { id status total processed percent }\n  }\n": typeof types.StartGeneralLedgerExportDocument,
    "\n  query LedgerExport($id: ID!) {\n    ledgerExport(id: $id) { id status total processed percent error }\n  }\n": typeof types.LedgerExportDocument,
    "\n  query LedgerExportFile($id: ID!) {\n    ledgerExportFile(id: $id) { fileName contentType base64 }\n  }\n": typeof types.LedgerExportFileDocument,
    "\n  query Payments($filter: PaymentFilter, $first: Int!, $offset: Int!) {\n    payments(filter: $filter, first: $first, offset: $offset) {\n      total\n      items { id clientId clientName method paymentDate amount allocated remaining reference accountCode }\n    }\n    paymentsDashboard { unmatchedCount unmatchedAmount }\n  }\n": typeof types.PaymentsDocument,
    "\n  query Payment($id: ID!) {\n    payment(id: $id) {\n      id clientId clientName method paymentDate amount allocated remaining reference accountCode accountName\n      allocations { id receiptId receiptNumber policyNumber amount active createdAt createdByName undoneAt undoneByName undoReason }\n    }\n  }\n": typeof types.PaymentDocument,
    "\n  query MatchData($paymentId: ID!, $clientId: ID!) {\n    paymentSuggestions(paymentId: $paymentId) { receiptId score reasons }\n    clientAccount(clientId: $clientId) {\n      openItems { receiptId receiptNumber policyNumber insurerName dueDate gross allocated openAmount }\n    }\n  }\n": typeof types.MatchDataDocument,
    "\n  query ClientAccount($clientId: ID!) {\n    clientAccount(clientId: $clientId) {\n      clientId openTotal creditTotal balance\n      openItems { receiptId receiptNumber policyNumber insurerName dueDate gross allocated openAmount }\n      payments { id method paymentDate amount allocated remaining reference }\n    }\n  }\n": typeof types.ClientAccountDocument,
    "\n  mutation RecordPayment($input: PaymentInput!) {\n    recordPayment(input: $input) { id }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation MatchPayment($id: ID!, $allocations: [AllocationInput!]!) {\n    matchPayment(paymentId: $id, allocations: $allocations) { id allocated remaining }\n  }\n": typeof types.MatchPaymentDocument,
    "\n  mutation UndoPaymentAllocation($id: ID!, $reason: String!) {\n    undoPaymentAllocation(allocationId: $id, reason: $reason) { id allocated remaining }\n  }\n": typeof types.UndoPaymentAllocationDocument,
    "\n  query Remittances {\n    remittances { id insurerName periodFrom periodTo remitDate gross commission amount itemCount cancelledAt }\n    insurers { id name }\n  }\n": typeof types.RemittancesDocument,
    "\n  mutation CreateRemittance($input: RemittanceInput!) {\n    createRemittance(input: $input) { id itemCount amount }\n  }\n": typeof types.CreateRemittanceDocument,
    "\n  query RemittanceStatement($id: ID!, $format: String!) {\n    remittanceStatement(id: $id, format: $format) { fileName contentType base64 }\n  }\n": typeof types.RemittanceStatementDocument,
    "\n  query PaymentsDashboard {\n    paymentsDashboard { unmatchedCount unmatchedAmount }\n  }\n": typeof types.PaymentsDashboardDocument,
    "\n  mutation EndorsePolicy($policyId: ID!, $input: EndorsementInput!) {\n    endorsePolicy(policyId: $policyId, input: $input) {\n      ...PolicyDetail\n    }\n  }\n": typeof types.EndorsePolicyDocument,
    "\n  mutation AddInsuredPerson($policyId: ID!, $input: InsuredPersonInput!) {\n    addInsuredPerson(policyId: $policyId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddInsuredPersonDocument,
    "\n  mutation RemoveInsuredPerson($id: ID!) {\n    removeInsuredPerson(id: $id)\n  }\n": typeof types.RemoveInsuredPersonDocument,
    "\n  mutation AddInsuredObject($policyId: ID!, $input: InsuredObjectInput!) {\n    addInsuredObject(policyId: $policyId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddInsuredObjectDocument,
    "\n  query PolicyClientName($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n    }\n  }\n": typeof types.PolicyClientNameDocument,
    "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      ...PolicyDetail\n    }\n  }\n": typeof types.CreatePolicyDocument,
    "\n  mutation UpdatePolicy($id: ID!, $input: PolicyInput!) {\n    updatePolicy(id: $id, input: $input) {\n      ...PolicyDetail\n    }\n  }\n": typeof types.UpdatePolicyDocument,
    "\n  mutation SetPolicyStatus($id: ID!, $status: PolicyStatus!) {\n    setPolicyStatus(id: $id, status: $status) {\n      ...PolicyDetail\n    }\n  }\n": typeof types.SetPolicyStatusDocument,
    "\n  mutation CreateInsurer($input: InsurerInput!) {\n    createInsurer(input: $input) {\n      id\n      name\n      code\n      taxId\n      agencyCode\n    }\n  }\n": typeof types.CreateInsurerDocument,
    "\n  mutation UpdateInsurer($id: ID!, $input: InsurerInput!) {\n    updateInsurer(id: $id, input: $input) {\n      id\n      name\n      code\n      taxId\n      agencyCode\n    }\n  }\n": typeof types.UpdateInsurerDocument,
    "\n  mutation UpdateLineOfBusiness($id: ID!, $input: LineOfBusinessInput!) {\n    updateLineOfBusiness(id: $id, input: $input) {\n      id\n      code\n      name\n      defaultTaxRate\n    }\n  }\n": typeof types.UpdateLineOfBusinessDocument,
    "\n  fragment PolicySummary on Policy {\n    id\n    number\n    status\n    foreignBusiness\n    coverStart\n    coverEnd\n    premiumGross\n    paymentFrequency\n    client {\n      id\n      displayName\n    }\n    insurer {\n      id\n      name\n    }\n    line {\n      id\n      code\n      name\n    }\n  }\n": typeof types.PolicySummaryFragmentDoc,
    "\n  query PoliciesList($filter: PolicyFilterInput, $first: Int!, $offset: Int!) {\n    policies(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...PolicySummary\n      }\n    }\n  }\n": typeof types.PoliciesListDocument,
    "\n  query PolicyReference {\n    insurers {\n      id\n      name\n      code\n      taxId\n      agencyCode\n    }\n    linesOfBusiness {\n      id\n      code\n      name\n      defaultTaxRate\n    }\n  }\n": typeof types.PolicyReferenceDocument,
    "\n  fragment PolicyDetail on Policy {\n    id\n    number\n    status\n    allowedStatuses\n    foreignBusiness\n    coverStart\n    coverEnd\n    issueDate\n    premiumNet\n    premiumTaxes\n    premiumGross\n    paymentFrequency\n    producerId\n    notes\n    updatedAt\n    client {\n      id\n      displayName\n    }\n    insurer {\n      id\n      name\n    }\n    line {\n      id\n      code\n      name\n    }\n    tacitRenewal\n    insuredSum\n    previous {\n      id\n      number\n    }\n    renewedBy {\n      id\n      number\n    }\n    versions {\n      id\n      version\n      kind\n      effectiveDate\n      reason\n      createdByName\n      createdAt\n      changes {\n        field\n        before\n        after\n      }\n      terms {\n        coverStart\n        coverEnd\n        premiumNet\n        premiumTaxes\n        premiumGross\n        insuredSum\n        paymentFrequency\n      }\n    }\n    insuredPersons {\n      id\n      role\n      client {\n        id\n        displayName\n      }\n    }\n    insuredObjects {\n      id\n      kind\n      description\n      insuredSum\n      addedOn\n      removedOn\n    }\n    vehicles {\n      id\n      plateDisplay\n      make\n      model\n    }\n    installments {\n      id\n      seq\n      dueDate\n      periodStart\n      periodEnd\n      net\n      taxes\n      gross\n      paid\n    }\n  }\n": typeof types.PolicyDetailFragmentDoc,
    "\n  query Policy($id: ID!) {\n    policy(id: $id) {\n      ...PolicyDetail\n    }\n  }\n": typeof types.PolicyDocument,
    "\n  query PolicyDocuments($ownerId: ID!) {\n    documents(ownerType: \"policy\", ownerId: $ownerId) {\n      id\n      category\n      fileName\n      contentType\n      sizeBytes\n      createdAt\n      downloadUrl\n    }\n  }\n": typeof types.PolicyDocumentsDocument,
    "\n  query PolicyAuditTrail($policyId: ID!, $first: Int, $after: String) {\n    policyAuditTrail(policyId: $policyId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        seq\n        at\n        userEmail\n        roleName\n        channel\n        action\n        entityType\n        before\n        after\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.PolicyAuditTrailDocument,
    "\n  query ClientPolicies($clientId: ID!, $scope: ClientPolicyScope!, $first: Int!, $offset: Int!) {\n    client(id: $clientId) {\n      id\n      policies(scope: $scope, first: $first, offset: $offset) {\n        total\n        items {\n          ...PolicySummary\n        }\n      }\n    }\n  }\n": typeof types.ClientPoliciesDocument,
    "\n  query PoliciesDashboard {\n    policiesDashboard {\n      inForce\n      inForceGross\n      byLine {\n        key\n        name\n        count\n        premiumGross\n      }\n      byInsurer {\n        key\n        name\n        count\n        premiumGross\n      }\n      renewalsDue30\n      renewalsDue60\n      renewalsDue90\n      newBusinessPerMonth {\n        month\n        count\n        premiumGross\n      }\n      lapsed\n      lapseBase\n      lapseRate\n    }\n  }\n": typeof types.PoliciesDashboardDocument,
    "\n  query RenewalsDue($days: Int!, $filter: RenewalsFilterInput, $first: Int!, $offset: Int!) {\n    renewalsDue(days: $days, filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...PolicySummary\n        producerId\n      }\n    }\n  }\n": typeof types.RenewalsDueDocument,
    "\n  mutation RenewPolicy($policyId: ID!, $input: RenewPolicyInput) {\n    renewPolicy(policyId: $policyId, input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.RenewPolicyDocument,
    "\n  fragment VehicleRow on Vehicle {\n    id\n    plate\n    plateDisplay\n    plateCountry\n    vin\n    make\n    model\n    year\n    fuel\n    use\n    sold\n    soldOn\n    policies {\n      id\n      number\n    }\n  }\n": typeof types.VehicleRowFragmentDoc,
    "\n  query ClientVehicles($clientId: ID!) {\n    vehicles(clientId: $clientId, includeSold: true) {\n      ...VehicleRow\n    }\n    client(id: $clientId) {\n      id\n      policies(scope: ACTIVE, first: 200, offset: 0) {\n        items {\n          id\n          number\n          line {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientVehiclesDocument,
    "\n  mutation CreateVehicle($input: VehicleInput!) {\n    createVehicle(input: $input) {\n      ...VehicleRow\n    }\n  }\n": typeof types.CreateVehicleDocument,
    "\n  mutation LinkVehiclePolicy($vehicleId: ID!, $policyId: ID!) {\n    linkVehiclePolicy(vehicleId: $vehicleId, policyId: $policyId) {\n      ...VehicleRow\n    }\n  }\n": typeof types.LinkVehiclePolicyDocument,
    "\n  mutation UpdateVehicle($id: ID!, $input: VehicleInput!) {\n    updateVehicle(id: $id, input: $input) {\n      ...VehicleRow\n    }\n  }\n": typeof types.UpdateVehicleDocument,
    "\n  mutation CreatePortalGrant($input: PortalGrantInput!) {\n    createPortalGrant(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePortalGrantDocument,
    "\n  mutation UpdatePortalGrant($id: ID!, $input: PortalGrantInput!) {\n    updatePortalGrant(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePortalGrantDocument,
    "\n  mutation AddPortalGrantUser($grantId: ID!, $email: String!) {\n    addPortalGrantUser(grantId: $grantId, email: $email) {\n      id\n    }\n  }\n": typeof types.AddPortalGrantUserDocument,
    "\n  mutation ResendPortalInvitation($grantUserId: ID!) {\n    resendPortalInvitation(grantUserId: $grantUserId) {\n      id\n      invitedAt\n    }\n  }\n": typeof types.ResendPortalInvitationDocument,
    "\n  mutation RemovePortalGrantUser($grantUserId: ID!) {\n    removePortalGrantUser(grantUserId: $grantUserId)\n  }\n": typeof types.RemovePortalGrantUserDocument,
    "\n  query PortalGrantsPage {\n    portalGrants {\n      id\n      name\n      includeClaims\n      commercialView\n      shareMode\n      shareStatuses\n      shareLines\n      policyIds\n      clients {\n        id\n        displayName\n      }\n      users {\n        id\n        email\n        linked\n      }\n    }\n  }\n": typeof types.PortalGrantsPageDocument,
    "\n  mutation PortalViewAs($grantUserId: ID!) {\n    portalViewAs(grantUserId: $grantUserId) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.PortalViewAsDocument,
    "\n  query PortalChanges {\n    portalSyncMode\n    portalChanges {\n      id\n      clientId\n      clientName\n      area\n      enteredBy\n      enteredAt\n      diff {\n        field\n        before\n        after\n      }\n    }\n  }\n": typeof types.PortalChangesDocument,
    "\n  mutation ApprovePortalChange($id: ID!) {\n    approvePortalChange(id: $id)\n  }\n": typeof types.ApprovePortalChangeDocument,
    "\n  mutation RejectPortalChange($id: ID!, $message: String!) {\n    rejectPortalChange(id: $id, message: $message)\n  }\n": typeof types.RejectPortalChangeDocument,
    "\n  mutation SetPortalSyncMode($mode: PortalSyncMode!) {\n    setPortalSyncMode(mode: $mode)\n  }\n": typeof types.SetPortalSyncModeDocument,
    "\n  query ClientPortalThreads($clientId: ID!) {\n    clientPortalThreads(clientId: $clientId) {\n      id\n      subject\n      lastMessageAt\n      messages {\n        id\n        author\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.ClientPortalThreadsDocument,
    "\n  mutation ReplyPortalThread($threadId: ID!, $body: String!) {\n    replyPortalThread(threadId: $threadId, body: $body) {\n      id\n      lastMessageAt\n      messages {\n        id\n        author\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.ReplyPortalThreadDocument,
    "\n  mutation StartClientPortalThread($clientId: ID!, $subject: String!, $body: String!) {\n    startClientPortalThread(clientId: $clientId, subject: $subject, body: $body) {\n      id\n      subject\n      lastMessageAt\n    }\n  }\n": typeof types.StartClientPortalThreadDocument,
    "\n  query ProductsOverview {\n    products {\n      id\n      code\n      line { id name }\n      insurer { id name }\n      latestVersion { id version status names { en it de nl pl } }\n      publishedVersion { id version }\n    }\n    productsDashboard {\n      byStatus { status count }\n      quotesPerWeek { productCode week quotes }\n      offers\n      converted\n      conversionRate\n      requestsWaiting\n    }\n  }\n": typeof types.ProductsOverviewDocument,
    "\n  query ProductReference {\n    linesOfBusiness { id code name }\n    insurers { id name }\n  }\n": typeof types.ProductReferenceDocument,
    "\n  fragment ProductVersionFields on ProductVersion {\n    id\n    version\n    status\n    authorName\n    approvedByName\n    allowedMoves\n    names { en it de nl pl }\n    questions {\n      key\n      type\n      required\n      unit\n      min\n      max\n      label { en it de nl pl }\n      help { en it de nl pl }\n      options { value label { en it de nl pl } }\n      showWhen { question anyOf }\n    }\n    rating {\n      basePremium\n      minimumPremium\n      factors { key question label { en it de nl pl } bands { from to multiplier } choices { value multiplier } }\n      adjustments { key kind percent when label { en it de nl pl } }\n    }\n    history { fromStatus toStatus reason changedAt changedByName }\n  }\n": typeof types.ProductVersionFieldsFragmentDoc,
    "\n  query Product($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      line { id name defaultTaxRate }\n      insurer { id name }\n      versions { ...ProductVersionFields }\n    }\n  }\n": typeof types.ProductDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { id }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProductVersion($id: ID!, $input: ProductVersionInput!) {\n    updateProductVersion(id: $id, input: $input) { ...ProductVersionFields }\n  }\n": typeof types.UpdateProductVersionDocument,
    "\n  mutation NewProductVersion($productId: ID!) {\n    newProductVersion(productId: $productId) { ...ProductVersionFields }\n  }\n": typeof types.NewProductVersionDocument,
    "\n  mutation MoveProductVersion($id: ID!, $status: ProductVersionStatus!, $reason: String) {\n    moveProductVersion(id: $id, status: $status, reason: $reason) { ...ProductVersionFields }\n  }\n": typeof types.MoveProductVersionDocument,
    "\n  query RateQuote($versionId: ID!, $answers: [AnswerInput!]!) {\n    rateQuote(versionId: $versionId, answers: $answers) {\n      breakdown { base net taxRate taxes total test steps { kind key detail effect after label { en it de nl pl } } }\n    }\n  }\n": typeof types.RateQuoteDocument,
    "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) { id client { id } }\n  }\n": typeof types.CreateOfferDocument,
    "\n  query ClientOffers($id: ID!) {\n    client(id: $id) {\n      id\n      offers {\n        id\n        state\n        test\n        premiumGross\n        validFrom\n        validUntil\n        version { id version names { en it de nl pl } product { id code } }\n        policy { id number }\n      }\n    }\n  }\n": typeof types.ClientOffersDocument,
    "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) { id state }\n  }\n": typeof types.AcceptOfferDocument,
    "\n  mutation IssuePolicyFromOffer($id: ID!, $input: OfferPolicyInput!) {\n    issuePolicyFromOffer(id: $id, input: $input) { id state policy { id number } }\n  }\n": typeof types.IssuePolicyFromOfferDocument,
    "\n  query OfferPdf($id: ID!) {\n    offerPdf(id: $id) { fileName contentType base64 }\n  }\n": typeof types.OfferPdfDocument,
    "\n  query QuoteRequests($statuses: [QuoteRequestStatus!]) {\n    quoteRequests(statuses: $statuses) {\n      id\n      status\n      requesterName\n      requesterEmail\n      createdAt\n      handlerName\n      websiteName\n      producerName\n      product { id code }\n      client { id displayName }\n    }\n  }\n": typeof types.QuoteRequestsDocument,
    "\n  query QuoteRequest($id: ID!) {\n    quoteRequest(id: $id) {\n      id\n      status\n      requesterName\n      client { id displayName }\n      product { id }\n      answers { question value values address { street postalCode city country } }\n    }\n  }\n": typeof types.QuoteRequestDocument,
    "\n  mutation AnswerQuoteRequest($id: ID!, $offerIds: [ID!]!) {\n    answerQuoteRequest(id: $id, offerIds: $offerIds) { id status }\n  }\n": typeof types.AnswerQuoteRequestDocument,
    "\n  fragment QuoteWebsiteFields on QuoteWebsite {\n    id\n    name\n    publicKey\n    origins\n    producerId\n    producerName\n    privacyNoticeUrl\n    active\n    snippet\n  }\n": typeof types.QuoteWebsiteFieldsFragmentDoc,
    "\n  query QuoteWebsites {\n    quoteWebsites { ...QuoteWebsiteFields }\n  }\n": typeof types.QuoteWebsitesDocument,
    "\n  query WebsiteProducers {\n    users { id active user { id displayName } }\n  }\n": typeof types.WebsiteProducersDocument,
    "\n  mutation CreateQuoteWebsite($input: QuoteWebsiteInput!) {\n    createQuoteWebsite(input: $input) { ...QuoteWebsiteFields }\n  }\n": typeof types.CreateQuoteWebsiteDocument,
    "\n  mutation UpdateQuoteWebsite($id: ID!, $input: QuoteWebsiteInput!) {\n    updateQuoteWebsite(id: $id, input: $input) { ...QuoteWebsiteFields }\n  }\n": typeof types.UpdateQuoteWebsiteDocument,
};
const documents: Documents = {
    "\n  query BankingSettings {\n    bankingSettings { creditorId creditorName creditorIban creditorBic returnFee }\n  }\n": types.BankingSettingsDocument,
    "\n  mutation SetBankingSettings($input: BankingSettingsInput!) {\n    setBankingSettings(input: $input) { creditorId creditorName creditorIban creditorBic returnFee }\n  }\n": types.SetBankingSettingsDocument,
    "\n  query ClientMandates($clientId: ID!) {\n    client(id: $clientId) { id bankAccounts { id iban holder } }\n    sepaMandates(clientId: $clientId) { id reference scheme recurrence signatureDate iban status expiresOn revokedOn collections lastCollectionBy }\n  }\n": types.ClientMandatesDocument,
    "\n  mutation CreateSepaMandate($input: MandateInput!) {\n    createSepaMandate(input: $input) { id reference }\n  }\n": types.CreateSepaMandateDocument,
    "\n  mutation RevokeSepaMandate($id: ID!, $reason: String!) {\n    revokeSepaMandate(id: $id, reason: $reason) { id status revokedOn }\n  }\n": types.RevokeSepaMandateDocument,
    "\n  mutation SetSepaMandateLastCollection($id: ID!, $by: MandateEndedBy) {\n    setSepaMandateLastCollection(id: $id, by: $by) { id status lastCollectionBy }\n  }\n": types.SetSepaMandateLastCollectionDocument,
    "\n  query SepaMandatePdf($id: ID!) {\n    sepaMandatePdf(id: $id) { fileName contentType base64 }\n  }\n": types.SepaMandatePdfDocument,
    "\n  query SepaRuns {\n    sepaRuns { id status collectionDate dueTo total processed percent controlSum createdAt startedByName }\n  }\n": types.SepaRunsDocument,
    "\n  mutation StartSepaRun($input: SepaRunInput!) {\n    startSepaRun(input: $input) { id }\n  }\n": types.StartSepaRunDocument,
    "\n  query SepaRun($id: ID!) {\n    sepaRun(id: $id) {\n      id status collectionDate dueTo messageId total processed percent booked resumable skipped controlSum fileId fileName error\n      collections(first: 500) { id receiptNumber clientName mandateReference amount sequenceType scheme collectionDate endToEndId status returnReason }\n      skippedReceipts(first: 100) { receiptId receiptNumber clientName mandateReference reason lastUsedOn expiresOn collectionDate openAmount }\n    }\n  }\n": types.SepaRunDocument,
    "\n  mutation ResumeSepaRun($id: ID!) {\n    resumeSepaRun(id: $id) { id status percent booked resumable error }\n  }\n": types.ResumeSepaRunDocument,
    "\n  query SepaReturns($openOnly: Boolean!) {\n    sepaReturns(openOnly: $openOnly) { id receiptId receiptNumber clientId clientName amount reasonCode returnDate endToEndId fee openAmount fileName }\n  }\n": types.SepaReturnsDocument,
    "\n  query RibaSettings {\n    ribaSettings { siaCode iban abi cab street town taxId unpaidFee }\n  }\n": types.RibaSettingsDocument,
    "\n  mutation SetRibaSettings($input: RibaSettingsInput!) {\n    setRibaSettings(input: $input) { siaCode iban abi cab street town taxId unpaidFee }\n  }\n": types.SetRibaSettingsDocument,
    "\n  query RibaRuns {\n    ribaRuns(first: 30) { id status dueTo creationDate supportName total percent totalAmount presentedAt createdAt }\n  }\n": types.RibaRunsDocument,
    "\n  mutation StartRibaRun($input: RibaRunInput!) {\n    startRibaRun(input: $input) { id }\n  }\n": types.StartRibaRunDocument,
    "\n  query RibaRun($id: ID!) {\n    ribaRun(id: $id) {\n      id status dueTo creationDate supportName total processed percent totalAmount hasFile fileName presentedAt error\n      items(first: 500) { id progressive receiptId receiptNumber clientId clientName amount dueDate abi cab state stateDate fee openAmount }\n    }\n  }\n": types.RibaRunDocument,
    "\n  query RibaFile($runId: ID!) {\n    ribaFile(runId: $runId) { fileName contentType base64 }\n  }\n": types.RibaFileDocument,
    "\n  mutation PresentRibaRun($runId: ID!) {\n    presentRibaRun(runId: $runId) { id presentedAt }\n  }\n": types.PresentRibaRunDocument,
    "\n  mutation SetRibaOutcome($itemIds: [ID!]!, $outcome: RibaOutcome!) {\n    setRibaOutcome(itemIds: $itemIds, outcome: $outcome) { id state stateDate fee openAmount }\n  }\n": types.SetRibaOutcomeDocument,
    "\n  query RibaUnpaid {\n    ribaUnpaidByMonth(months: 12) { month count amount }\n  }\n": types.RibaUnpaidDocument,
    "\n  query ClientRibaDebtor($clientId: ID!) {\n    ribaDebtors(clientId: $clientId) { id iban abi cab }\n  }\n": types.ClientRibaDebtorDocument,
    "\n  mutation SetRibaDebtor($clientId: ID!, $bankAccountId: ID) {\n    setRibaDebtor(clientId: $clientId, bankAccountId: $bankAccountId) { id iban abi cab }\n  }\n": types.SetRibaDebtorDocument,
    "\n  query BankStatements {\n    bankStatements { id statementRef iban fromDate toDate fileName lineCount duplicateCount unmatchedCount createdAt }\n  }\n": types.BankStatementsDocument,
    "\n  query BankLines($statementId: ID, $state: BankLineState) {\n    bankTransactions(statementId: $statementId, state: $state, first: 200) {\n      total\n      items { id lineNo bookingDate direction amount endToEndId remittance counterpartyName counterpartyIban state settlement paymentId }\n    }\n  }\n": types.BankLinesDocument,
    "\n  query BankLine($id: ID!) {\n    bankTransaction(id: $id) {\n      id lineNo amount state remittance counterpartyName\n      proposals { receiptId receiptNumber clientId clientName dueDate openAmount score reasons collectionId }\n    }\n  }\n": types.BankLineDocument,
    "\n  mutation ConfirmBankLine($id: ID!, $allocations: [AllocationInput!]) {\n    confirmBankTransaction(transactionId: $id, allocations: $allocations) { id state paymentId settlement }\n  }\n": types.ConfirmBankLineDocument,
    "\n  query BankLinesDashboard {\n    bankLinesDashboard { unmatchedCount unmatchedAmount }\n  }\n": types.BankLinesDashboardDocument,
    "\n  query DirectDebitMonths {\n    directDebitMonths { month collections volume returned returnRate reasons { reasonCode count } }\n  }\n": types.DirectDebitMonthsDocument,
    "\n  mutation AmendSepaMandate($id: ID!, $input: MandateAmendmentInput!) {\n    amendSepaMandate(id: $id, input: $input) { id reference iban amendments { kind oldValue newValue reported } }\n  }\n": types.AmendSepaMandateDocument,
    "\n  query ClientAuditTrail($clientId: ID!, $first: Int, $after: String) {\n    clientAuditTrail(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        seq\n        at\n        userEmail\n        roleName\n        channel\n        action\n        entityType\n        before\n        after\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.ClientAuditTrailDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      status\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      status\n      expiresAt\n    }\n  }\n": types.VerifySecondFactorDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation SwitchCompany($companyId: ID!) {\n    switchCompany(companyId: $companyId) {\n      rights\n      company {\n        id\n        code\n      }\n    }\n  }\n": types.SwitchCompanyDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      secret\n      otpauthUrl\n      qrCodeDataUrl\n    }\n  }\n": types.BeginTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n": types.ConfirmTotpEnrollmentDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n": types.DisableTotpDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      active\n      user {\n        id\n        email\n        displayName\n      }\n      role {\n        id\n        name\n      }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation UpdateMembership($id: ID!, $input: UpdateMembershipInput!) {\n    updateMembership(id: $id, input: $input) {\n      id\n      active\n      role {\n        id\n        name\n        template\n      }\n    }\n  }\n": types.UpdateMembershipDocument,
    "\n  mutation ResetUserTotp($id: ID!) {\n    resetUserTotp(id: $id) {\n      id\n      user {\n        id\n        totpEnabled\n      }\n    }\n  }\n": types.ResetUserTotpDocument,
    "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) {\n      ...RoleFields\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n": types.DeleteRoleDocument,
    "\n  mutation CopyRoleTemplate($template: String!, $name: String!) {\n    copyRoleTemplate(template: $template, name: $name) {\n      ...RoleFields\n    }\n  }\n": types.CopyRoleTemplateDocument,
    "\n  mutation GrantSupportAccess($input: GrantSupportAccessInput!) {\n    grantSupportAccess(input: $input) {\n      id\n      active\n      createdAt\n      expiresAt\n      reason\n      revokedAt\n      rights\n    }\n  }\n": types.GrantSupportAccessDocument,
    "\n  mutation RevokeSupportAccess($id: ID!) {\n    revokeSupportAccess(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n": types.RevokeSupportAccessDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      code\n      name\n      country\n      locale\n      currency\n      email\n      createdAt\n    }\n  }\n": types.CreateCompanyDocument,
    "\n  query Me {\n    me {\n      user {\n        id\n        email\n        displayName\n        locale\n        isOperator\n        totpEnabled\n      }\n      company {\n        id\n        code\n        name\n        country\n        locale\n        currency\n      }\n      rights\n      roleName\n      roleTemplate\n      channel\n      mfaEnrollmentRequired\n      supportAccessUntil\n      companies {\n        roleName\n        roleTemplate\n        company {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query BaseDashboard {\n    baseDashboard {\n      activeUsers\n      inactiveUsers\n      failedSignIns\n      openSupportGrants\n      auditEventsToday\n      signInsPerDay {\n        day\n        count\n      }\n    }\n  }\n": types.BaseDashboardDocument,
    "\n  query Users {\n    users {\n      id\n      active\n      createdAt\n      user {\n        id\n        email\n        displayName\n        locale\n        totpEnabled\n        lastLoginAt\n        disabled\n      }\n      role {\n        id\n        name\n        template\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    rights\n    template\n    memberCount\n  }\n": types.RoleFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleFields\n      createdAt\n    }\n  }\n": types.RolesDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleFields\n    }\n  }\n": types.RoleDocument,
    "\n  query RoleTemplates {\n    roleTemplates {\n      key\n      name\n      rights\n    }\n  }\n": types.RoleTemplatesDocument,
    "\n  query RightsCatalogue {\n    rightsCatalogue {\n      module\n      actions\n    }\n  }\n": types.RightsCatalogueDocument,
    "\n  query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        seq\n        at\n        userId\n        userEmail\n        roleName\n        channel\n        action\n        entityType\n        entityId\n        before\n        after\n        hash\n        subject {\n          type\n          id\n          displayName\n          deleted\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checked\n      firstBrokenSeq\n      problem\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  query ExportAuditCsv($filter: AuditFilterInput) {\n    exportAuditCsv(filter: $filter)\n  }\n": types.ExportAuditCsvDocument,
    "\n  query SupportGrants {\n    supportGrants {\n      id\n      active\n      createdAt\n      expiresAt\n      reason\n      revokedAt\n      rights\n    }\n  }\n": types.SupportGrantsDocument,
    "\n  query Companies {\n    companies {\n      id\n      code\n      name\n      country\n      locale\n      currency\n      email\n      createdAt\n    }\n  }\n": types.CompaniesDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      current\n      kind\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n      expiresAt\n    }\n  }\n": types.MySessionsDocument,
    "\n  query BillingDashboard {\n    billingDashboard {\n      receivablesByAge { bucket count amount }\n      collectedVsDue { month due collected }\n      premiumAccountByInsurer { insurerId insurerName payable premiumAccount }\n    }\n  }\n": types.BillingDashboardDocument,
    "\n  query PremiumDocuments($filter: PremiumDocumentFilter, $first: Int!, $offset: Int!) {\n    premiumDocuments(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        displayNumber\n        installmentId\n        issueDate\n        clientName\n        policyNumber\n        insurerName\n        dueDate\n        gross\n        commission\n        creditsNumber\n        creditedById\n        creditedByNumber\n      }\n    }\n  }\n": types.PremiumDocumentsDocument,
    "\n  query PremiumDocumentPdf($id: ID!) {\n    premiumDocumentPdf(id: $id) { fileName contentType base64 }\n  }\n": types.PremiumDocumentPdfDocument,
    "\n  mutation IssueCreditNote($id: ID!, $reason: String!) {\n    issueCreditNote(receiptId: $id, reason: $reason) { id displayNumber }\n  }\n": types.IssueCreditNoteDocument,
    "\n  mutation SendPremiumDocument($id: ID!) {\n    sendPremiumDocument(id: $id)\n  }\n": types.SendPremiumDocumentDocument,
    "\n  query PolicyInstallmentsForBilling($number: String!) {\n    policies(filter: { number: $number }, first: 5) {\n      items {\n        id\n        number\n        status\n        client { id displayName }\n        installments { id seq dueDate periodStart periodEnd net taxes gross }\n      }\n    }\n  }\n": types.PolicyInstallmentsForBillingDocument,
    "\n  mutation IssuePremiumReceipt($id: ID!) {\n    issuePremiumReceipt(installmentId: $id) { id displayNumber }\n  }\n": types.IssuePremiumReceiptDocument,
    "\n  query BillingRuns {\n    billingRuns(first: 20) { id dueFrom dueTo issueDate status total processed issued percent error startedByName createdAt }\n  }\n": types.BillingRunsDocument,
    "\n  query BillingRun($id: ID!) {\n    billingRun(id: $id) { id dueFrom dueTo issueDate status total processed issued percent error startedByName createdAt finishedAt }\n  }\n": types.BillingRunDocument,
    "\n  mutation StartBillingRun($input: BillingRunInput!) {\n    startBillingRun(input: $input) { id status }\n  }\n": types.StartBillingRunDocument,
    "\n  mutation ResumeBillingRun($id: ID!) {\n    resumeBillingRun(id: $id) { id status }\n  }\n": types.ResumeBillingRunDocument,
    "\n  query ClaimsDashboard {\n    claimsDashboard {\n      byStatus { status count }\n      openByStatusAndAge { status ageBucket count }\n      openTotal\n      reservesTotal\n      reservesOutstanding\n      paidTotal\n      byLine { lineCode lineName count open }\n    }\n  }\n": types.ClaimsDashboardDocument,
    "\n  query ClaimsList($filter: ClaimFilterInput, $first: Int!, $offset: Int!) {\n    claims(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        status\n        lossDate\n        lossPlace\n        reportedAt\n        insurerClaimNumber\n        client { id displayName }\n        totals { reserveCurrent paidTotal outstandingReserve }\n      }\n    }\n  }\n": types.ClaimsListDocument,
    "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      id\n      status\n      allowedStatuses\n      lossDate\n      lossTime\n      lossPlace\n      description\n      insurerClaimNumber\n      handlerName\n      reportedAt\n      client { id displayName }\n      policy { id number }\n      parties { seq name role insurerName plate }\n      history { fromStatus toStatus reason changedAt changedByName }\n      money { seq kind amount entryDate payee reserveAfter paidAfter outstandingAfter }\n      totals { reserveCurrent paidTotal outstandingReserve }\n    }\n    claimStatusTransitions { from to reasonRequiredFor }\n  }\n": types.ClaimDocument,
    "\n  query ClientPoliciesForClaim($clientId: ID!) {\n    policies(filter: { clientId: $clientId }, first: 100) {\n      items { id number status }\n    }\n  }\n": types.ClientPoliciesForClaimDocument,
    "\n  mutation ReportClaim($input: ClaimInput!) {\n    reportClaim(input: $input) { id }\n  }\n": types.ReportClaimDocument,
    "\n  mutation MoveClaim($id: ID!, $status: ClaimStatus!, $reason: String) {\n    moveClaim(id: $id, status: $status, reason: $reason) { id status allowedStatuses }\n  }\n": types.MoveClaimDocument,
    "\n  mutation SetClaimReserve($id: ID!, $input: ClaimMoneyInput!) {\n    setClaimReserve(id: $id, input: $input) { id totals { reserveCurrent paidTotal outstandingReserve } }\n  }\n": types.SetClaimReserveDocument,
    "\n  mutation AddClaimPayment($id: ID!, $input: ClaimMoneyInput!) {\n    addClaimPayment(id: $id, input: $input) { id totals { reserveCurrent paidTotal outstandingReserve } }\n  }\n": types.AddClaimPaymentDocument,
    "\n  query ClientClaims($id: ID!) {\n    client(id: $id) {\n      id\n      claims {\n        id\n        status\n        lossDate\n        lossPlace\n        totals { reserveCurrent paidTotal }\n      }\n    }\n  }\n": types.ClientClaimsDocument,
    "\n  mutation CreateClient($input: CreateClientInput!, $confirmDuplicate: Boolean!) {\n    createClient(input: $input, confirmDuplicate: $confirmDuplicate) {\n      id\n      displayName\n    }\n  }\n": types.CreateClientDocument,
    "\n  mutation UpdateClientRegistry($id: ID!, $input: ClientRegistryInput!, $confirmDuplicate: Boolean!) {\n    updateClientRegistry(id: $id, input: $input, confirmDuplicate: $confirmDuplicate) {\n      ...ClientRegistry\n    }\n  }\n": types.UpdateClientRegistryDocument,
    "\n  mutation SetClientAddresses($id: ID!, $addresses: [AddressInput!]!) {\n    setClientAddresses(id: $id, addresses: $addresses) {\n      ...ClientAddresses\n    }\n  }\n": types.SetClientAddressesDocument,
    "\n  mutation SetClientContacts($id: ID!, $contacts: [ContactInput!]!) {\n    setClientContacts(id: $id, contacts: $contacts) {\n      ...ClientContacts\n    }\n  }\n": types.SetClientContactsDocument,
    "\n  mutation SetClientBankAccounts($id: ID!, $bankAccounts: [BankAccountInput!]!) {\n    setClientBankAccounts(id: $id, bankAccounts: $bankAccounts) {\n      ...ClientBankAccounts\n    }\n  }\n": types.SetClientBankAccountsDocument,
    "\n  mutation SetClientIdentityDocuments($id: ID!, $identityDocuments: [IdentityDocumentInput!]!) {\n    setClientIdentityDocuments(id: $id, identityDocuments: $identityDocuments) {\n      ...ClientIdentity\n    }\n  }\n": types.SetClientIdentityDocumentsDocument,
    "\n  mutation SetClientFamily($id: ID!, $family: FamilyInput!) {\n    setClientFamily(id: $id, family: $family) {\n      id\n      maritalStatus\n      household {\n        id\n        name\n        relation\n        birthDate\n        dependent\n        memberClient {\n          id\n        }\n      }\n    }\n  }\n": types.SetClientFamilyDocument,
    "\n  mutation SetClientActivity($id: ID!, $activity: ActivityInput!) {\n    setClientActivity(id: $id, activity: $activity) {\n      id\n      occupation\n      employer\n      registryNumber\n      activityCode\n      activityDescription\n      legalRepresentativeName\n      legalRepresentative {\n        id\n      }\n    }\n  }\n": types.SetClientActivityDocument,
    "\n  mutation SetClientStatus($id: ID!, $status: ClientStatus!, $reason: String) {\n    setClientStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n      hiddenReason\n      hiddenAt\n    }\n  }\n": types.SetClientStatusDocument,
    "\n  mutation DeleteClient($id: ID!) {\n    deleteClient(id: $id)\n  }\n": types.DeleteClientDocument,
    "\n  mutation EraseClient($id: ID!, $reason: String!) {\n    eraseClient(id: $id, reason: $reason) {\n      id\n      displayName\n      status\n      erasedAt\n    }\n  }\n": types.EraseClientDocument,
    "\n  mutation ExportClientData($id: ID!, $format: ExportFormat!) {\n    exportClientData(id: $id, format: $format) {\n      fileName\n      contentType\n      base64\n    }\n  }\n": types.ExportClientDataDocument,
    "\n  mutation MergeClients($sourceId: ID!, $targetId: ID!) {\n    mergeClients(sourceId: $sourceId, targetId: $targetId) {\n      id\n      displayName\n    }\n  }\n": types.MergeClientsDocument,
    "\n  mutation AddServiceEntry($clientId: ID!, $input: ServiceEntryInput!) {\n    addServiceEntry(clientId: $clientId, input: $input) {\n      id\n      kind\n      subject\n      body\n      occurredOn\n      createdAt\n    }\n  }\n": types.AddServiceEntryDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": types.DeleteDocumentDocument,
    "\n  fragment ClientSummary on Client {\n    id\n    kind\n    status\n    displayName\n    taxCode\n    vatNumber\n    noLocalTaxId\n    preferredEmail\n    preferredPhone\n    createdAt\n    residence {\n      id\n      city\n      province\n      country\n    }\n  }\n": types.ClientSummaryFragmentDoc,
    "\n  query ClientsList($filter: ClientFilterInput, $first: Int!, $offset: Int!) {\n    clients(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...ClientSummary\n      }\n    }\n  }\n": types.ClientsListDocument,
    "\n  query SearchClients($query: String!, $first: Int!, $includeHidden: Boolean!) {\n    searchClients(query: $query, first: $first, includeHidden: $includeHidden) {\n      score\n      matched {\n        source\n        sourceId\n        text\n      }\n      client {\n        ...ClientSummary\n      }\n    }\n  }\n": types.SearchClientsDocument,
    "\n  query ClientDuplicates($input: DuplicateCheckInput!) {\n    clientDuplicates(input: $input) {\n      matchedOn\n      client {\n        ...ClientSummary\n      }\n    }\n  }\n": types.ClientDuplicatesDocument,
    "\n  fragment ClientRegistry on Client {\n    id\n    kind\n    status\n    displayName\n    fullName\n    firstName\n    namePrefix\n    lastName\n    gender\n    birthDate\n    birthPlace\n    birthProvince\n    birthCountry\n    citizenship\n    legalName\n    legalForm\n    taxCountry\n    taxCode\n    noLocalTaxId\n    noLocalTaxIdReason\n    vatNumber\n    preferredLocale\n    hiddenReason\n    hiddenAt\n    erasedAt\n    createdAt\n    updatedAt\n  }\n": types.ClientRegistryFragmentDoc,
    "\n  fragment ClientAddresses on Client {\n    id\n    addresses {\n      id\n      kind\n      label\n      line1\n      line2\n      postalCode\n      city\n      province\n      country\n    }\n  }\n": types.ClientAddressesFragmentDoc,
    "\n  fragment ClientContacts on Client {\n    id\n    preferredEmail\n    preferredPhone\n    contacts {\n      id\n      kind\n      value\n      label\n      preferred\n    }\n  }\n": types.ClientContactsFragmentDoc,
    "\n  fragment ClientBankAccounts on Client {\n    id\n    bankAccounts {\n      id\n      iban\n      bic\n      holder\n      bankName\n      sepaMandateRef\n      sepaMandateDate\n      preferred\n    }\n  }\n": types.ClientBankAccountsFragmentDoc,
    "\n  fragment ClientIdentity on Client {\n    id\n    identityDocuments {\n      id\n      type\n      number\n      issuer\n      issueDate\n      expiryDate\n      scanDocumentId\n      scan {\n        id\n        fileName\n        downloadUrl\n      }\n    }\n  }\n": types.ClientIdentityFragmentDoc,
    "\n  fragment ClientFamily on Client {\n    id\n    maritalStatus\n    household {\n      id\n      name\n      relation\n      birthDate\n      dependent\n      memberClient {\n        id\n        displayName\n        kind\n        status\n      }\n    }\n  }\n": types.ClientFamilyFragmentDoc,
    "\n  fragment ClientActivity on Client {\n    id\n    occupation\n    employer\n    registryNumber\n    activityCode\n    activityDescription\n    legalRepresentativeName\n    legalRepresentative {\n      id\n      displayName\n      kind\n      status\n    }\n  }\n": types.ClientActivityFragmentDoc,
    "\n  fragment ClientDocuments on Client {\n    id\n    documents {\n      id\n      category\n      fileName\n      contentType\n      sizeBytes\n      ownerType\n      createdAt\n      downloadUrl\n    }\n  }\n": types.ClientDocumentsFragmentDoc,
    "\n  query ClientCard($id: ID!) {\n    client(id: $id) {\n      ...ClientRegistry\n      ...ClientAddresses\n      ...ClientContacts\n      ...ClientBankAccounts\n      ...ClientIdentity\n      ...ClientFamily\n      ...ClientActivity\n      ...ClientDocuments\n      serviceEntries {\n        id\n        kind\n        subject\n        body\n        occurredOn\n        createdAt\n        redactedAt\n      }\n      sentEmails {\n        id\n        to\n        subject\n        kind\n        status\n        attempts\n        createdAt\n        sentAt\n      }\n      panelTabs {\n        key\n        title\n        count\n      }\n    }\n  }\n": types.ClientCardDocument,
    "\n  query ClientLegalHolds($id: ID!) {\n    client(id: $id) {\n      id\n      legalHolds {\n        reason\n        count\n        message\n      }\n    }\n  }\n": types.ClientLegalHoldsDocument,
    "\n  query MergePreview($id: ID!) {\n    client(id: $id) {\n      ...ClientSummary\n      ...ClientRegistry\n      addresses {\n        id\n      }\n      contacts {\n        id\n        kind\n        value\n      }\n      bankAccounts {\n        id\n      }\n      identityDocuments {\n        id\n      }\n      documents {\n        id\n      }\n      serviceEntries {\n        id\n      }\n    }\n  }\n": types.MergePreviewDocument,
    "\n  query ClientsDashboard {\n    clientsDashboard {\n      byStatus {\n        label\n        count\n      }\n      byKind {\n        label\n        count\n      }\n      newPerMonth {\n        label\n        count\n      }\n      expiringDocuments {\n        documentId\n        clientId\n        displayName\n        type\n        number\n        expiryDate\n      }\n      expiringDocumentsCount\n      prospectsWaiting\n      oldestProspectSince\n      withoutIdentityDocument\n      withoutIdentityScan\n      missingScanSample {\n        clientId\n        displayName\n      }\n    }\n  }\n": types.ClientsDashboardDocument,
    "\n  query ClientLocation($id: ID!) {\n    clientLocation(id: $id) {\n      id\n      code\n      name\n    }\n  }\n": types.ClientLocationDocument,
    "\n  query SearchClientsPage($query: String!, $first: Int!, $offset: Int!) {\n    searchClients(query: $query, first: $first, offset: $offset) {\n      score\n      matched {\n        source\n        sourceId\n        text\n      }\n      client {\n        ...ClientSummary\n      }\n    }\n  }\n": types.SearchClientsPageDocument,
    "\n  query ConsentForms($all: Boolean) {\n    consentForms(includeRetired: $all) {\n      id\n      code\n      kind\n      retired\n      current { id version textHash publishedAt title { lang text } body { lang text } clauses { key required text { lang text } } }\n      draft { id title { lang text } body { lang text } clauses { key required text { lang text } } }\n      versions { id version publishedAt }\n    }\n  }\n": types.ConsentFormsDocument,
    "\n  mutation CreateConsentForm($input: CreateConsentFormInput!) {\n    createConsentForm(input: $input) { id code }\n  }\n": types.CreateConsentFormDocument,
    "\n  mutation SaveConsentDraft($formId: ID!, $input: ConsentDraftInput!) {\n    saveConsentDraft(formId: $formId, input: $input) { id status }\n  }\n": types.SaveConsentDraftDocument,
    "\n  mutation PublishConsentForm($formId: ID!) {\n    publishConsentForm(formId: $formId) { id version textHash }\n  }\n": types.PublishConsentFormDocument,
    "\n  mutation RetireConsentForm($formId: ID!, $retired: Boolean!) {\n    retireConsentForm(formId: $formId, retired: $retired) { id retired }\n  }\n": types.RetireConsentFormDocument,
    "\n  query ConsentTimelineStart($clientId: ID!) {\n    consentTimelineStart(clientId: $clientId) { id agreedFrom note earlierRecords updatedAt }\n  }\n": types.ConsentTimelineStartDocument,
    "\n  mutation SetConsentTimelineStart($input: ConsentTimelineStartInput!) {\n    setConsentTimelineStart(input: $input) { id agreedFrom note earlierRecords }\n  }\n": types.SetConsentTimelineStartDocument,
    "\n  query ClientConsents($clientId: ID!, $from: String) {\n    consentRecords(clientId: $clientId, from: $from) {\n      id\n      seq\n      kind\n      decision\n      channel\n      givenBy\n      staffName\n      stamp\n      validationString\n      verificationCode\n      hash\n      pdfUrl\n      paperDocumentUrl\n      recordedAt\n      answers { key accepted }\n      form { id code kind }\n      formVersion { id version title { lang text } }\n    }\n    consentChainVerification(clientId: $clientId) { ok checked breaks { position problem } }\n    consentsPendingForClient(clientId: $clientId) { formId formCode answeredVersion currentVersion }\n    documents(ownerType: \"client\", ownerId: $clientId) { id fileName category }\n  }\n": types.ClientConsentsDocument,
    "\n  mutation RecordConsents($input: RecordConsentsInput!) {\n    recordConsents(input: $input) { id seq decision }\n  }\n": types.RecordConsentsDocument,
    "\n  mutation WithdrawConsent($input: ConsentEvidenceInput!, $formId: ID!) {\n    withdrawConsent(input: $input, formId: $formId) { id seq decision }\n  }\n": types.WithdrawConsentDocument,
    "\n  mutation ConsentHistoryPdf($clientId: ID!) {\n    consentHistoryPdf(clientId: $clientId)\n  }\n": types.ConsentHistoryPdfDocument,
    "\n  query ConsentPending($formId: ID) {\n    consentPendingPerForm { formId formCode formKind currentVersion pending }\n    consentPending(formId: $formId, first: 200) {\n      total\n      items { clientId clientName formId formCode answeredVersion currentVersion answeredAt }\n    }\n  }\n": types.ConsentPendingDocument,
    "\n  mutation SendConsentReminders($formId: ID!, $clientIds: [ID!]) {\n    sendConsentReminders(formId: $formId, clientIds: $clientIds)\n  }\n": types.SendConsentRemindersDocument,
    "\n  query ConsentsDashboard {\n    consentsDashboard {\n      clients\n      covered\n      coveragePercent\n      marketingOptIn\n      marketingAnswered\n      marketingOptInPercent\n      pendingPerForm { formId formCode formKind currentVersion pending }\n      recordsPerDay { day count }\n    }\n    consentChainVerification { ok checked clients breaks { clientId position problem } }\n  }\n": types.ConsentsDashboardDocument,
    "\n  mutation RecordConsentDelivery($input: ConsentEvidenceInput!, $formId: ID!) {\n    recordConsentDelivery(input: $input, formId: $formId) { id seq decision }\n  }\n": types.RecordConsentDeliveryDocument,
    "\n  query LedgerAccounts {\n    ledgerAccounts { id code name type subledger role }\n  }\n": types.LedgerAccountsDocument,
    "\n  query TrialBalance($from: String, $to: String) {\n    trialBalance(from: $from, to: $to) {\n      from\n      to\n      totalDebit\n      totalCredit\n      totalBalance\n      rows { account { id code name type } opening debit credit balance }\n    }\n    ledgerClosedPeriods { month closedAt closedByName }\n  }\n": types.TrialBalanceDocument,
    "\n  query AccountStatement($id: ID!, $from: String, $to: String, $first: Int!, $offset: Int!) {\n    accountStatement(accountId: $id, from: $from, to: $to, first: $first, offset: $offset) {\n      account { id code name }\n      opening\n      closing\n      total\n      lines { entryId entryDate description source debit credit balance partyName }\n    }\n  }\n": types.AccountStatementDocument,
    "\n  mutation PostJournalEntry($input: JournalEntryInput!) {\n    postJournalEntry(input: $input) { id entryDate total }\n  }\n": types.PostJournalEntryDocument,
    "\n  mutation CloseLedgerPeriod($month: String!) {\n    closeLedgerPeriod(month: $month) { month }\n  }\n": types.CloseLedgerPeriodDocument,
    "\n  mutation StartGeneralLedgerExport($from: String!, $to: String!) {\n    startGeneralLedgerExport(from: $from, to: $to) { id status total processed percent }\n  }\n": types.StartGeneralLedgerExportDocument,
    "\n  query LedgerExport($id: ID!) {\n    ledgerExport(id: $id) { id status total processed percent error }\n  }\n": types.LedgerExportDocument,
    "\n  query LedgerExportFile($id: ID!) {\n    ledgerExportFile(id: $id) { fileName contentType base64 }\n  }\n": types.LedgerExportFileDocument,
    "\n  query Payments($filter: PaymentFilter, $first: Int!, $offset: Int!) {\n    payments(filter: $filter, first: $first, offset: $offset) {\n      total\n      items { id clientId clientName method paymentDate amount allocated remaining reference accountCode }\n    }\n    paymentsDashboard { unmatchedCount unmatchedAmount }\n  }\n": types.PaymentsDocument,
    "\n  query Payment($id: ID!) {\n    payment(id: $id) {\n      id clientId clientName method paymentDate amount allocated remaining reference accountCode accountName\n      allocations { id receiptId receiptNumber policyNumber amount active createdAt createdByName undoneAt undoneByName undoReason }\n    }\n  }\n": types.PaymentDocument,
    "\n  query MatchData($paymentId: ID!, $clientId: ID!) {\n    paymentSuggestions(paymentId: $paymentId) { receiptId score reasons }\n    clientAccount(clientId: $clientId) {\n      openItems { receiptId receiptNumber policyNumber insurerName dueDate gross allocated openAmount }\n    }\n  }\n": types.MatchDataDocument,
    "\n  query ClientAccount($clientId: ID!) {\n    clientAccount(clientId: $clientId) {\n      clientId openTotal creditTotal balance\n      openItems { receiptId receiptNumber policyNumber insurerName dueDate gross allocated openAmount }\n      payments { id method paymentDate amount allocated remaining reference }\n    }\n  }\n": types.ClientAccountDocument,
    "\n  mutation RecordPayment($input: PaymentInput!) {\n    recordPayment(input: $input) { id }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation MatchPayment($id: ID!, $allocations: [AllocationInput!]!) {\n    matchPayment(paymentId: $id, allocations: $allocations) { id allocated remaining }\n  }\n": types.MatchPaymentDocument,
    "\n  mutation UndoPaymentAllocation($id: ID!, $reason: String!) {\n    undoPaymentAllocation(allocationId: $id, reason: $reason) { id allocated remaining }\n  }\n": types.UndoPaymentAllocationDocument,
    "\n  query Remittances {\n    remittances { id insurerName periodFrom periodTo remitDate gross commission amount itemCount cancelledAt }\n    insurers { id name }\n  }\n": types.RemittancesDocument,
    "\n  mutation CreateRemittance($input: RemittanceInput!) {\n    createRemittance(input: $input) { id itemCount amount }\n  }\n": types.CreateRemittanceDocument,
    "\n  query RemittanceStatement($id: ID!, $format: String!) {\n    remittanceStatement(id: $id, format: $format) { fileName contentType base64 }\n  }\n": types.RemittanceStatementDocument,
    "\n  query PaymentsDashboard {\n    paymentsDashboard { unmatchedCount unmatchedAmount }\n  }\n": types.PaymentsDashboardDocument,
    "\n  mutation EndorsePolicy($policyId: ID!, $input: EndorsementInput!) {\n    endorsePolicy(policyId: $policyId, input: $input) {\n      ...PolicyDetail\n    }\n  }\n": types.EndorsePolicyDocument,
    "\n  mutation AddInsuredPerson($policyId: ID!, $input: InsuredPersonInput!) {\n    addInsuredPerson(policyId: $policyId, input: $input) {\n      id\n    }\n  }\n": types.AddInsuredPersonDocument,
    "\n  mutation RemoveInsuredPerson($id: ID!) {\n    removeInsuredPerson(id: $id)\n  }\n": types.RemoveInsuredPersonDocument,
    "\n  mutation AddInsuredObject($policyId: ID!, $input: InsuredObjectInput!) {\n    addInsuredObject(policyId: $policyId, input: $input) {\n      id\n    }\n  }\n": types.AddInsuredObjectDocument,
    "\n  query PolicyClientName($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n    }\n  }\n": types.PolicyClientNameDocument,
    "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      ...PolicyDetail\n    }\n  }\n": types.CreatePolicyDocument,
    "\n  mutation UpdatePolicy($id: ID!, $input: PolicyInput!) {\n    updatePolicy(id: $id, input: $input) {\n      ...PolicyDetail\n    }\n  }\n": types.UpdatePolicyDocument,
    "\n  mutation SetPolicyStatus($id: ID!, $status: PolicyStatus!) {\n    setPolicyStatus(id: $id, status: $status) {\n      ...PolicyDetail\n    }\n  }\n": types.SetPolicyStatusDocument,
    "\n  mutation CreateInsurer($input: InsurerInput!) {\n    createInsurer(input: $input) {\n      id\n      name\n      code\n      taxId\n      agencyCode\n    }\n  }\n": types.CreateInsurerDocument,
    "\n  mutation UpdateInsurer($id: ID!, $input: InsurerInput!) {\n    updateInsurer(id: $id, input: $input) {\n      id\n      name\n      code\n      taxId\n      agencyCode\n    }\n  }\n": types.UpdateInsurerDocument,
    "\n  mutation UpdateLineOfBusiness($id: ID!, $input: LineOfBusinessInput!) {\n    updateLineOfBusiness(id: $id, input: $input) {\n      id\n      code\n      name\n      defaultTaxRate\n    }\n  }\n": types.UpdateLineOfBusinessDocument,
    "\n  fragment PolicySummary on Policy {\n    id\n    number\n    status\n    foreignBusiness\n    coverStart\n    coverEnd\n    premiumGross\n    paymentFrequency\n    client {\n      id\n      displayName\n    }\n    insurer {\n      id\n      name\n    }\n    line {\n      id\n      code\n      name\n    }\n  }\n": types.PolicySummaryFragmentDoc,
    "\n  query PoliciesList($filter: PolicyFilterInput, $first: Int!, $offset: Int!) {\n    policies(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...PolicySummary\n      }\n    }\n  }\n": types.PoliciesListDocument,
    "\n  query PolicyReference {\n    insurers {\n      id\n      name\n      code\n      taxId\n      agencyCode\n    }\n    linesOfBusiness {\n      id\n      code\n      name\n      defaultTaxRate\n    }\n  }\n": types.PolicyReferenceDocument,
    "\n  fragment PolicyDetail on Policy {\n    id\n    number\n    status\n    allowedStatuses\n    foreignBusiness\n    coverStart\n    coverEnd\n    issueDate\n    premiumNet\n    premiumTaxes\n    premiumGross\n    paymentFrequency\n    producerId\n    notes\n    updatedAt\n    client {\n      id\n      displayName\n    }\n    insurer {\n      id\n      name\n    }\n    line {\n      id\n      code\n      name\n    }\n    tacitRenewal\n    insuredSum\n    previous {\n      id\n      number\n    }\n    renewedBy {\n      id\n      number\n    }\n    versions {\n      id\n      version\n      kind\n      effectiveDate\n      reason\n      createdByName\n      createdAt\n      changes {\n        field\n        before\n        after\n      }\n      terms {\n        coverStart\n        coverEnd\n        premiumNet\n        premiumTaxes\n        premiumGross\n        insuredSum\n        paymentFrequency\n      }\n    }\n    insuredPersons {\n      id\n      role\n      client {\n        id\n        displayName\n      }\n    }\n    insuredObjects {\n      id\n      kind\n      description\n      insuredSum\n      addedOn\n      removedOn\n    }\n    vehicles {\n      id\n      plateDisplay\n      make\n      model\n    }\n    installments {\n      id\n      seq\n      dueDate\n      periodStart\n      periodEnd\n      net\n      taxes\n      gross\n      paid\n    }\n  }\n": types.PolicyDetailFragmentDoc,
    "\n  query Policy($id: ID!) {\n    policy(id: $id) {\n      ...PolicyDetail\n    }\n  }\n": types.PolicyDocument,
    "\n  query PolicyDocuments($ownerId: ID!) {\n    documents(ownerType: \"policy\", ownerId: $ownerId) {\n      id\n      category\n      fileName\n      contentType\n      sizeBytes\n      createdAt\n      downloadUrl\n    }\n  }\n": types.PolicyDocumentsDocument,
    "\n  query PolicyAuditTrail($policyId: ID!, $first: Int, $after: String) {\n    policyAuditTrail(policyId: $policyId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        seq\n        at\n        userEmail\n        roleName\n        channel\n        action\n        entityType\n        before\n        after\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.PolicyAuditTrailDocument,
    "\n  query ClientPolicies($clientId: ID!, $scope: ClientPolicyScope!, $first: Int!, $offset: Int!) {\n    client(id: $clientId) {\n      id\n      policies(scope: $scope, first: $first, offset: $offset) {\n        total\n        items {\n          ...PolicySummary\n        }\n      }\n    }\n  }\n": types.ClientPoliciesDocument,
    "\n  query PoliciesDashboard {\n    policiesDashboard {\n      inForce\n      inForceGross\n      byLine {\n        key\n        name\n        count\n        premiumGross\n      }\n      byInsurer {\n        key\n        name\n        count\n        premiumGross\n      }\n      renewalsDue30\n      renewalsDue60\n      renewalsDue90\n      newBusinessPerMonth {\n        month\n        count\n        premiumGross\n      }\n      lapsed\n      lapseBase\n      lapseRate\n    }\n  }\n": types.PoliciesDashboardDocument,
    "\n  query RenewalsDue($days: Int!, $filter: RenewalsFilterInput, $first: Int!, $offset: Int!) {\n    renewalsDue(days: $days, filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...PolicySummary\n        producerId\n      }\n    }\n  }\n": types.RenewalsDueDocument,
    "\n  mutation RenewPolicy($policyId: ID!, $input: RenewPolicyInput) {\n    renewPolicy(policyId: $policyId, input: $input) {\n      id\n      number\n    }\n  }\n": types.RenewPolicyDocument,
    "\n  fragment VehicleRow on Vehicle {\n    id\n    plate\n    plateDisplay\n    plateCountry\n    vin\n    make\n    model\n    year\n    fuel\n    use\n    sold\n    soldOn\n    policies {\n      id\n      number\n    }\n  }\n": types.VehicleRowFragmentDoc,
    "\n  query ClientVehicles($clientId: ID!) {\n    vehicles(clientId: $clientId, includeSold: true) {\n      ...VehicleRow\n    }\n    client(id: $clientId) {\n      id\n      policies(scope: ACTIVE, first: 200, offset: 0) {\n        items {\n          id\n          number\n          line {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ClientVehiclesDocument,
    "\n  mutation CreateVehicle($input: VehicleInput!) {\n    createVehicle(input: $input) {\n      ...VehicleRow\n    }\n  }\n": types.CreateVehicleDocument,
    "\n  mutation LinkVehiclePolicy($vehicleId: ID!, $policyId: ID!) {\n    linkVehiclePolicy(vehicleId: $vehicleId, policyId: $policyId) {\n      ...VehicleRow\n    }\n  }\n": types.LinkVehiclePolicyDocument,
    "\n  mutation UpdateVehicle($id: ID!, $input: VehicleInput!) {\n    updateVehicle(id: $id, input: $input) {\n      ...VehicleRow\n    }\n  }\n": types.UpdateVehicleDocument,
    "\n  mutation CreatePortalGrant($input: PortalGrantInput!) {\n    createPortalGrant(input: $input) {\n      id\n    }\n  }\n": types.CreatePortalGrantDocument,
    "\n  mutation UpdatePortalGrant($id: ID!, $input: PortalGrantInput!) {\n    updatePortalGrant(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdatePortalGrantDocument,
    "\n  mutation AddPortalGrantUser($grantId: ID!, $email: String!) {\n    addPortalGrantUser(grantId: $grantId, email: $email) {\n      id\n    }\n  }\n": types.AddPortalGrantUserDocument,
    "\n  mutation ResendPortalInvitation($grantUserId: ID!) {\n    resendPortalInvitation(grantUserId: $grantUserId) {\n      id\n      invitedAt\n    }\n  }\n": types.ResendPortalInvitationDocument,
    "\n  mutation RemovePortalGrantUser($grantUserId: ID!) {\n    removePortalGrantUser(grantUserId: $grantUserId)\n  }\n": types.RemovePortalGrantUserDocument,
    "\n  query PortalGrantsPage {\n    portalGrants {\n      id\n      name\n      includeClaims\n      commercialView\n      shareMode\n      shareStatuses\n      shareLines\n      policyIds\n      clients {\n        id\n        displayName\n      }\n      users {\n        id\n        email\n        linked\n      }\n    }\n  }\n": types.PortalGrantsPageDocument,
    "\n  mutation PortalViewAs($grantUserId: ID!) {\n    portalViewAs(grantUserId: $grantUserId) {\n      token\n      expiresAt\n    }\n  }\n": types.PortalViewAsDocument,
    "\n  query PortalChanges {\n    portalSyncMode\n    portalChanges {\n      id\n      clientId\n      clientName\n      area\n      enteredBy\n      enteredAt\n      diff {\n        field\n        before\n        after\n      }\n    }\n  }\n": types.PortalChangesDocument,
    "\n  mutation ApprovePortalChange($id: ID!) {\n    approvePortalChange(id: $id)\n  }\n": types.ApprovePortalChangeDocument,
    "\n  mutation RejectPortalChange($id: ID!, $message: String!) {\n    rejectPortalChange(id: $id, message: $message)\n  }\n": types.RejectPortalChangeDocument,
    "\n  mutation SetPortalSyncMode($mode: PortalSyncMode!) {\n    setPortalSyncMode(mode: $mode)\n  }\n": types.SetPortalSyncModeDocument,
    "\n  query ClientPortalThreads($clientId: ID!) {\n    clientPortalThreads(clientId: $clientId) {\n      id\n      subject\n      lastMessageAt\n      messages {\n        id\n        author\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n": types.ClientPortalThreadsDocument,
    "\n  mutation ReplyPortalThread($threadId: ID!, $body: String!) {\n    replyPortalThread(threadId: $threadId, body: $body) {\n      id\n      lastMessageAt\n      messages {\n        id\n        author\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n": types.ReplyPortalThreadDocument,
    "\n  mutation StartClientPortalThread($clientId: ID!, $subject: String!, $body: String!) {\n    startClientPortalThread(clientId: $clientId, subject: $subject, body: $body) {\n      id\n      subject\n      lastMessageAt\n    }\n  }\n": types.StartClientPortalThreadDocument,
    "\n  query ProductsOverview {\n    products {\n      id\n      code\n      line { id name }\n      insurer { id name }\n      latestVersion { id version status names { en it de nl pl } }\n      publishedVersion { id version }\n    }\n    productsDashboard {\n      byStatus { status count }\n      quotesPerWeek { productCode week quotes }\n      offers\n      converted\n      conversionRate\n      requestsWaiting\n    }\n  }\n": types.ProductsOverviewDocument,
    "\n  query ProductReference {\n    linesOfBusiness { id code name }\n    insurers { id name }\n  }\n": types.ProductReferenceDocument,
    "\n  fragment ProductVersionFields on ProductVersion {\n    id\n    version\n    status\n    authorName\n    approvedByName\n    allowedMoves\n    names { en it de nl pl }\n    questions {\n      key\n      type\n      required\n      unit\n      min\n      max\n      label { en it de nl pl }\n      help { en it de nl pl }\n      options { value label { en it de nl pl } }\n      showWhen { question anyOf }\n    }\n    rating {\n      basePremium\n      minimumPremium\n      factors { key question label { en it de nl pl } bands { from to multiplier } choices { value multiplier } }\n      adjustments { key kind percent when label { en it de nl pl } }\n    }\n    history { fromStatus toStatus reason changedAt changedByName }\n  }\n": types.ProductVersionFieldsFragmentDoc,
    "\n  query Product($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      line { id name defaultTaxRate }\n      insurer { id name }\n      versions { ...ProductVersionFields }\n    }\n  }\n": types.ProductDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { id }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProductVersion($id: ID!, $input: ProductVersionInput!) {\n    updateProductVersion(id: $id, input: $input) { ...ProductVersionFields }\n  }\n": types.UpdateProductVersionDocument,
    "\n  mutation NewProductVersion($productId: ID!) {\n    newProductVersion(productId: $productId) { ...ProductVersionFields }\n  }\n": types.NewProductVersionDocument,
    "\n  mutation MoveProductVersion($id: ID!, $status: ProductVersionStatus!, $reason: String) {\n    moveProductVersion(id: $id, status: $status, reason: $reason) { ...ProductVersionFields }\n  }\n": types.MoveProductVersionDocument,
    "\n  query RateQuote($versionId: ID!, $answers: [AnswerInput!]!) {\n    rateQuote(versionId: $versionId, answers: $answers) {\n      breakdown { base net taxRate taxes total test steps { kind key detail effect after label { en it de nl pl } } }\n    }\n  }\n": types.RateQuoteDocument,
    "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) { id client { id } }\n  }\n": types.CreateOfferDocument,
    "\n  query ClientOffers($id: ID!) {\n    client(id: $id) {\n      id\n      offers {\n        id\n        state\n        test\n        premiumGross\n        validFrom\n        validUntil\n        version { id version names { en it de nl pl } product { id code } }\n        policy { id number }\n      }\n    }\n  }\n": types.ClientOffersDocument,
    "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) { id state }\n  }\n": types.AcceptOfferDocument,
    "\n  mutation IssuePolicyFromOffer($id: ID!, $input: OfferPolicyInput!) {\n    issuePolicyFromOffer(id: $id, input: $input) { id state policy { id number } }\n  }\n": types.IssuePolicyFromOfferDocument,
    "\n  query OfferPdf($id: ID!) {\n    offerPdf(id: $id) { fileName contentType base64 }\n  }\n": types.OfferPdfDocument,
    "\n  query QuoteRequests($statuses: [QuoteRequestStatus!]) {\n    quoteRequests(statuses: $statuses) {\n      id\n      status\n      requesterName\n      requesterEmail\n      createdAt\n      handlerName\n      websiteName\n      producerName\n      product { id code }\n      client { id displayName }\n    }\n  }\n": types.QuoteRequestsDocument,
    "\n  query QuoteRequest($id: ID!) {\n    quoteRequest(id: $id) {\n      id\n      status\n      requesterName\n      client { id displayName }\n      product { id }\n      answers { question value values address { street postalCode city country } }\n    }\n  }\n": types.QuoteRequestDocument,
    "\n  mutation AnswerQuoteRequest($id: ID!, $offerIds: [ID!]!) {\n    answerQuoteRequest(id: $id, offerIds: $offerIds) { id status }\n  }\n": types.AnswerQuoteRequestDocument,
    "\n  fragment QuoteWebsiteFields on QuoteWebsite {\n    id\n    name\n    publicKey\n    origins\n    producerId\n    producerName\n    privacyNoticeUrl\n    active\n    snippet\n  }\n": types.QuoteWebsiteFieldsFragmentDoc,
    "\n  query QuoteWebsites {\n    quoteWebsites { ...QuoteWebsiteFields }\n  }\n": types.QuoteWebsitesDocument,
    "\n  query WebsiteProducers {\n    users { id active user { id displayName } }\n  }\n": types.WebsiteProducersDocument,
    "\n  mutation CreateQuoteWebsite($input: QuoteWebsiteInput!) {\n    createQuoteWebsite(input: $input) { ...QuoteWebsiteFields }\n  }\n": types.CreateQuoteWebsiteDocument,
    "\n  mutation UpdateQuoteWebsite($id: ID!, $input: QuoteWebsiteInput!) {\n    updateQuoteWebsite(id: $id, input: $input) { ...QuoteWebsiteFields }\n  }\n": types.UpdateQuoteWebsiteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankingSettings {\n    bankingSettings { creditorId creditorName creditorIban creditorBic returnFee }\n  }\n"): (typeof documents)["\n  query BankingSettings {\n    bankingSettings { creditorId creditorName creditorIban creditorBic returnFee }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBankingSettings($input: BankingSettingsInput!) {\n    setBankingSettings(input: $input) { creditorId creditorName creditorIban creditorBic returnFee }\n  }\n"): (typeof documents)["\n  mutation SetBankingSettings($input: BankingSettingsInput!) {\n    setBankingSettings(input: $input) { creditorId creditorName creditorIban creditorBic returnFee }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientMandates($clientId: ID!) {\n    client(id: $clientId) { id bankAccounts { id iban holder } }\n    sepaMandates(clientId: $clientId) { id reference scheme recurrence signatureDate iban status expiresOn revokedOn collections lastCollectionBy }\n  }\n"): (typeof documents)["\n  query ClientMandates($clientId: ID!) {\n    client(id: $clientId) { id bankAccounts { id iban holder } }\n    sepaMandates(clientId: $clientId) { id reference scheme recurrence signatureDate iban status expiresOn revokedOn collections lastCollectionBy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSepaMandate($input: MandateInput!) {\n    createSepaMandate(input: $input) { id reference }\n  }\n"): (typeof documents)["\n  mutation CreateSepaMandate($input: MandateInput!) {\n    createSepaMandate(input: $input) { id reference }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSepaMandate($id: ID!, $reason: String!) {\n    revokeSepaMandate(id: $id, reason: $reason) { id status revokedOn }\n  }\n"): (typeof documents)["\n  mutation RevokeSepaMandate($id: ID!, $reason: String!) {\n    revokeSepaMandate(id: $id, reason: $reason) { id status revokedOn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSepaMandateLastCollection($id: ID!, $by: MandateEndedBy) {\n    setSepaMandateLastCollection(id: $id, by: $by) { id status lastCollectionBy }\n  }\n"): (typeof documents)["\n  mutation SetSepaMandateLastCollection($id: ID!, $by: MandateEndedBy) {\n    setSepaMandateLastCollection(id: $id, by: $by) { id status lastCollectionBy }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SepaMandatePdf($id: ID!) {\n    sepaMandatePdf(id: $id) { fileName contentType base64 }\n  }\n"): (typeof documents)["\n  query SepaMandatePdf($id: ID!) {\n    sepaMandatePdf(id: $id) { fileName contentType base64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SepaRuns {\n    sepaRuns { id status collectionDate dueTo total processed percent controlSum createdAt startedByName }\n  }\n"): (typeof documents)["\n  query SepaRuns {\n    sepaRuns { id status collectionDate dueTo total processed percent controlSum createdAt startedByName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSepaRun($input: SepaRunInput!) {\n    startSepaRun(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation StartSepaRun($input: SepaRunInput!) {\n    startSepaRun(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SepaRun($id: ID!) {\n    sepaRun(id: $id) {\n      id status collectionDate dueTo messageId total processed percent booked resumable skipped controlSum fileId fileName error\n      collections(first: 500) { id receiptNumber clientName mandateReference amount sequenceType scheme collectionDate endToEndId status returnReason }\n      skippedReceipts(first: 100) { receiptId receiptNumber clientName mandateReference reason lastUsedOn expiresOn collectionDate openAmount }\n    }\n  }\n"): (typeof documents)["\n  query SepaRun($id: ID!) {\n    sepaRun(id: $id) {\n      id status collectionDate dueTo messageId total processed percent booked resumable skipped controlSum fileId fileName error\n      collections(first: 500) { id receiptNumber clientName mandateReference amount sequenceType scheme collectionDate endToEndId status returnReason }\n      skippedReceipts(first: 100) { receiptId receiptNumber clientName mandateReference reason lastUsedOn expiresOn collectionDate openAmount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeSepaRun($id: ID!) {\n    resumeSepaRun(id: $id) { id status percent booked resumable error }\n  }\n"): (typeof documents)["\n  mutation ResumeSepaRun($id: ID!) {\n    resumeSepaRun(id: $id) { id status percent booked resumable error }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SepaReturns($openOnly: Boolean!) {\n    sepaReturns(openOnly: $openOnly) { id receiptId receiptNumber clientId clientName amount reasonCode returnDate endToEndId fee openAmount fileName }\n  }\n"): (typeof documents)["\n  query SepaReturns($openOnly: Boolean!) {\n    sepaReturns(openOnly: $openOnly) { id receiptId receiptNumber clientId clientName amount reasonCode returnDate endToEndId fee openAmount fileName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RibaSettings {\n    ribaSettings { siaCode iban abi cab street town taxId unpaidFee }\n  }\n"): (typeof documents)["\n  query RibaSettings {\n    ribaSettings { siaCode iban abi cab street town taxId unpaidFee }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRibaSettings($input: RibaSettingsInput!) {\n    setRibaSettings(input: $input) { siaCode iban abi cab street town taxId unpaidFee }\n  }\n"): (typeof documents)["\n  mutation SetRibaSettings($input: RibaSettingsInput!) {\n    setRibaSettings(input: $input) { siaCode iban abi cab street town taxId unpaidFee }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RibaRuns {\n    ribaRuns(first: 30) { id status dueTo creationDate supportName total percent totalAmount presentedAt createdAt }\n  }\n"): (typeof documents)["\n  query RibaRuns {\n    ribaRuns(first: 30) { id status dueTo creationDate supportName total percent totalAmount presentedAt createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartRibaRun($input: RibaRunInput!) {\n    startRibaRun(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation StartRibaRun($input: RibaRunInput!) {\n    startRibaRun(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RibaRun($id: ID!) {\n    ribaRun(id: $id) {\n      id status dueTo creationDate supportName total processed percent totalAmount hasFile fileName presentedAt error\n      items(first: 500) { id progressive receiptId receiptNumber clientId clientName amount dueDate abi cab state stateDate fee openAmount }\n    }\n  }\n"): (typeof documents)["\n  query RibaRun($id: ID!) {\n    ribaRun(id: $id) {\n      id status dueTo creationDate supportName total processed percent totalAmount hasFile fileName presentedAt error\n      items(first: 500) { id progressive receiptId receiptNumber clientId clientName amount dueDate abi cab state stateDate fee openAmount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RibaFile($runId: ID!) {\n    ribaFile(runId: $runId) { fileName contentType base64 }\n  }\n"): (typeof documents)["\n  query RibaFile($runId: ID!) {\n    ribaFile(runId: $runId) { fileName contentType base64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresentRibaRun($runId: ID!) {\n    presentRibaRun(runId: $runId) { id presentedAt }\n  }\n"): (typeof documents)["\n  mutation PresentRibaRun($runId: ID!) {\n    presentRibaRun(runId: $runId) { id presentedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRibaOutcome($itemIds: [ID!]!, $outcome: RibaOutcome!) {\n    setRibaOutcome(itemIds: $itemIds, outcome: $outcome) { id state stateDate fee openAmount }\n  }\n"): (typeof documents)["\n  mutation SetRibaOutcome($itemIds: [ID!]!, $outcome: RibaOutcome!) {\n    setRibaOutcome(itemIds: $itemIds, outcome: $outcome) { id state stateDate fee openAmount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RibaUnpaid {\n    ribaUnpaidByMonth(months: 12) { month count amount }\n  }\n"): (typeof documents)["\n  query RibaUnpaid {\n    ribaUnpaidByMonth(months: 12) { month count amount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientRibaDebtor($clientId: ID!) {\n    ribaDebtors(clientId: $clientId) { id iban abi cab }\n  }\n"): (typeof documents)["\n  query ClientRibaDebtor($clientId: ID!) {\n    ribaDebtors(clientId: $clientId) { id iban abi cab }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRibaDebtor($clientId: ID!, $bankAccountId: ID) {\n    setRibaDebtor(clientId: $clientId, bankAccountId: $bankAccountId) { id iban abi cab }\n  }\n"): (typeof documents)["\n  mutation SetRibaDebtor($clientId: ID!, $bankAccountId: ID) {\n    setRibaDebtor(clientId: $clientId, bankAccountId: $bankAccountId) { id iban abi cab }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankStatements {\n    bankStatements { id statementRef iban fromDate toDate fileName lineCount duplicateCount unmatchedCount createdAt }\n  }\n"): (typeof documents)["\n  query BankStatements {\n    bankStatements { id statementRef iban fromDate toDate fileName lineCount duplicateCount unmatchedCount createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankLines($statementId: ID, $state: BankLineState) {\n    bankTransactions(statementId: $statementId, state: $state, first: 200) {\n      total\n      items { id lineNo bookingDate direction amount endToEndId remittance counterpartyName counterpartyIban state settlement paymentId }\n    }\n  }\n"): (typeof documents)["\n  query BankLines($statementId: ID, $state: BankLineState) {\n    bankTransactions(statementId: $statementId, state: $state, first: 200) {\n      total\n      items { id lineNo bookingDate direction amount endToEndId remittance counterpartyName counterpartyIban state settlement paymentId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankLine($id: ID!) {\n    bankTransaction(id: $id) {\n      id lineNo amount state remittance counterpartyName\n      proposals { receiptId receiptNumber clientId clientName dueDate openAmount score reasons collectionId }\n    }\n  }\n"): (typeof documents)["\n  query BankLine($id: ID!) {\n    bankTransaction(id: $id) {\n      id lineNo amount state remittance counterpartyName\n      proposals { receiptId receiptNumber clientId clientName dueDate openAmount score reasons collectionId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmBankLine($id: ID!, $allocations: [AllocationInput!]) {\n    confirmBankTransaction(transactionId: $id, allocations: $allocations) { id state paymentId settlement }\n  }\n"): (typeof documents)["\n  mutation ConfirmBankLine($id: ID!, $allocations: [AllocationInput!]) {\n    confirmBankTransaction(transactionId: $id, allocations: $allocations) { id state paymentId settlement }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BankLinesDashboard {\n    bankLinesDashboard { unmatchedCount unmatchedAmount }\n  }\n"): (typeof documents)["\n  query BankLinesDashboard {\n    bankLinesDashboard { unmatchedCount unmatchedAmount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectDebitMonths {\n    directDebitMonths { month collections volume returned returnRate reasons { reasonCode count } }\n  }\n"): (typeof documents)["\n  query DirectDebitMonths {\n    directDebitMonths { month collections volume returned returnRate reasons { reasonCode count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendSepaMandate($id: ID!, $input: MandateAmendmentInput!) {\n    amendSepaMandate(id: $id, input: $input) { id reference iban amendments { kind oldValue newValue reported } }\n  }\n"): (typeof documents)["\n  mutation AmendSepaMandate($id: ID!, $input: MandateAmendmentInput!) {\n    amendSepaMandate(id: $id, input: $input) { id reference iban amendments { kind oldValue newValue reported } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientAuditTrail($clientId: ID!, $first: Int, $after: String) {\n    clientAuditTrail(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        seq\n        at\n        userEmail\n        roleName\n        channel\n        action\n        entityType\n        before\n        after\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientAuditTrail($clientId: ID!, $first: Int, $after: String) {\n    clientAuditTrail(clientId: $clientId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        seq\n        at\n        userEmail\n        roleName\n        channel\n        action\n        entityType\n        before\n        after\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      status\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation VerifySecondFactor($code: String!) {\n    verifySecondFactor(code: $code) {\n      status\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): (typeof documents)["\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchCompany($companyId: ID!) {\n    switchCompany(companyId: $companyId) {\n      rights\n      company {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchCompany($companyId: ID!) {\n    switchCompany(companyId: $companyId) {\n      rights\n      company {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      secret\n      otpauthUrl\n      qrCodeDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTotpEnrollment {\n    beginTotpEnrollment {\n      secret\n      otpauthUrl\n      qrCodeDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n"): (typeof documents)["\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      active\n      user {\n        id\n        email\n        displayName\n      }\n      role {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      active\n      user {\n        id\n        email\n        displayName\n      }\n      role {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMembership($id: ID!, $input: UpdateMembershipInput!) {\n    updateMembership(id: $id, input: $input) {\n      id\n      active\n      role {\n        id\n        name\n        template\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMembership($id: ID!, $input: UpdateMembershipInput!) {\n    updateMembership(id: $id, input: $input) {\n      id\n      active\n      role {\n        id\n        name\n        template\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserTotp($id: ID!) {\n    resetUserTotp(id: $id) {\n      id\n      user {\n        id\n        totpEnabled\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserTotp($id: ID!) {\n    resetUserTotp(id: $id) {\n      id\n      user {\n        id\n        totpEnabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRole($input: RoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRole($id: ID!, $input: RoleInput!) {\n    updateRole(id: $id, input: $input) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRole($id: ID!) {\n    deleteRole(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyRoleTemplate($template: String!, $name: String!) {\n    copyRoleTemplate(template: $template, name: $name) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CopyRoleTemplate($template: String!, $name: String!) {\n    copyRoleTemplate(template: $template, name: $name) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantSupportAccess($input: GrantSupportAccessInput!) {\n    grantSupportAccess(input: $input) {\n      id\n      active\n      createdAt\n      expiresAt\n      reason\n      revokedAt\n      rights\n    }\n  }\n"): (typeof documents)["\n  mutation GrantSupportAccess($input: GrantSupportAccessInput!) {\n    grantSupportAccess(input: $input) {\n      id\n      active\n      createdAt\n      expiresAt\n      reason\n      revokedAt\n      rights\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSupportAccess($id: ID!) {\n    revokeSupportAccess(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeSupportAccess($id: ID!) {\n    revokeSupportAccess(id: $id) {\n      id\n      active\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      code\n      name\n      country\n      locale\n      currency\n      email\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      code\n      name\n      country\n      locale\n      currency\n      email\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        email\n        displayName\n        locale\n        isOperator\n        totpEnabled\n      }\n      company {\n        id\n        code\n        name\n        country\n        locale\n        currency\n      }\n      rights\n      roleName\n      roleTemplate\n      channel\n      mfaEnrollmentRequired\n      supportAccessUntil\n      companies {\n        roleName\n        roleTemplate\n        company {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      user {\n        id\n        email\n        displayName\n        locale\n        isOperator\n        totpEnabled\n      }\n      company {\n        id\n        code\n        name\n        country\n        locale\n        currency\n      }\n      rights\n      roleName\n      roleTemplate\n      channel\n      mfaEnrollmentRequired\n      supportAccessUntil\n      companies {\n        roleName\n        roleTemplate\n        company {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BaseDashboard {\n    baseDashboard {\n      activeUsers\n      inactiveUsers\n      failedSignIns\n      openSupportGrants\n      auditEventsToday\n      signInsPerDay {\n        day\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query BaseDashboard {\n    baseDashboard {\n      activeUsers\n      inactiveUsers\n      failedSignIns\n      openSupportGrants\n      auditEventsToday\n      signInsPerDay {\n        day\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      active\n      createdAt\n      user {\n        id\n        email\n        displayName\n        locale\n        totpEnabled\n        lastLoginAt\n        disabled\n      }\n      role {\n        id\n        name\n        template\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      active\n      createdAt\n      user {\n        id\n        email\n        displayName\n        locale\n        totpEnabled\n        lastLoginAt\n        disabled\n      }\n      role {\n        id\n        name\n        template\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    rights\n    template\n    memberCount\n  }\n"): (typeof documents)["\n  fragment RoleFields on Role {\n    id\n    name\n    description\n    rights\n    template\n    memberCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      ...RoleFields\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Roles {\n    roles {\n      ...RoleFields\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleFields\n    }\n  }\n"): (typeof documents)["\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleTemplates {\n    roleTemplates {\n      key\n      name\n      rights\n    }\n  }\n"): (typeof documents)["\n  query RoleTemplates {\n    roleTemplates {\n      key\n      name\n      rights\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsCatalogue {\n    rightsCatalogue {\n      module\n      actions\n    }\n  }\n"): (typeof documents)["\n  query RightsCatalogue {\n    rightsCatalogue {\n      module\n      actions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        seq\n        at\n        userId\n        userEmail\n        roleName\n        channel\n        action\n        entityType\n        entityId\n        before\n        after\n        hash\n        subject {\n          type\n          id\n          displayName\n          deleted\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilterInput, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        seq\n        at\n        userId\n        userEmail\n        roleName\n        channel\n        action\n        entityType\n        entityId\n        before\n        after\n        hash\n        subject {\n          type\n          id\n          displayName\n          deleted\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checked\n      firstBrokenSeq\n      problem\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain {\n    verifyAuditChain {\n      ok\n      checked\n      firstBrokenSeq\n      problem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportAuditCsv($filter: AuditFilterInput) {\n    exportAuditCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query ExportAuditCsv($filter: AuditFilterInput) {\n    exportAuditCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportGrants {\n    supportGrants {\n      id\n      active\n      createdAt\n      expiresAt\n      reason\n      revokedAt\n      rights\n    }\n  }\n"): (typeof documents)["\n  query SupportGrants {\n    supportGrants {\n      id\n      active\n      createdAt\n      expiresAt\n      reason\n      revokedAt\n      rights\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies {\n    companies {\n      id\n      code\n      name\n      country\n      locale\n      currency\n      email\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Companies {\n    companies {\n      id\n      code\n      name\n      country\n      locale\n      currency\n      email\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      current\n      kind\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      current\n      kind\n      ip\n      userAgent\n      createdAt\n      lastSeenAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingDashboard {\n    billingDashboard {\n      receivablesByAge { bucket count amount }\n      collectedVsDue { month due collected }\n      premiumAccountByInsurer { insurerId insurerName payable premiumAccount }\n    }\n  }\n"): (typeof documents)["\n  query BillingDashboard {\n    billingDashboard {\n      receivablesByAge { bucket count amount }\n      collectedVsDue { month due collected }\n      premiumAccountByInsurer { insurerId insurerName payable premiumAccount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremiumDocuments($filter: PremiumDocumentFilter, $first: Int!, $offset: Int!) {\n    premiumDocuments(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        displayNumber\n        installmentId\n        issueDate\n        clientName\n        policyNumber\n        insurerName\n        dueDate\n        gross\n        commission\n        creditsNumber\n        creditedById\n        creditedByNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query PremiumDocuments($filter: PremiumDocumentFilter, $first: Int!, $offset: Int!) {\n    premiumDocuments(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        kind\n        displayNumber\n        installmentId\n        issueDate\n        clientName\n        policyNumber\n        insurerName\n        dueDate\n        gross\n        commission\n        creditsNumber\n        creditedById\n        creditedByNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PremiumDocumentPdf($id: ID!) {\n    premiumDocumentPdf(id: $id) { fileName contentType base64 }\n  }\n"): (typeof documents)["\n  query PremiumDocumentPdf($id: ID!) {\n    premiumDocumentPdf(id: $id) { fileName contentType base64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCreditNote($id: ID!, $reason: String!) {\n    issueCreditNote(receiptId: $id, reason: $reason) { id displayNumber }\n  }\n"): (typeof documents)["\n  mutation IssueCreditNote($id: ID!, $reason: String!) {\n    issueCreditNote(receiptId: $id, reason: $reason) { id displayNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPremiumDocument($id: ID!) {\n    sendPremiumDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation SendPremiumDocument($id: ID!) {\n    sendPremiumDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyInstallmentsForBilling($number: String!) {\n    policies(filter: { number: $number }, first: 5) {\n      items {\n        id\n        number\n        status\n        client { id displayName }\n        installments { id seq dueDate periodStart periodEnd net taxes gross }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyInstallmentsForBilling($number: String!) {\n    policies(filter: { number: $number }, first: 5) {\n      items {\n        id\n        number\n        status\n        client { id displayName }\n        installments { id seq dueDate periodStart periodEnd net taxes gross }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePremiumReceipt($id: ID!) {\n    issuePremiumReceipt(installmentId: $id) { id displayNumber }\n  }\n"): (typeof documents)["\n  mutation IssuePremiumReceipt($id: ID!) {\n    issuePremiumReceipt(installmentId: $id) { id displayNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRuns {\n    billingRuns(first: 20) { id dueFrom dueTo issueDate status total processed issued percent error startedByName createdAt }\n  }\n"): (typeof documents)["\n  query BillingRuns {\n    billingRuns(first: 20) { id dueFrom dueTo issueDate status total processed issued percent error startedByName createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRun($id: ID!) {\n    billingRun(id: $id) { id dueFrom dueTo issueDate status total processed issued percent error startedByName createdAt finishedAt }\n  }\n"): (typeof documents)["\n  query BillingRun($id: ID!) {\n    billingRun(id: $id) { id dueFrom dueTo issueDate status total processed issued percent error startedByName createdAt finishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBillingRun($input: BillingRunInput!) {\n    startBillingRun(input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation StartBillingRun($input: BillingRunInput!) {\n    startBillingRun(input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeBillingRun($id: ID!) {\n    resumeBillingRun(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation ResumeBillingRun($id: ID!) {\n    resumeBillingRun(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimsDashboard {\n    claimsDashboard {\n      byStatus { status count }\n      openByStatusAndAge { status ageBucket count }\n      openTotal\n      reservesTotal\n      reservesOutstanding\n      paidTotal\n      byLine { lineCode lineName count open }\n    }\n  }\n"): (typeof documents)["\n  query ClaimsDashboard {\n    claimsDashboard {\n      byStatus { status count }\n      openByStatusAndAge { status ageBucket count }\n      openTotal\n      reservesTotal\n      reservesOutstanding\n      paidTotal\n      byLine { lineCode lineName count open }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimsList($filter: ClaimFilterInput, $first: Int!, $offset: Int!) {\n    claims(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        status\n        lossDate\n        lossPlace\n        reportedAt\n        insurerClaimNumber\n        client { id displayName }\n        totals { reserveCurrent paidTotal outstandingReserve }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimsList($filter: ClaimFilterInput, $first: Int!, $offset: Int!) {\n    claims(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        id\n        status\n        lossDate\n        lossPlace\n        reportedAt\n        insurerClaimNumber\n        client { id displayName }\n        totals { reserveCurrent paidTotal outstandingReserve }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      id\n      status\n      allowedStatuses\n      lossDate\n      lossTime\n      lossPlace\n      description\n      insurerClaimNumber\n      handlerName\n      reportedAt\n      client { id displayName }\n      policy { id number }\n      parties { seq name role insurerName plate }\n      history { fromStatus toStatus reason changedAt changedByName }\n      money { seq kind amount entryDate payee reserveAfter paidAfter outstandingAfter }\n      totals { reserveCurrent paidTotal outstandingReserve }\n    }\n    claimStatusTransitions { from to reasonRequiredFor }\n  }\n"): (typeof documents)["\n  query Claim($id: ID!) {\n    claim(id: $id) {\n      id\n      status\n      allowedStatuses\n      lossDate\n      lossTime\n      lossPlace\n      description\n      insurerClaimNumber\n      handlerName\n      reportedAt\n      client { id displayName }\n      policy { id number }\n      parties { seq name role insurerName plate }\n      history { fromStatus toStatus reason changedAt changedByName }\n      money { seq kind amount entryDate payee reserveAfter paidAfter outstandingAfter }\n      totals { reserveCurrent paidTotal outstandingReserve }\n    }\n    claimStatusTransitions { from to reasonRequiredFor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPoliciesForClaim($clientId: ID!) {\n    policies(filter: { clientId: $clientId }, first: 100) {\n      items { id number status }\n    }\n  }\n"): (typeof documents)["\n  query ClientPoliciesForClaim($clientId: ID!) {\n    policies(filter: { clientId: $clientId }, first: 100) {\n      items { id number status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportClaim($input: ClaimInput!) {\n    reportClaim(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ReportClaim($input: ClaimInput!) {\n    reportClaim(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveClaim($id: ID!, $status: ClaimStatus!, $reason: String) {\n    moveClaim(id: $id, status: $status, reason: $reason) { id status allowedStatuses }\n  }\n"): (typeof documents)["\n  mutation MoveClaim($id: ID!, $status: ClaimStatus!, $reason: String) {\n    moveClaim(id: $id, status: $status, reason: $reason) { id status allowedStatuses }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClaimReserve($id: ID!, $input: ClaimMoneyInput!) {\n    setClaimReserve(id: $id, input: $input) { id totals { reserveCurrent paidTotal outstandingReserve } }\n  }\n"): (typeof documents)["\n  mutation SetClaimReserve($id: ID!, $input: ClaimMoneyInput!) {\n    setClaimReserve(id: $id, input: $input) { id totals { reserveCurrent paidTotal outstandingReserve } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddClaimPayment($id: ID!, $input: ClaimMoneyInput!) {\n    addClaimPayment(id: $id, input: $input) { id totals { reserveCurrent paidTotal outstandingReserve } }\n  }\n"): (typeof documents)["\n  mutation AddClaimPayment($id: ID!, $input: ClaimMoneyInput!) {\n    addClaimPayment(id: $id, input: $input) { id totals { reserveCurrent paidTotal outstandingReserve } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientClaims($id: ID!) {\n    client(id: $id) {\n      id\n      claims {\n        id\n        status\n        lossDate\n        lossPlace\n        totals { reserveCurrent paidTotal }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientClaims($id: ID!) {\n    client(id: $id) {\n      id\n      claims {\n        id\n        status\n        lossDate\n        lossPlace\n        totals { reserveCurrent paidTotal }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClient($input: CreateClientInput!, $confirmDuplicate: Boolean!) {\n    createClient(input: $input, confirmDuplicate: $confirmDuplicate) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClient($input: CreateClientInput!, $confirmDuplicate: Boolean!) {\n    createClient(input: $input, confirmDuplicate: $confirmDuplicate) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClientRegistry($id: ID!, $input: ClientRegistryInput!, $confirmDuplicate: Boolean!) {\n    updateClientRegistry(id: $id, input: $input, confirmDuplicate: $confirmDuplicate) {\n      ...ClientRegistry\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClientRegistry($id: ID!, $input: ClientRegistryInput!, $confirmDuplicate: Boolean!) {\n    updateClientRegistry(id: $id, input: $input, confirmDuplicate: $confirmDuplicate) {\n      ...ClientRegistry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientAddresses($id: ID!, $addresses: [AddressInput!]!) {\n    setClientAddresses(id: $id, addresses: $addresses) {\n      ...ClientAddresses\n    }\n  }\n"): (typeof documents)["\n  mutation SetClientAddresses($id: ID!, $addresses: [AddressInput!]!) {\n    setClientAddresses(id: $id, addresses: $addresses) {\n      ...ClientAddresses\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientContacts($id: ID!, $contacts: [ContactInput!]!) {\n    setClientContacts(id: $id, contacts: $contacts) {\n      ...ClientContacts\n    }\n  }\n"): (typeof documents)["\n  mutation SetClientContacts($id: ID!, $contacts: [ContactInput!]!) {\n    setClientContacts(id: $id, contacts: $contacts) {\n      ...ClientContacts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientBankAccounts($id: ID!, $bankAccounts: [BankAccountInput!]!) {\n    setClientBankAccounts(id: $id, bankAccounts: $bankAccounts) {\n      ...ClientBankAccounts\n    }\n  }\n"): (typeof documents)["\n  mutation SetClientBankAccounts($id: ID!, $bankAccounts: [BankAccountInput!]!) {\n    setClientBankAccounts(id: $id, bankAccounts: $bankAccounts) {\n      ...ClientBankAccounts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientIdentityDocuments($id: ID!, $identityDocuments: [IdentityDocumentInput!]!) {\n    setClientIdentityDocuments(id: $id, identityDocuments: $identityDocuments) {\n      ...ClientIdentity\n    }\n  }\n"): (typeof documents)["\n  mutation SetClientIdentityDocuments($id: ID!, $identityDocuments: [IdentityDocumentInput!]!) {\n    setClientIdentityDocuments(id: $id, identityDocuments: $identityDocuments) {\n      ...ClientIdentity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientFamily($id: ID!, $family: FamilyInput!) {\n    setClientFamily(id: $id, family: $family) {\n      id\n      maritalStatus\n      household {\n        id\n        name\n        relation\n        birthDate\n        dependent\n        memberClient {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetClientFamily($id: ID!, $family: FamilyInput!) {\n    setClientFamily(id: $id, family: $family) {\n      id\n      maritalStatus\n      household {\n        id\n        name\n        relation\n        birthDate\n        dependent\n        memberClient {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientActivity($id: ID!, $activity: ActivityInput!) {\n    setClientActivity(id: $id, activity: $activity) {\n      id\n      occupation\n      employer\n      registryNumber\n      activityCode\n      activityDescription\n      legalRepresentativeName\n      legalRepresentative {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetClientActivity($id: ID!, $activity: ActivityInput!) {\n    setClientActivity(id: $id, activity: $activity) {\n      id\n      occupation\n      employer\n      registryNumber\n      activityCode\n      activityDescription\n      legalRepresentativeName\n      legalRepresentative {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClientStatus($id: ID!, $status: ClientStatus!, $reason: String) {\n    setClientStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n      hiddenReason\n      hiddenAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetClientStatus($id: ID!, $status: ClientStatus!, $reason: String) {\n    setClientStatus(id: $id, status: $status, reason: $reason) {\n      id\n      status\n      hiddenReason\n      hiddenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClient($id: ID!) {\n    deleteClient(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteClient($id: ID!) {\n    deleteClient(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseClient($id: ID!, $reason: String!) {\n    eraseClient(id: $id, reason: $reason) {\n      id\n      displayName\n      status\n      erasedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EraseClient($id: ID!, $reason: String!) {\n    eraseClient(id: $id, reason: $reason) {\n      id\n      displayName\n      status\n      erasedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportClientData($id: ID!, $format: ExportFormat!) {\n    exportClientData(id: $id, format: $format) {\n      fileName\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  mutation ExportClientData($id: ID!, $format: ExportFormat!) {\n    exportClientData(id: $id, format: $format) {\n      fileName\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeClients($sourceId: ID!, $targetId: ID!) {\n    mergeClients(sourceId: $sourceId, targetId: $targetId) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation MergeClients($sourceId: ID!, $targetId: ID!) {\n    mergeClients(sourceId: $sourceId, targetId: $targetId) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddServiceEntry($clientId: ID!, $input: ServiceEntryInput!) {\n    addServiceEntry(clientId: $clientId, input: $input) {\n      id\n      kind\n      subject\n      body\n      occurredOn\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddServiceEntry($clientId: ID!, $input: ServiceEntryInput!) {\n    addServiceEntry(clientId: $clientId, input: $input) {\n      id\n      kind\n      subject\n      body\n      occurredOn\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientSummary on Client {\n    id\n    kind\n    status\n    displayName\n    taxCode\n    vatNumber\n    noLocalTaxId\n    preferredEmail\n    preferredPhone\n    createdAt\n    residence {\n      id\n      city\n      province\n      country\n    }\n  }\n"): (typeof documents)["\n  fragment ClientSummary on Client {\n    id\n    kind\n    status\n    displayName\n    taxCode\n    vatNumber\n    noLocalTaxId\n    preferredEmail\n    preferredPhone\n    createdAt\n    residence {\n      id\n      city\n      province\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsList($filter: ClientFilterInput, $first: Int!, $offset: Int!) {\n    clients(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...ClientSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientsList($filter: ClientFilterInput, $first: Int!, $offset: Int!) {\n    clients(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...ClientSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchClients($query: String!, $first: Int!, $includeHidden: Boolean!) {\n    searchClients(query: $query, first: $first, includeHidden: $includeHidden) {\n      score\n      matched {\n        source\n        sourceId\n        text\n      }\n      client {\n        ...ClientSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchClients($query: String!, $first: Int!, $includeHidden: Boolean!) {\n    searchClients(query: $query, first: $first, includeHidden: $includeHidden) {\n      score\n      matched {\n        source\n        sourceId\n        text\n      }\n      client {\n        ...ClientSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDuplicates($input: DuplicateCheckInput!) {\n    clientDuplicates(input: $input) {\n      matchedOn\n      client {\n        ...ClientSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientDuplicates($input: DuplicateCheckInput!) {\n    clientDuplicates(input: $input) {\n      matchedOn\n      client {\n        ...ClientSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientRegistry on Client {\n    id\n    kind\n    status\n    displayName\n    fullName\n    firstName\n    namePrefix\n    lastName\n    gender\n    birthDate\n    birthPlace\n    birthProvince\n    birthCountry\n    citizenship\n    legalName\n    legalForm\n    taxCountry\n    taxCode\n    noLocalTaxId\n    noLocalTaxIdReason\n    vatNumber\n    preferredLocale\n    hiddenReason\n    hiddenAt\n    erasedAt\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ClientRegistry on Client {\n    id\n    kind\n    status\n    displayName\n    fullName\n    firstName\n    namePrefix\n    lastName\n    gender\n    birthDate\n    birthPlace\n    birthProvince\n    birthCountry\n    citizenship\n    legalName\n    legalForm\n    taxCountry\n    taxCode\n    noLocalTaxId\n    noLocalTaxIdReason\n    vatNumber\n    preferredLocale\n    hiddenReason\n    hiddenAt\n    erasedAt\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientAddresses on Client {\n    id\n    addresses {\n      id\n      kind\n      label\n      line1\n      line2\n      postalCode\n      city\n      province\n      country\n    }\n  }\n"): (typeof documents)["\n  fragment ClientAddresses on Client {\n    id\n    addresses {\n      id\n      kind\n      label\n      line1\n      line2\n      postalCode\n      city\n      province\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientContacts on Client {\n    id\n    preferredEmail\n    preferredPhone\n    contacts {\n      id\n      kind\n      value\n      label\n      preferred\n    }\n  }\n"): (typeof documents)["\n  fragment ClientContacts on Client {\n    id\n    preferredEmail\n    preferredPhone\n    contacts {\n      id\n      kind\n      value\n      label\n      preferred\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientBankAccounts on Client {\n    id\n    bankAccounts {\n      id\n      iban\n      bic\n      holder\n      bankName\n      sepaMandateRef\n      sepaMandateDate\n      preferred\n    }\n  }\n"): (typeof documents)["\n  fragment ClientBankAccounts on Client {\n    id\n    bankAccounts {\n      id\n      iban\n      bic\n      holder\n      bankName\n      sepaMandateRef\n      sepaMandateDate\n      preferred\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientIdentity on Client {\n    id\n    identityDocuments {\n      id\n      type\n      number\n      issuer\n      issueDate\n      expiryDate\n      scanDocumentId\n      scan {\n        id\n        fileName\n        downloadUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientIdentity on Client {\n    id\n    identityDocuments {\n      id\n      type\n      number\n      issuer\n      issueDate\n      expiryDate\n      scanDocumentId\n      scan {\n        id\n        fileName\n        downloadUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientFamily on Client {\n    id\n    maritalStatus\n    household {\n      id\n      name\n      relation\n      birthDate\n      dependent\n      memberClient {\n        id\n        displayName\n        kind\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClientFamily on Client {\n    id\n    maritalStatus\n    household {\n      id\n      name\n      relation\n      birthDate\n      dependent\n      memberClient {\n        id\n        displayName\n        kind\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientActivity on Client {\n    id\n    occupation\n    employer\n    registryNumber\n    activityCode\n    activityDescription\n    legalRepresentativeName\n    legalRepresentative {\n      id\n      displayName\n      kind\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment ClientActivity on Client {\n    id\n    occupation\n    employer\n    registryNumber\n    activityCode\n    activityDescription\n    legalRepresentativeName\n    legalRepresentative {\n      id\n      displayName\n      kind\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientDocuments on Client {\n    id\n    documents {\n      id\n      category\n      fileName\n      contentType\n      sizeBytes\n      ownerType\n      createdAt\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  fragment ClientDocuments on Client {\n    id\n    documents {\n      id\n      category\n      fileName\n      contentType\n      sizeBytes\n      ownerType\n      createdAt\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientCard($id: ID!) {\n    client(id: $id) {\n      ...ClientRegistry\n      ...ClientAddresses\n      ...ClientContacts\n      ...ClientBankAccounts\n      ...ClientIdentity\n      ...ClientFamily\n      ...ClientActivity\n      ...ClientDocuments\n      serviceEntries {\n        id\n        kind\n        subject\n        body\n        occurredOn\n        createdAt\n        redactedAt\n      }\n      sentEmails {\n        id\n        to\n        subject\n        kind\n        status\n        attempts\n        createdAt\n        sentAt\n      }\n      panelTabs {\n        key\n        title\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientCard($id: ID!) {\n    client(id: $id) {\n      ...ClientRegistry\n      ...ClientAddresses\n      ...ClientContacts\n      ...ClientBankAccounts\n      ...ClientIdentity\n      ...ClientFamily\n      ...ClientActivity\n      ...ClientDocuments\n      serviceEntries {\n        id\n        kind\n        subject\n        body\n        occurredOn\n        createdAt\n        redactedAt\n      }\n      sentEmails {\n        id\n        to\n        subject\n        kind\n        status\n        attempts\n        createdAt\n        sentAt\n      }\n      panelTabs {\n        key\n        title\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientLegalHolds($id: ID!) {\n    client(id: $id) {\n      id\n      legalHolds {\n        reason\n        count\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientLegalHolds($id: ID!) {\n    client(id: $id) {\n      id\n      legalHolds {\n        reason\n        count\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergePreview($id: ID!) {\n    client(id: $id) {\n      ...ClientSummary\n      ...ClientRegistry\n      addresses {\n        id\n      }\n      contacts {\n        id\n        kind\n        value\n      }\n      bankAccounts {\n        id\n      }\n      identityDocuments {\n        id\n      }\n      documents {\n        id\n      }\n      serviceEntries {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergePreview($id: ID!) {\n    client(id: $id) {\n      ...ClientSummary\n      ...ClientRegistry\n      addresses {\n        id\n      }\n      contacts {\n        id\n        kind\n        value\n      }\n      bankAccounts {\n        id\n      }\n      identityDocuments {\n        id\n      }\n      documents {\n        id\n      }\n      serviceEntries {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsDashboard {\n    clientsDashboard {\n      byStatus {\n        label\n        count\n      }\n      byKind {\n        label\n        count\n      }\n      newPerMonth {\n        label\n        count\n      }\n      expiringDocuments {\n        documentId\n        clientId\n        displayName\n        type\n        number\n        expiryDate\n      }\n      expiringDocumentsCount\n      prospectsWaiting\n      oldestProspectSince\n      withoutIdentityDocument\n      withoutIdentityScan\n      missingScanSample {\n        clientId\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientsDashboard {\n    clientsDashboard {\n      byStatus {\n        label\n        count\n      }\n      byKind {\n        label\n        count\n      }\n      newPerMonth {\n        label\n        count\n      }\n      expiringDocuments {\n        documentId\n        clientId\n        displayName\n        type\n        number\n        expiryDate\n      }\n      expiringDocumentsCount\n      prospectsWaiting\n      oldestProspectSince\n      withoutIdentityDocument\n      withoutIdentityScan\n      missingScanSample {\n        clientId\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientLocation($id: ID!) {\n    clientLocation(id: $id) {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ClientLocation($id: ID!) {\n    clientLocation(id: $id) {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchClientsPage($query: String!, $first: Int!, $offset: Int!) {\n    searchClients(query: $query, first: $first, offset: $offset) {\n      score\n      matched {\n        source\n        sourceId\n        text\n      }\n      client {\n        ...ClientSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchClientsPage($query: String!, $first: Int!, $offset: Int!) {\n    searchClients(query: $query, first: $first, offset: $offset) {\n      score\n      matched {\n        source\n        sourceId\n        text\n      }\n      client {\n        ...ClientSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentForms($all: Boolean) {\n    consentForms(includeRetired: $all) {\n      id\n      code\n      kind\n      retired\n      current { id version textHash publishedAt title { lang text } body { lang text } clauses { key required text { lang text } } }\n      draft { id title { lang text } body { lang text } clauses { key required text { lang text } } }\n      versions { id version publishedAt }\n    }\n  }\n"): (typeof documents)["\n  query ConsentForms($all: Boolean) {\n    consentForms(includeRetired: $all) {\n      id\n      code\n      kind\n      retired\n      current { id version textHash publishedAt title { lang text } body { lang text } clauses { key required text { lang text } } }\n      draft { id title { lang text } body { lang text } clauses { key required text { lang text } } }\n      versions { id version publishedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateConsentForm($input: CreateConsentFormInput!) {\n    createConsentForm(input: $input) { id code }\n  }\n"): (typeof documents)["\n  mutation CreateConsentForm($input: CreateConsentFormInput!) {\n    createConsentForm(input: $input) { id code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveConsentDraft($formId: ID!, $input: ConsentDraftInput!) {\n    saveConsentDraft(formId: $formId, input: $input) { id status }\n  }\n"): (typeof documents)["\n  mutation SaveConsentDraft($formId: ID!, $input: ConsentDraftInput!) {\n    saveConsentDraft(formId: $formId, input: $input) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishConsentForm($formId: ID!) {\n    publishConsentForm(formId: $formId) { id version textHash }\n  }\n"): (typeof documents)["\n  mutation PublishConsentForm($formId: ID!) {\n    publishConsentForm(formId: $formId) { id version textHash }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireConsentForm($formId: ID!, $retired: Boolean!) {\n    retireConsentForm(formId: $formId, retired: $retired) { id retired }\n  }\n"): (typeof documents)["\n  mutation RetireConsentForm($formId: ID!, $retired: Boolean!) {\n    retireConsentForm(formId: $formId, retired: $retired) { id retired }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentTimelineStart($clientId: ID!) {\n    consentTimelineStart(clientId: $clientId) { id agreedFrom note earlierRecords updatedAt }\n  }\n"): (typeof documents)["\n  query ConsentTimelineStart($clientId: ID!) {\n    consentTimelineStart(clientId: $clientId) { id agreedFrom note earlierRecords updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConsentTimelineStart($input: ConsentTimelineStartInput!) {\n    setConsentTimelineStart(input: $input) { id agreedFrom note earlierRecords }\n  }\n"): (typeof documents)["\n  mutation SetConsentTimelineStart($input: ConsentTimelineStartInput!) {\n    setConsentTimelineStart(input: $input) { id agreedFrom note earlierRecords }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientConsents($clientId: ID!, $from: String) {\n    consentRecords(clientId: $clientId, from: $from) {\n      id\n      seq\n      kind\n      decision\n      channel\n      givenBy\n      staffName\n      stamp\n      validationString\n      verificationCode\n      hash\n      pdfUrl\n      paperDocumentUrl\n      recordedAt\n      answers { key accepted }\n      form { id code kind }\n      formVersion { id version title { lang text } }\n    }\n    consentChainVerification(clientId: $clientId) { ok checked breaks { position problem } }\n    consentsPendingForClient(clientId: $clientId) { formId formCode answeredVersion currentVersion }\n    documents(ownerType: \"client\", ownerId: $clientId) { id fileName category }\n  }\n"): (typeof documents)["\n  query ClientConsents($clientId: ID!, $from: String) {\n    consentRecords(clientId: $clientId, from: $from) {\n      id\n      seq\n      kind\n      decision\n      channel\n      givenBy\n      staffName\n      stamp\n      validationString\n      verificationCode\n      hash\n      pdfUrl\n      paperDocumentUrl\n      recordedAt\n      answers { key accepted }\n      form { id code kind }\n      formVersion { id version title { lang text } }\n    }\n    consentChainVerification(clientId: $clientId) { ok checked breaks { position problem } }\n    consentsPendingForClient(clientId: $clientId) { formId formCode answeredVersion currentVersion }\n    documents(ownerType: \"client\", ownerId: $clientId) { id fileName category }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsents($input: RecordConsentsInput!) {\n    recordConsents(input: $input) { id seq decision }\n  }\n"): (typeof documents)["\n  mutation RecordConsents($input: RecordConsentsInput!) {\n    recordConsents(input: $input) { id seq decision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($input: ConsentEvidenceInput!, $formId: ID!) {\n    withdrawConsent(input: $input, formId: $formId) { id seq decision }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($input: ConsentEvidenceInput!, $formId: ID!) {\n    withdrawConsent(input: $input, formId: $formId) { id seq decision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentHistoryPdf($clientId: ID!) {\n    consentHistoryPdf(clientId: $clientId)\n  }\n"): (typeof documents)["\n  mutation ConsentHistoryPdf($clientId: ID!) {\n    consentHistoryPdf(clientId: $clientId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentPending($formId: ID) {\n    consentPendingPerForm { formId formCode formKind currentVersion pending }\n    consentPending(formId: $formId, first: 200) {\n      total\n      items { clientId clientName formId formCode answeredVersion currentVersion answeredAt }\n    }\n  }\n"): (typeof documents)["\n  query ConsentPending($formId: ID) {\n    consentPendingPerForm { formId formCode formKind currentVersion pending }\n    consentPending(formId: $formId, first: 200) {\n      total\n      items { clientId clientName formId formCode answeredVersion currentVersion answeredAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendConsentReminders($formId: ID!, $clientIds: [ID!]) {\n    sendConsentReminders(formId: $formId, clientIds: $clientIds)\n  }\n"): (typeof documents)["\n  mutation SendConsentReminders($formId: ID!, $clientIds: [ID!]) {\n    sendConsentReminders(formId: $formId, clientIds: $clientIds)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentsDashboard {\n    consentsDashboard {\n      clients\n      covered\n      coveragePercent\n      marketingOptIn\n      marketingAnswered\n      marketingOptInPercent\n      pendingPerForm { formId formCode formKind currentVersion pending }\n      recordsPerDay { day count }\n    }\n    consentChainVerification { ok checked clients breaks { clientId position problem } }\n  }\n"): (typeof documents)["\n  query ConsentsDashboard {\n    consentsDashboard {\n      clients\n      covered\n      coveragePercent\n      marketingOptIn\n      marketingAnswered\n      marketingOptInPercent\n      pendingPerForm { formId formCode formKind currentVersion pending }\n      recordsPerDay { day count }\n    }\n    consentChainVerification { ok checked clients breaks { clientId position problem } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsentDelivery($input: ConsentEvidenceInput!, $formId: ID!) {\n    recordConsentDelivery(input: $input, formId: $formId) { id seq decision }\n  }\n"): (typeof documents)["\n  mutation RecordConsentDelivery($input: ConsentEvidenceInput!, $formId: ID!) {\n    recordConsentDelivery(input: $input, formId: $formId) { id seq decision }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerAccounts {\n    ledgerAccounts { id code name type subledger role }\n  }\n"): (typeof documents)["\n  query LedgerAccounts {\n    ledgerAccounts { id code name type subledger role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrialBalance($from: String, $to: String) {\n    trialBalance(from: $from, to: $to) {\n      from\n      to\n      totalDebit\n      totalCredit\n      totalBalance\n      rows { account { id code name type } opening debit credit balance }\n    }\n    ledgerClosedPeriods { month closedAt closedByName }\n  }\n"): (typeof documents)["\n  query TrialBalance($from: String, $to: String) {\n    trialBalance(from: $from, to: $to) {\n      from\n      to\n      totalDebit\n      totalCredit\n      totalBalance\n      rows { account { id code name type } opening debit credit balance }\n    }\n    ledgerClosedPeriods { month closedAt closedByName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountStatement($id: ID!, $from: String, $to: String, $first: Int!, $offset: Int!) {\n    accountStatement(accountId: $id, from: $from, to: $to, first: $first, offset: $offset) {\n      account { id code name }\n      opening\n      closing\n      total\n      lines { entryId entryDate description source debit credit balance partyName }\n    }\n  }\n"): (typeof documents)["\n  query AccountStatement($id: ID!, $from: String, $to: String, $first: Int!, $offset: Int!) {\n    accountStatement(accountId: $id, from: $from, to: $to, first: $first, offset: $offset) {\n      account { id code name }\n      opening\n      closing\n      total\n      lines { entryId entryDate description source debit credit balance partyName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostJournalEntry($input: JournalEntryInput!) {\n    postJournalEntry(input: $input) { id entryDate total }\n  }\n"): (typeof documents)["\n  mutation PostJournalEntry($input: JournalEntryInput!) {\n    postJournalEntry(input: $input) { id entryDate total }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseLedgerPeriod($month: String!) {\n    closeLedgerPeriod(month: $month) { month }\n  }\n"): (typeof documents)["\n  mutation CloseLedgerPeriod($month: String!) {\n    closeLedgerPeriod(month: $month) { month }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartGeneralLedgerExport($from: String!, $to: String!) {\n    startGeneralLedgerExport(from: $from, to: $to) { id status total processed percent }\n  }\n"): (typeof documents)["\n  mutation StartGeneralLedgerExport($from: String!, $to: String!) {\n    startGeneralLedgerExport(from: $from, to: $to) { id status total processed percent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerExport($id: ID!) {\n    ledgerExport(id: $id) { id status total processed percent error }\n  }\n"): (typeof documents)["\n  query LedgerExport($id: ID!) {\n    ledgerExport(id: $id) { id status total processed percent error }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerExportFile($id: ID!) {\n    ledgerExportFile(id: $id) { fileName contentType base64 }\n  }\n"): (typeof documents)["\n  query LedgerExportFile($id: ID!) {\n    ledgerExportFile(id: $id) { fileName contentType base64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Payments($filter: PaymentFilter, $first: Int!, $offset: Int!) {\n    payments(filter: $filter, first: $first, offset: $offset) {\n      total\n      items { id clientId clientName method paymentDate amount allocated remaining reference accountCode }\n    }\n    paymentsDashboard { unmatchedCount unmatchedAmount }\n  }\n"): (typeof documents)["\n  query Payments($filter: PaymentFilter, $first: Int!, $offset: Int!) {\n    payments(filter: $filter, first: $first, offset: $offset) {\n      total\n      items { id clientId clientName method paymentDate amount allocated remaining reference accountCode }\n    }\n    paymentsDashboard { unmatchedCount unmatchedAmount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Payment($id: ID!) {\n    payment(id: $id) {\n      id clientId clientName method paymentDate amount allocated remaining reference accountCode accountName\n      allocations { id receiptId receiptNumber policyNumber amount active createdAt createdByName undoneAt undoneByName undoReason }\n    }\n  }\n"): (typeof documents)["\n  query Payment($id: ID!) {\n    payment(id: $id) {\n      id clientId clientName method paymentDate amount allocated remaining reference accountCode accountName\n      allocations { id receiptId receiptNumber policyNumber amount active createdAt createdByName undoneAt undoneByName undoReason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchData($paymentId: ID!, $clientId: ID!) {\n    paymentSuggestions(paymentId: $paymentId) { receiptId score reasons }\n    clientAccount(clientId: $clientId) {\n      openItems { receiptId receiptNumber policyNumber insurerName dueDate gross allocated openAmount }\n    }\n  }\n"): (typeof documents)["\n  query MatchData($paymentId: ID!, $clientId: ID!) {\n    paymentSuggestions(paymentId: $paymentId) { receiptId score reasons }\n    clientAccount(clientId: $clientId) {\n      openItems { receiptId receiptNumber policyNumber insurerName dueDate gross allocated openAmount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientAccount($clientId: ID!) {\n    clientAccount(clientId: $clientId) {\n      clientId openTotal creditTotal balance\n      openItems { receiptId receiptNumber policyNumber insurerName dueDate gross allocated openAmount }\n      payments { id method paymentDate amount allocated remaining reference }\n    }\n  }\n"): (typeof documents)["\n  query ClientAccount($clientId: ID!) {\n    clientAccount(clientId: $clientId) {\n      clientId openTotal creditTotal balance\n      openItems { receiptId receiptNumber policyNumber insurerName dueDate gross allocated openAmount }\n      payments { id method paymentDate amount allocated remaining reference }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: PaymentInput!) {\n    recordPayment(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: PaymentInput!) {\n    recordPayment(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MatchPayment($id: ID!, $allocations: [AllocationInput!]!) {\n    matchPayment(paymentId: $id, allocations: $allocations) { id allocated remaining }\n  }\n"): (typeof documents)["\n  mutation MatchPayment($id: ID!, $allocations: [AllocationInput!]!) {\n    matchPayment(paymentId: $id, allocations: $allocations) { id allocated remaining }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoPaymentAllocation($id: ID!, $reason: String!) {\n    undoPaymentAllocation(allocationId: $id, reason: $reason) { id allocated remaining }\n  }\n"): (typeof documents)["\n  mutation UndoPaymentAllocation($id: ID!, $reason: String!) {\n    undoPaymentAllocation(allocationId: $id, reason: $reason) { id allocated remaining }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Remittances {\n    remittances { id insurerName periodFrom periodTo remitDate gross commission amount itemCount cancelledAt }\n    insurers { id name }\n  }\n"): (typeof documents)["\n  query Remittances {\n    remittances { id insurerName periodFrom periodTo remitDate gross commission amount itemCount cancelledAt }\n    insurers { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRemittance($input: RemittanceInput!) {\n    createRemittance(input: $input) { id itemCount amount }\n  }\n"): (typeof documents)["\n  mutation CreateRemittance($input: RemittanceInput!) {\n    createRemittance(input: $input) { id itemCount amount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RemittanceStatement($id: ID!, $format: String!) {\n    remittanceStatement(id: $id, format: $format) { fileName contentType base64 }\n  }\n"): (typeof documents)["\n  query RemittanceStatement($id: ID!, $format: String!) {\n    remittanceStatement(id: $id, format: $format) { fileName contentType base64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentsDashboard {\n    paymentsDashboard { unmatchedCount unmatchedAmount }\n  }\n"): (typeof documents)["\n  query PaymentsDashboard {\n    paymentsDashboard { unmatchedCount unmatchedAmount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndorsePolicy($policyId: ID!, $input: EndorsementInput!) {\n    endorsePolicy(policyId: $policyId, input: $input) {\n      ...PolicyDetail\n    }\n  }\n"): (typeof documents)["\n  mutation EndorsePolicy($policyId: ID!, $input: EndorsementInput!) {\n    endorsePolicy(policyId: $policyId, input: $input) {\n      ...PolicyDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInsuredPerson($policyId: ID!, $input: InsuredPersonInput!) {\n    addInsuredPerson(policyId: $policyId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddInsuredPerson($policyId: ID!, $input: InsuredPersonInput!) {\n    addInsuredPerson(policyId: $policyId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveInsuredPerson($id: ID!) {\n    removeInsuredPerson(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveInsuredPerson($id: ID!) {\n    removeInsuredPerson(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInsuredObject($policyId: ID!, $input: InsuredObjectInput!) {\n    addInsuredObject(policyId: $policyId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddInsuredObject($policyId: ID!, $input: InsuredObjectInput!) {\n    addInsuredObject(policyId: $policyId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyClientName($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query PolicyClientName($id: ID!) {\n    client(id: $id) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      ...PolicyDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      ...PolicyDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePolicy($id: ID!, $input: PolicyInput!) {\n    updatePolicy(id: $id, input: $input) {\n      ...PolicyDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePolicy($id: ID!, $input: PolicyInput!) {\n    updatePolicy(id: $id, input: $input) {\n      ...PolicyDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPolicyStatus($id: ID!, $status: PolicyStatus!) {\n    setPolicyStatus(id: $id, status: $status) {\n      ...PolicyDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SetPolicyStatus($id: ID!, $status: PolicyStatus!) {\n    setPolicyStatus(id: $id, status: $status) {\n      ...PolicyDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInsurer($input: InsurerInput!) {\n    createInsurer(input: $input) {\n      id\n      name\n      code\n      taxId\n      agencyCode\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInsurer($input: InsurerInput!) {\n    createInsurer(input: $input) {\n      id\n      name\n      code\n      taxId\n      agencyCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInsurer($id: ID!, $input: InsurerInput!) {\n    updateInsurer(id: $id, input: $input) {\n      id\n      name\n      code\n      taxId\n      agencyCode\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInsurer($id: ID!, $input: InsurerInput!) {\n    updateInsurer(id: $id, input: $input) {\n      id\n      name\n      code\n      taxId\n      agencyCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLineOfBusiness($id: ID!, $input: LineOfBusinessInput!) {\n    updateLineOfBusiness(id: $id, input: $input) {\n      id\n      code\n      name\n      defaultTaxRate\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLineOfBusiness($id: ID!, $input: LineOfBusinessInput!) {\n    updateLineOfBusiness(id: $id, input: $input) {\n      id\n      code\n      name\n      defaultTaxRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicySummary on Policy {\n    id\n    number\n    status\n    foreignBusiness\n    coverStart\n    coverEnd\n    premiumGross\n    paymentFrequency\n    client {\n      id\n      displayName\n    }\n    insurer {\n      id\n      name\n    }\n    line {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PolicySummary on Policy {\n    id\n    number\n    status\n    foreignBusiness\n    coverStart\n    coverEnd\n    premiumGross\n    paymentFrequency\n    client {\n      id\n      displayName\n    }\n    insurer {\n      id\n      name\n    }\n    line {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoliciesList($filter: PolicyFilterInput, $first: Int!, $offset: Int!) {\n    policies(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...PolicySummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query PoliciesList($filter: PolicyFilterInput, $first: Int!, $offset: Int!) {\n    policies(filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...PolicySummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyReference {\n    insurers {\n      id\n      name\n      code\n      taxId\n      agencyCode\n    }\n    linesOfBusiness {\n      id\n      code\n      name\n      defaultTaxRate\n    }\n  }\n"): (typeof documents)["\n  query PolicyReference {\n    insurers {\n      id\n      name\n      code\n      taxId\n      agencyCode\n    }\n    linesOfBusiness {\n      id\n      code\n      name\n      defaultTaxRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyDetail on Policy {\n    id\n    number\n    status\n    allowedStatuses\n    foreignBusiness\n    coverStart\n    coverEnd\n    issueDate\n    premiumNet\n    premiumTaxes\n    premiumGross\n    paymentFrequency\n    producerId\n    notes\n    updatedAt\n    client {\n      id\n      displayName\n    }\n    insurer {\n      id\n      name\n    }\n    line {\n      id\n      code\n      name\n    }\n    tacitRenewal\n    insuredSum\n    previous {\n      id\n      number\n    }\n    renewedBy {\n      id\n      number\n    }\n    versions {\n      id\n      version\n      kind\n      effectiveDate\n      reason\n      createdByName\n      createdAt\n      changes {\n        field\n        before\n        after\n      }\n      terms {\n        coverStart\n        coverEnd\n        premiumNet\n        premiumTaxes\n        premiumGross\n        insuredSum\n        paymentFrequency\n      }\n    }\n    insuredPersons {\n      id\n      role\n      client {\n        id\n        displayName\n      }\n    }\n    insuredObjects {\n      id\n      kind\n      description\n      insuredSum\n      addedOn\n      removedOn\n    }\n    vehicles {\n      id\n      plateDisplay\n      make\n      model\n    }\n    installments {\n      id\n      seq\n      dueDate\n      periodStart\n      periodEnd\n      net\n      taxes\n      gross\n      paid\n    }\n  }\n"): (typeof documents)["\n  fragment PolicyDetail on Policy {\n    id\n    number\n    status\n    allowedStatuses\n    foreignBusiness\n    coverStart\n    coverEnd\n    issueDate\n    premiumNet\n    premiumTaxes\n    premiumGross\n    paymentFrequency\n    producerId\n    notes\n    updatedAt\n    client {\n      id\n      displayName\n    }\n    insurer {\n      id\n      name\n    }\n    line {\n      id\n      code\n      name\n    }\n    tacitRenewal\n    insuredSum\n    previous {\n      id\n      number\n    }\n    renewedBy {\n      id\n      number\n    }\n    versions {\n      id\n      version\n      kind\n      effectiveDate\n      reason\n      createdByName\n      createdAt\n      changes {\n        field\n        before\n        after\n      }\n      terms {\n        coverStart\n        coverEnd\n        premiumNet\n        premiumTaxes\n        premiumGross\n        insuredSum\n        paymentFrequency\n      }\n    }\n    insuredPersons {\n      id\n      role\n      client {\n        id\n        displayName\n      }\n    }\n    insuredObjects {\n      id\n      kind\n      description\n      insuredSum\n      addedOn\n      removedOn\n    }\n    vehicles {\n      id\n      plateDisplay\n      make\n      model\n    }\n    installments {\n      id\n      seq\n      dueDate\n      periodStart\n      periodEnd\n      net\n      taxes\n      gross\n      paid\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Policy($id: ID!) {\n    policy(id: $id) {\n      ...PolicyDetail\n    }\n  }\n"): (typeof documents)["\n  query Policy($id: ID!) {\n    policy(id: $id) {\n      ...PolicyDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyDocuments($ownerId: ID!) {\n    documents(ownerType: \"policy\", ownerId: $ownerId) {\n      id\n      category\n      fileName\n      contentType\n      sizeBytes\n      createdAt\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  query PolicyDocuments($ownerId: ID!) {\n    documents(ownerType: \"policy\", ownerId: $ownerId) {\n      id\n      category\n      fileName\n      contentType\n      sizeBytes\n      createdAt\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyAuditTrail($policyId: ID!, $first: Int, $after: String) {\n    policyAuditTrail(policyId: $policyId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        seq\n        at\n        userEmail\n        roleName\n        channel\n        action\n        entityType\n        before\n        after\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyAuditTrail($policyId: ID!, $first: Int, $after: String) {\n    policyAuditTrail(policyId: $policyId, first: $first, after: $after) {\n      totalCount\n      hasNextPage\n      endCursor\n      nodes {\n        id\n        seq\n        at\n        userEmail\n        roleName\n        channel\n        action\n        entityType\n        before\n        after\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPolicies($clientId: ID!, $scope: ClientPolicyScope!, $first: Int!, $offset: Int!) {\n    client(id: $clientId) {\n      id\n      policies(scope: $scope, first: $first, offset: $offset) {\n        total\n        items {\n          ...PolicySummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientPolicies($clientId: ID!, $scope: ClientPolicyScope!, $first: Int!, $offset: Int!) {\n    client(id: $clientId) {\n      id\n      policies(scope: $scope, first: $first, offset: $offset) {\n        total\n        items {\n          ...PolicySummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoliciesDashboard {\n    policiesDashboard {\n      inForce\n      inForceGross\n      byLine {\n        key\n        name\n        count\n        premiumGross\n      }\n      byInsurer {\n        key\n        name\n        count\n        premiumGross\n      }\n      renewalsDue30\n      renewalsDue60\n      renewalsDue90\n      newBusinessPerMonth {\n        month\n        count\n        premiumGross\n      }\n      lapsed\n      lapseBase\n      lapseRate\n    }\n  }\n"): (typeof documents)["\n  query PoliciesDashboard {\n    policiesDashboard {\n      inForce\n      inForceGross\n      byLine {\n        key\n        name\n        count\n        premiumGross\n      }\n      byInsurer {\n        key\n        name\n        count\n        premiumGross\n      }\n      renewalsDue30\n      renewalsDue60\n      renewalsDue90\n      newBusinessPerMonth {\n        month\n        count\n        premiumGross\n      }\n      lapsed\n      lapseBase\n      lapseRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenewalsDue($days: Int!, $filter: RenewalsFilterInput, $first: Int!, $offset: Int!) {\n    renewalsDue(days: $days, filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...PolicySummary\n        producerId\n      }\n    }\n  }\n"): (typeof documents)["\n  query RenewalsDue($days: Int!, $filter: RenewalsFilterInput, $first: Int!, $offset: Int!) {\n    renewalsDue(days: $days, filter: $filter, first: $first, offset: $offset) {\n      total\n      items {\n        ...PolicySummary\n        producerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewPolicy($policyId: ID!, $input: RenewPolicyInput) {\n    renewPolicy(policyId: $policyId, input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation RenewPolicy($policyId: ID!, $input: RenewPolicyInput) {\n    renewPolicy(policyId: $policyId, input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VehicleRow on Vehicle {\n    id\n    plate\n    plateDisplay\n    plateCountry\n    vin\n    make\n    model\n    year\n    fuel\n    use\n    sold\n    soldOn\n    policies {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  fragment VehicleRow on Vehicle {\n    id\n    plate\n    plateDisplay\n    plateCountry\n    vin\n    make\n    model\n    year\n    fuel\n    use\n    sold\n    soldOn\n    policies {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientVehicles($clientId: ID!) {\n    vehicles(clientId: $clientId, includeSold: true) {\n      ...VehicleRow\n    }\n    client(id: $clientId) {\n      id\n      policies(scope: ACTIVE, first: 200, offset: 0) {\n        items {\n          id\n          number\n          line {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientVehicles($clientId: ID!) {\n    vehicles(clientId: $clientId, includeSold: true) {\n      ...VehicleRow\n    }\n    client(id: $clientId) {\n      id\n      policies(scope: ACTIVE, first: 200, offset: 0) {\n        items {\n          id\n          number\n          line {\n            id\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVehicle($input: VehicleInput!) {\n    createVehicle(input: $input) {\n      ...VehicleRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVehicle($input: VehicleInput!) {\n    createVehicle(input: $input) {\n      ...VehicleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkVehiclePolicy($vehicleId: ID!, $policyId: ID!) {\n    linkVehiclePolicy(vehicleId: $vehicleId, policyId: $policyId) {\n      ...VehicleRow\n    }\n  }\n"): (typeof documents)["\n  mutation LinkVehiclePolicy($vehicleId: ID!, $policyId: ID!) {\n    linkVehiclePolicy(vehicleId: $vehicleId, policyId: $policyId) {\n      ...VehicleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVehicle($id: ID!, $input: VehicleInput!) {\n    updateVehicle(id: $id, input: $input) {\n      ...VehicleRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVehicle($id: ID!, $input: VehicleInput!) {\n    updateVehicle(id: $id, input: $input) {\n      ...VehicleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePortalGrant($input: PortalGrantInput!) {\n    createPortalGrant(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePortalGrant($input: PortalGrantInput!) {\n    createPortalGrant(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePortalGrant($id: ID!, $input: PortalGrantInput!) {\n    updatePortalGrant(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePortalGrant($id: ID!, $input: PortalGrantInput!) {\n    updatePortalGrant(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPortalGrantUser($grantId: ID!, $email: String!) {\n    addPortalGrantUser(grantId: $grantId, email: $email) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddPortalGrantUser($grantId: ID!, $email: String!) {\n    addPortalGrantUser(grantId: $grantId, email: $email) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendPortalInvitation($grantUserId: ID!) {\n    resendPortalInvitation(grantUserId: $grantUserId) {\n      id\n      invitedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResendPortalInvitation($grantUserId: ID!) {\n    resendPortalInvitation(grantUserId: $grantUserId) {\n      id\n      invitedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePortalGrantUser($grantUserId: ID!) {\n    removePortalGrantUser(grantUserId: $grantUserId)\n  }\n"): (typeof documents)["\n  mutation RemovePortalGrantUser($grantUserId: ID!) {\n    removePortalGrantUser(grantUserId: $grantUserId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalGrantsPage {\n    portalGrants {\n      id\n      name\n      includeClaims\n      commercialView\n      shareMode\n      shareStatuses\n      shareLines\n      policyIds\n      clients {\n        id\n        displayName\n      }\n      users {\n        id\n        email\n        linked\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalGrantsPage {\n    portalGrants {\n      id\n      name\n      includeClaims\n      commercialView\n      shareMode\n      shareStatuses\n      shareLines\n      policyIds\n      clients {\n        id\n        displayName\n      }\n      users {\n        id\n        email\n        linked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalViewAs($grantUserId: ID!) {\n    portalViewAs(grantUserId: $grantUserId) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation PortalViewAs($grantUserId: ID!) {\n    portalViewAs(grantUserId: $grantUserId) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalChanges {\n    portalSyncMode\n    portalChanges {\n      id\n      clientId\n      clientName\n      area\n      enteredBy\n      enteredAt\n      diff {\n        field\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalChanges {\n    portalSyncMode\n    portalChanges {\n      id\n      clientId\n      clientName\n      area\n      enteredBy\n      enteredAt\n      diff {\n        field\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePortalChange($id: ID!) {\n    approvePortalChange(id: $id)\n  }\n"): (typeof documents)["\n  mutation ApprovePortalChange($id: ID!) {\n    approvePortalChange(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPortalChange($id: ID!, $message: String!) {\n    rejectPortalChange(id: $id, message: $message)\n  }\n"): (typeof documents)["\n  mutation RejectPortalChange($id: ID!, $message: String!) {\n    rejectPortalChange(id: $id, message: $message)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPortalSyncMode($mode: PortalSyncMode!) {\n    setPortalSyncMode(mode: $mode)\n  }\n"): (typeof documents)["\n  mutation SetPortalSyncMode($mode: PortalSyncMode!) {\n    setPortalSyncMode(mode: $mode)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPortalThreads($clientId: ID!) {\n    clientPortalThreads(clientId: $clientId) {\n      id\n      subject\n      lastMessageAt\n      messages {\n        id\n        author\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientPortalThreads($clientId: ID!) {\n    clientPortalThreads(clientId: $clientId) {\n      id\n      subject\n      lastMessageAt\n      messages {\n        id\n        author\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyPortalThread($threadId: ID!, $body: String!) {\n    replyPortalThread(threadId: $threadId, body: $body) {\n      id\n      lastMessageAt\n      messages {\n        id\n        author\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyPortalThread($threadId: ID!, $body: String!) {\n    replyPortalThread(threadId: $threadId, body: $body) {\n      id\n      lastMessageAt\n      messages {\n        id\n        author\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartClientPortalThread($clientId: ID!, $subject: String!, $body: String!) {\n    startClientPortalThread(clientId: $clientId, subject: $subject, body: $body) {\n      id\n      subject\n      lastMessageAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartClientPortalThread($clientId: ID!, $subject: String!, $body: String!) {\n    startClientPortalThread(clientId: $clientId, subject: $subject, body: $body) {\n      id\n      subject\n      lastMessageAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductsOverview {\n    products {\n      id\n      code\n      line { id name }\n      insurer { id name }\n      latestVersion { id version status names { en it de nl pl } }\n      publishedVersion { id version }\n    }\n    productsDashboard {\n      byStatus { status count }\n      quotesPerWeek { productCode week quotes }\n      offers\n      converted\n      conversionRate\n      requestsWaiting\n    }\n  }\n"): (typeof documents)["\n  query ProductsOverview {\n    products {\n      id\n      code\n      line { id name }\n      insurer { id name }\n      latestVersion { id version status names { en it de nl pl } }\n      publishedVersion { id version }\n    }\n    productsDashboard {\n      byStatus { status count }\n      quotesPerWeek { productCode week quotes }\n      offers\n      converted\n      conversionRate\n      requestsWaiting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductReference {\n    linesOfBusiness { id code name }\n    insurers { id name }\n  }\n"): (typeof documents)["\n  query ProductReference {\n    linesOfBusiness { id code name }\n    insurers { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductVersionFields on ProductVersion {\n    id\n    version\n    status\n    authorName\n    approvedByName\n    allowedMoves\n    names { en it de nl pl }\n    questions {\n      key\n      type\n      required\n      unit\n      min\n      max\n      label { en it de nl pl }\n      help { en it de nl pl }\n      options { value label { en it de nl pl } }\n      showWhen { question anyOf }\n    }\n    rating {\n      basePremium\n      minimumPremium\n      factors { key question label { en it de nl pl } bands { from to multiplier } choices { value multiplier } }\n      adjustments { key kind percent when label { en it de nl pl } }\n    }\n    history { fromStatus toStatus reason changedAt changedByName }\n  }\n"): (typeof documents)["\n  fragment ProductVersionFields on ProductVersion {\n    id\n    version\n    status\n    authorName\n    approvedByName\n    allowedMoves\n    names { en it de nl pl }\n    questions {\n      key\n      type\n      required\n      unit\n      min\n      max\n      label { en it de nl pl }\n      help { en it de nl pl }\n      options { value label { en it de nl pl } }\n      showWhen { question anyOf }\n    }\n    rating {\n      basePremium\n      minimumPremium\n      factors { key question label { en it de nl pl } bands { from to multiplier } choices { value multiplier } }\n      adjustments { key kind percent when label { en it de nl pl } }\n    }\n    history { fromStatus toStatus reason changedAt changedByName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Product($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      line { id name defaultTaxRate }\n      insurer { id name }\n      versions { ...ProductVersionFields }\n    }\n  }\n"): (typeof documents)["\n  query Product($id: ID!) {\n    product(id: $id) {\n      id\n      code\n      line { id name defaultTaxRate }\n      insurer { id name }\n      versions { ...ProductVersionFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProductVersion($id: ID!, $input: ProductVersionInput!) {\n    updateProductVersion(id: $id, input: $input) { ...ProductVersionFields }\n  }\n"): (typeof documents)["\n  mutation UpdateProductVersion($id: ID!, $input: ProductVersionInput!) {\n    updateProductVersion(id: $id, input: $input) { ...ProductVersionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewProductVersion($productId: ID!) {\n    newProductVersion(productId: $productId) { ...ProductVersionFields }\n  }\n"): (typeof documents)["\n  mutation NewProductVersion($productId: ID!) {\n    newProductVersion(productId: $productId) { ...ProductVersionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveProductVersion($id: ID!, $status: ProductVersionStatus!, $reason: String) {\n    moveProductVersion(id: $id, status: $status, reason: $reason) { ...ProductVersionFields }\n  }\n"): (typeof documents)["\n  mutation MoveProductVersion($id: ID!, $status: ProductVersionStatus!, $reason: String) {\n    moveProductVersion(id: $id, status: $status, reason: $reason) { ...ProductVersionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateQuote($versionId: ID!, $answers: [AnswerInput!]!) {\n    rateQuote(versionId: $versionId, answers: $answers) {\n      breakdown { base net taxRate taxes total test steps { kind key detail effect after label { en it de nl pl } } }\n    }\n  }\n"): (typeof documents)["\n  query RateQuote($versionId: ID!, $answers: [AnswerInput!]!) {\n    rateQuote(versionId: $versionId, answers: $answers) {\n      breakdown { base net taxRate taxes total test steps { kind key detail effect after label { en it de nl pl } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) { id client { id } }\n  }\n"): (typeof documents)["\n  mutation CreateOffer($input: OfferInput!) {\n    createOffer(input: $input) { id client { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientOffers($id: ID!) {\n    client(id: $id) {\n      id\n      offers {\n        id\n        state\n        test\n        premiumGross\n        validFrom\n        validUntil\n        version { id version names { en it de nl pl } product { id code } }\n        policy { id number }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientOffers($id: ID!) {\n    client(id: $id) {\n      id\n      offers {\n        id\n        state\n        test\n        premiumGross\n        validFrom\n        validUntil\n        version { id version names { en it de nl pl } product { id code } }\n        policy { id number }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) { id state }\n  }\n"): (typeof documents)["\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(id: $id) { id state }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePolicyFromOffer($id: ID!, $input: OfferPolicyInput!) {\n    issuePolicyFromOffer(id: $id, input: $input) { id state policy { id number } }\n  }\n"): (typeof documents)["\n  mutation IssuePolicyFromOffer($id: ID!, $input: OfferPolicyInput!) {\n    issuePolicyFromOffer(id: $id, input: $input) { id state policy { id number } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferPdf($id: ID!) {\n    offerPdf(id: $id) { fileName contentType base64 }\n  }\n"): (typeof documents)["\n  query OfferPdf($id: ID!) {\n    offerPdf(id: $id) { fileName contentType base64 }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteRequests($statuses: [QuoteRequestStatus!]) {\n    quoteRequests(statuses: $statuses) {\n      id\n      status\n      requesterName\n      requesterEmail\n      createdAt\n      handlerName\n      websiteName\n      producerName\n      product { id code }\n      client { id displayName }\n    }\n  }\n"): (typeof documents)["\n  query QuoteRequests($statuses: [QuoteRequestStatus!]) {\n    quoteRequests(statuses: $statuses) {\n      id\n      status\n      requesterName\n      requesterEmail\n      createdAt\n      handlerName\n      websiteName\n      producerName\n      product { id code }\n      client { id displayName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteRequest($id: ID!) {\n    quoteRequest(id: $id) {\n      id\n      status\n      requesterName\n      client { id displayName }\n      product { id }\n      answers { question value values address { street postalCode city country } }\n    }\n  }\n"): (typeof documents)["\n  query QuoteRequest($id: ID!) {\n    quoteRequest(id: $id) {\n      id\n      status\n      requesterName\n      client { id displayName }\n      product { id }\n      answers { question value values address { street postalCode city country } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerQuoteRequest($id: ID!, $offerIds: [ID!]!) {\n    answerQuoteRequest(id: $id, offerIds: $offerIds) { id status }\n  }\n"): (typeof documents)["\n  mutation AnswerQuoteRequest($id: ID!, $offerIds: [ID!]!) {\n    answerQuoteRequest(id: $id, offerIds: $offerIds) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuoteWebsiteFields on QuoteWebsite {\n    id\n    name\n    publicKey\n    origins\n    producerId\n    producerName\n    privacyNoticeUrl\n    active\n    snippet\n  }\n"): (typeof documents)["\n  fragment QuoteWebsiteFields on QuoteWebsite {\n    id\n    name\n    publicKey\n    origins\n    producerId\n    producerName\n    privacyNoticeUrl\n    active\n    snippet\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuoteWebsites {\n    quoteWebsites { ...QuoteWebsiteFields }\n  }\n"): (typeof documents)["\n  query QuoteWebsites {\n    quoteWebsites { ...QuoteWebsiteFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebsiteProducers {\n    users { id active user { id displayName } }\n  }\n"): (typeof documents)["\n  query WebsiteProducers {\n    users { id active user { id displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuoteWebsite($input: QuoteWebsiteInput!) {\n    createQuoteWebsite(input: $input) { ...QuoteWebsiteFields }\n  }\n"): (typeof documents)["\n  mutation CreateQuoteWebsite($input: QuoteWebsiteInput!) {\n    createQuoteWebsite(input: $input) { ...QuoteWebsiteFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuoteWebsite($id: ID!, $input: QuoteWebsiteInput!) {\n    updateQuoteWebsite(id: $id, input: $input) { ...QuoteWebsiteFields }\n  }\n"): (typeof documents)["\n  mutation UpdateQuoteWebsite($id: ID!, $input: QuoteWebsiteInput!) {\n    updateQuoteWebsite(id: $id, input: $input) { ...QuoteWebsiteFields }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;