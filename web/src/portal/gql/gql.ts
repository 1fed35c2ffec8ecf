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
    "\n  query PortalClientOffers($clientId: ID!, $lang: String) {\n    portalOffers(clientId: $clientId, lang: $lang) {\n      ...PortalOfferFields\n    }\n  }\n": typeof types.PortalClientOffersDocument,
    "\n  query PortalContractDocuments($policyId: ID!) {\n    portalContractDocuments(policyId: $policyId) {\n      id\n      fileName\n      sizeBytes\n      createdAt\n      downloadUrl\n    }\n  }\n": typeof types.PortalContractDocumentsDocument,
    "\n  fragment PortalOfferFields on PortalOffer {\n    id\n    productName\n    state\n    premiumGross\n    validUntil\n    pdfUrl\n  }\n": typeof types.PortalOfferFieldsFragmentDoc,
    "\n  mutation PortalAcceptInvitation($input: PortalAcceptInvitationInput!) {\n    portalAcceptInvitation(input: $input) {\n      status\n    }\n  }\n": typeof types.PortalAcceptInvitationDocument,
    "\n  query PortalConsentsPage($clientId: ID!, $lang: String) {\n    portalMe {\n      id\n      readOnly\n    }\n    portalConsents(clientId: $clientId, lang: $lang) {\n      clientId\n      forms {\n        formId\n        code\n        versionId\n        version\n        title\n        body\n        clauses {\n          key\n          required\n          text\n        }\n        lastDecision\n        answeredVersion\n        pending\n        withdrawable\n        changes {\n          key\n          change\n          before\n          after\n        }\n      }\n      records {\n        id\n        seq\n        formCode\n        formTitle\n        version\n        decision\n        channel\n        stamp\n        validationString\n        verificationCode\n        pdfUrl\n      }\n    }\n  }\n": typeof types.PortalConsentsPageDocument,
    "\n  mutation PortalGiveConsents($clientId: ID!, $forms: [PortalConsentFormAnswerInput!]!) {\n    portalGiveConsents(clientId: $clientId, forms: $forms) {\n      clientId\n    }\n  }\n": typeof types.PortalGiveConsentsDocument,
    "\n  mutation PortalWithdrawConsent($clientId: ID!, $formId: ID!) {\n    portalWithdrawConsent(clientId: $clientId, formId: $formId) {\n      clientId\n    }\n  }\n": typeof types.PortalWithdrawConsentDocument,
    "\n  query PortalHomePage($lang: String) {\n    portalHome(lang: $lang) {\n      clients {\n        id\n        displayName\n        prospect\n      }\n      contracts {\n        id\n        number\n        status\n        clientName\n        lineName\n        insurerName\n        coverEnd\n        premiumGross\n      }\n      openClaims {\n        id\n        lossDate\n        status\n        policyNumber\n      }\n      pendingForms {\n        clientId\n        formId\n        formCode\n        formTitle\n      }\n    }\n  }\n": typeof types.PortalHomePageDocument,
    "\n  mutation PortalSignOut {\n    portalSignOut\n  }\n": typeof types.PortalSignOutDocument,
    "\n  query PortalMessagesPage {\n    portalHome {\n      clients {\n        id\n        displayName\n      }\n    }\n    portalThreads {\n      id\n      clientId\n      subject\n      lastMessageAt\n      messages {\n        id\n        author\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n": typeof types.PortalMessagesPageDocument,
    "\n  mutation PortalStartThreadPage($input: PortalStartThreadInput!) {\n    portalStartThread(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalStartThreadPageDocument,
    "\n  mutation PortalPostMessagePage($threadId: ID!, $body: String!) {\n    portalPostMessage(threadId: $threadId, body: $body) {\n      id\n    }\n  }\n": typeof types.PortalPostMessagePageDocument,
    "\n  query PortalQuoteStart($lang: String) {\n    portalMe {\n      id\n      readOnly\n    }\n    portalHome {\n      clients {\n        id\n        displayName\n      }\n    }\n    portalQuoteProducts(lang: $lang) {\n      id\n      code\n      name\n      questions {\n        key\n        type\n        required\n        label\n        help\n        unit\n        min\n        max\n        options {\n          value\n          label\n        }\n        showWhen {\n          question\n          anyOf\n        }\n      }\n    }\n  }\n": typeof types.PortalQuoteStartDocument,
    "\n  query PortalQuoteData($clientId: ID!, $lang: String) {\n    portalCard(clientId: $clientId) {\n      id\n      displayName\n      firstName\n      lastName\n      legalName\n      birthDate\n      taxCode\n      addresses {\n        id\n        kind\n        line1\n        postalCode\n        city\n        country\n      }\n      contacts {\n        id\n        kind\n        value\n      }\n    }\n    portalConsents(clientId: $clientId, lang: $lang) {\n      clientId\n      records {\n        id\n        formCode\n        formTitle\n        version\n        decision\n        stamp\n        validationString\n      }\n    }\n  }\n": typeof types.PortalQuoteDataDocument,
    "\n  query PortalQuotePendingForms($clientId: ID!, $lang: String) {\n    portalConsents(clientId: $clientId, lang: $lang) {\n      clientId\n      forms {\n        formId\n        code\n        title\n        pending\n      }\n    }\n  }\n": typeof types.PortalQuotePendingFormsDocument,
    "\n  mutation PortalRequestQuote($input: PortalQuoteRequestInput!) {\n    portalRequestQuote(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PortalRequestQuoteDocument,
    "\n  query PortalQuoteRequestsPage($lang: String) {\n    portalQuoteRequests(lang: $lang) {\n      id\n      clientName\n      productName\n      status\n      createdAt\n      answeredAt\n      offers {\n        ...PortalOfferFields\n      }\n    }\n  }\n": typeof types.PortalQuoteRequestsPageDocument,
    "\n  mutation PortalRegister($input: PortalRegisterInput!) {\n    portalRegister(input: $input)\n  }\n": typeof types.PortalRegisterDocument,
    "\n  query PortalSecurityPage {\n    portalMe {\n      id\n      email\n      readOnly\n      totpEnabled\n    }\n  }\n": typeof types.PortalSecurityPageDocument,
    "\n  mutation PortalBeginTotp {\n    portalBeginTotp {\n      secret\n      qrCodeDataUrl\n    }\n  }\n": typeof types.PortalBeginTotpDocument,
    "\n  mutation PortalConfirmTotp($code: String!) {\n    portalConfirmTotp(code: $code)\n  }\n": typeof types.PortalConfirmTotpDocument,
    "\n  mutation PortalDisableTotp($code: String!) {\n    portalDisableTotp(code: $code)\n  }\n": typeof types.PortalDisableTotpDocument,
    "\n  mutation PortalChangePassword($currentPassword: String!, $newPassword: String!) {\n    portalChangePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.PortalChangePasswordDocument,
    "\n  mutation PortalSignIn($input: PortalSignInInput!) {\n    portalSignIn(input: $input) {\n      status\n    }\n  }\n": typeof types.PortalSignInDocument,
    "\n  mutation PortalVerifySecondFactor($code: String!) {\n    portalVerifySecondFactor(code: $code) {\n      status\n    }\n  }\n": typeof types.PortalVerifySecondFactorDocument,
    "\n  mutation PortalVerifyEmail($token: String!, $password: String!) {\n    portalVerifyEmail(token: $token, password: $password) {\n      status\n    }\n  }\n": typeof types.PortalVerifyEmailDocument,
    "\n  query PortalMe {\n    portalMe {\n      id\n      email\n      displayName\n      companyName\n      companyCode\n      companyCurrency\n      readOnly\n    }\n  }\n": typeof types.PortalMeDocument,
};
const documents: Documents = {
    "\n  query PortalClientOffers($clientId: ID!, $lang: String) {\n    portalOffers(clientId: $clientId, lang: $lang) {\n      ...PortalOfferFields\n    }\n  }\n": types.PortalClientOffersDocument,
    "\n  query PortalContractDocuments($policyId: ID!) {\n    portalContractDocuments(policyId: $policyId) {\n      id\n      fileName\n      sizeBytes\n      createdAt\n      downloadUrl\n    }\n  }\n": types.PortalContractDocumentsDocument,
    "\n  fragment PortalOfferFields on PortalOffer {\n    id\n    productName\n    state\n    premiumGross\n    validUntil\n    pdfUrl\n  }\n": types.PortalOfferFieldsFragmentDoc,
    "\n  mutation PortalAcceptInvitation($input: PortalAcceptInvitationInput!) {\n    portalAcceptInvitation(input: $input) {\n      status\n    }\n  }\n": types.PortalAcceptInvitationDocument,
    "\n  query PortalConsentsPage($clientId: ID!, $lang: String) {\n    portalMe {\n      id\n      readOnly\n    }\n    portalConsents(clientId: $clientId, lang: $lang) {\n      clientId\n      forms {\n        formId\n        code\n        versionId\n        version\n        title\n        body\n        clauses {\n          key\n          required\n          text\n        }\n        lastDecision\n        answeredVersion\n        pending\n        withdrawable\n        changes {\n          key\n          change\n          before\n          after\n        }\n      }\n      records {\n        id\n        seq\n        formCode\n        formTitle\n        version\n        decision\n        channel\n        stamp\n        validationString\n        verificationCode\n        pdfUrl\n      }\n    }\n  }\n": types.PortalConsentsPageDocument,
    "\n  mutation PortalGiveConsents($clientId: ID!, $forms: [PortalConsentFormAnswerInput!]!) {\n    portalGiveConsents(clientId: $clientId, forms: $forms) {\n      clientId\n    }\n  }\n": types.PortalGiveConsentsDocument,
    "\n  mutation PortalWithdrawConsent($clientId: ID!, $formId: ID!) {\n    portalWithdrawConsent(clientId: $clientId, formId: $formId) {\n      clientId\n    }\n  }\n": types.PortalWithdrawConsentDocument,
    "\n  query PortalHomePage($lang: String) {\n    portalHome(lang: $lang) {\n      clients {\n        id\n        displayName\n        prospect\n      }\n      contracts {\n        id\n        number\n        status\n        clientName\n        lineName\n        insurerName\n        coverEnd\n        premiumGross\n      }\n      openClaims {\n        id\n        lossDate\n        status\n        policyNumber\n      }\n      pendingForms {\n        clientId\n        formId\n        formCode\n        formTitle\n      }\n    }\n  }\n": types.PortalHomePageDocument,
    "\n  mutation PortalSignOut {\n    portalSignOut\n  }\n": types.PortalSignOutDocument,
    "\n  query PortalMessagesPage {\n    portalHome {\n      clients {\n        id\n        displayName\n      }\n    }\n    portalThreads {\n      id\n      clientId\n      subject\n      lastMessageAt\n      messages {\n        id\n        author\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n": types.PortalMessagesPageDocument,
    "\n  mutation PortalStartThreadPage($input: PortalStartThreadInput!) {\n    portalStartThread(input: $input) {\n      id\n    }\n  }\n": types.PortalStartThreadPageDocument,
    "\n  mutation PortalPostMessagePage($threadId: ID!, $body: String!) {\n    portalPostMessage(threadId: $threadId, body: $body) {\n      id\n    }\n  }\n": types.PortalPostMessagePageDocument,
    "\n  query PortalQuoteStart($lang: String) {\n    portalMe {\n      id\n      readOnly\n    }\n    portalHome {\n      clients {\n        id\n        displayName\n      }\n    }\n    portalQuoteProducts(lang: $lang) {\n      id\n      code\n      name\n      questions {\n        key\n        type\n        required\n        label\n        help\n        unit\n        min\n        max\n        options {\n          value\n          label\n        }\n        showWhen {\n          question\n          anyOf\n        }\n      }\n    }\n  }\n": types.PortalQuoteStartDocument,
    "\n  query PortalQuoteData($clientId: ID!, $lang: String) {\n    portalCard(clientId: $clientId) {\n      id\n      displayName\n      firstName\n      lastName\n      legalName\n      birthDate\n      taxCode\n      addresses {\n        id\n        kind\n        line1\n        postalCode\n        city\n        country\n      }\n      contacts {\n        id\n        kind\n        value\n      }\n    }\n    portalConsents(clientId: $clientId, lang: $lang) {\n      clientId\n      records {\n        id\n        formCode\n        formTitle\n        version\n        decision\n        stamp\n        validationString\n      }\n    }\n  }\n": types.PortalQuoteDataDocument,
    "\n  query PortalQuotePendingForms($clientId: ID!, $lang: String) {\n    portalConsents(clientId: $clientId, lang: $lang) {\n      clientId\n      forms {\n        formId\n        code\n        title\n        pending\n      }\n    }\n  }\n": types.PortalQuotePendingFormsDocument,
    "\n  mutation PortalRequestQuote($input: PortalQuoteRequestInput!) {\n    portalRequestQuote(input: $input) {\n      id\n      status\n    }\n  }\n": types.PortalRequestQuoteDocument,
    "\n  query PortalQuoteRequestsPage($lang: String) {\n    portalQuoteRequests(lang: $lang) {\n      id\n      clientName\n      productName\n      status\n      createdAt\n      answeredAt\n      offers {\n        ...PortalOfferFields\n      }\n    }\n  }\n": types.PortalQuoteRequestsPageDocument,
    "\n  mutation PortalRegister($input: PortalRegisterInput!) {\n    portalRegister(input: $input)\n  }\n": types.PortalRegisterDocument,
    "\n  query PortalSecurityPage {\n    portalMe {\n      id\n      email\n      readOnly\n      totpEnabled\n    }\n  }\n": types.PortalSecurityPageDocument,
    "\n  mutation PortalBeginTotp {\n    portalBeginTotp {\n      secret\n      qrCodeDataUrl\n    }\n  }\n": types.PortalBeginTotpDocument,
    "\n  mutation PortalConfirmTotp($code: String!) {\n    portalConfirmTotp(code: $code)\n  }\n": types.PortalConfirmTotpDocument,
    "\n  mutation PortalDisableTotp($code: String!) {\n    portalDisableTotp(code: $code)\n  }\n": types.PortalDisableTotpDocument,
    "\n  mutation PortalChangePassword($currentPassword: String!, $newPassword: String!) {\n    portalChangePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.PortalChangePasswordDocument,
    "\n  mutation PortalSignIn($input: PortalSignInInput!) {\n    portalSignIn(input: $input) {\n      status\n    }\n  }\n": types.PortalSignInDocument,
    "\n  mutation PortalVerifySecondFactor($code: String!) {\n    portalVerifySecondFactor(code: $code) {\n      status\n    }\n  }\n": types.PortalVerifySecondFactorDocument,
    "\n  mutation PortalVerifyEmail($token: String!, $password: String!) {\n    portalVerifyEmail(token: $token, password: $password) {\n      status\n    }\n  }\n": types.PortalVerifyEmailDocument,
    "\n  query PortalMe {\n    portalMe {\n      id\n      email\n      displayName\n      companyName\n      companyCode\n      companyCurrency\n      readOnly\n    }\n  }\n": types.PortalMeDocument,
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
export function graphql(source: "\n  query PortalClientOffers($clientId: ID!, $lang: String) {\n    portalOffers(clientId: $clientId, lang: $lang) {\n      ...PortalOfferFields\n    }\n  }\n"): (typeof documents)["\n  query PortalClientOffers($clientId: ID!, $lang: String) {\n    portalOffers(clientId: $clientId, lang: $lang) {\n      ...PortalOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalContractDocuments($policyId: ID!) {\n    portalContractDocuments(policyId: $policyId) {\n      id\n      fileName\n      sizeBytes\n      createdAt\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  query PortalContractDocuments($policyId: ID!) {\n    portalContractDocuments(policyId: $policyId) {\n      id\n      fileName\n      sizeBytes\n      createdAt\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalOfferFields on PortalOffer {\n    id\n    productName\n    state\n    premiumGross\n    validUntil\n    pdfUrl\n  }\n"): (typeof documents)["\n  fragment PortalOfferFields on PortalOffer {\n    id\n    productName\n    state\n    premiumGross\n    validUntil\n    pdfUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalAcceptInvitation($input: PortalAcceptInvitationInput!) {\n    portalAcceptInvitation(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalAcceptInvitation($input: PortalAcceptInvitationInput!) {\n    portalAcceptInvitation(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalConsentsPage($clientId: ID!, $lang: String) {\n    portalMe {\n      id\n      readOnly\n    }\n    portalConsents(clientId: $clientId, lang: $lang) {\n      clientId\n      forms {\n        formId\n        code\n        versionId\n        version\n        title\n        body\n        clauses {\n          key\n          required\n          text\n        }\n        lastDecision\n        answeredVersion\n        pending\n        withdrawable\n        changes {\n          key\n          change\n          before\n          after\n        }\n      }\n      records {\n        id\n        seq\n        formCode\n        formTitle\n        version\n        decision\n        channel\n        stamp\n        validationString\n        verificationCode\n        pdfUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalConsentsPage($clientId: ID!, $lang: String) {\n    portalMe {\n      id\n      readOnly\n    }\n    portalConsents(clientId: $clientId, lang: $lang) {\n      clientId\n      forms {\n        formId\n        code\n        versionId\n        version\n        title\n        body\n        clauses {\n          key\n          required\n          text\n        }\n        lastDecision\n        answeredVersion\n        pending\n        withdrawable\n        changes {\n          key\n          change\n          before\n          after\n        }\n      }\n      records {\n        id\n        seq\n        formCode\n        formTitle\n        version\n        decision\n        channel\n        stamp\n        validationString\n        verificationCode\n        pdfUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalGiveConsents($clientId: ID!, $forms: [PortalConsentFormAnswerInput!]!) {\n    portalGiveConsents(clientId: $clientId, forms: $forms) {\n      clientId\n    }\n  }\n"): (typeof documents)["\n  mutation PortalGiveConsents($clientId: ID!, $forms: [PortalConsentFormAnswerInput!]!) {\n    portalGiveConsents(clientId: $clientId, forms: $forms) {\n      clientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalWithdrawConsent($clientId: ID!, $formId: ID!) {\n    portalWithdrawConsent(clientId: $clientId, formId: $formId) {\n      clientId\n    }\n  }\n"): (typeof documents)["\n  mutation PortalWithdrawConsent($clientId: ID!, $formId: ID!) {\n    portalWithdrawConsent(clientId: $clientId, formId: $formId) {\n      clientId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalHomePage($lang: String) {\n    portalHome(lang: $lang) {\n      clients {\n        id\n        displayName\n        prospect\n      }\n      contracts {\n        id\n        number\n        status\n        clientName\n        lineName\n        insurerName\n        coverEnd\n        premiumGross\n      }\n      openClaims {\n        id\n        lossDate\n        status\n        policyNumber\n      }\n      pendingForms {\n        clientId\n        formId\n        formCode\n        formTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalHomePage($lang: String) {\n    portalHome(lang: $lang) {\n      clients {\n        id\n        displayName\n        prospect\n      }\n      contracts {\n        id\n        number\n        status\n        clientName\n        lineName\n        insurerName\n        coverEnd\n        premiumGross\n      }\n      openClaims {\n        id\n        lossDate\n        status\n        policyNumber\n      }\n      pendingForms {\n        clientId\n        formId\n        formCode\n        formTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignOut {\n    portalSignOut\n  }\n"): (typeof documents)["\n  mutation PortalSignOut {\n    portalSignOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMessagesPage {\n    portalHome {\n      clients {\n        id\n        displayName\n      }\n    }\n    portalThreads {\n      id\n      clientId\n      subject\n      lastMessageAt\n      messages {\n        id\n        author\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalMessagesPage {\n    portalHome {\n      clients {\n        id\n        displayName\n      }\n    }\n    portalThreads {\n      id\n      clientId\n      subject\n      lastMessageAt\n      messages {\n        id\n        author\n        authorName\n        body\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalStartThreadPage($input: PortalStartThreadInput!) {\n    portalStartThread(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalStartThreadPage($input: PortalStartThreadInput!) {\n    portalStartThread(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalPostMessagePage($threadId: ID!, $body: String!) {\n    portalPostMessage(threadId: $threadId, body: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalPostMessagePage($threadId: ID!, $body: String!) {\n    portalPostMessage(threadId: $threadId, body: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalQuoteStart($lang: String) {\n    portalMe {\n      id\n      readOnly\n    }\n    portalHome {\n      clients {\n        id\n        displayName\n      }\n    }\n    portalQuoteProducts(lang: $lang) {\n      id\n      code\n      name\n      questions {\n        key\n        type\n        required\n        label\n        help\n        unit\n        min\n        max\n        options {\n          value\n          label\n        }\n        showWhen {\n          question\n          anyOf\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalQuoteStart($lang: String) {\n    portalMe {\n      id\n      readOnly\n    }\n    portalHome {\n      clients {\n        id\n        displayName\n      }\n    }\n    portalQuoteProducts(lang: $lang) {\n      id\n      code\n      name\n      questions {\n        key\n        type\n        required\n        label\n        help\n        unit\n        min\n        max\n        options {\n          value\n          label\n        }\n        showWhen {\n          question\n          anyOf\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalQuoteData($clientId: ID!, $lang: String) {\n    portalCard(clientId: $clientId) {\n      id\n      displayName\n      firstName\n      lastName\n      legalName\n      birthDate\n      taxCode\n      addresses {\n        id\n        kind\n        line1\n        postalCode\n        city\n        country\n      }\n      contacts {\n        id\n        kind\n        value\n      }\n    }\n    portalConsents(clientId: $clientId, lang: $lang) {\n      clientId\n      records {\n        id\n        formCode\n        formTitle\n        version\n        decision\n        stamp\n        validationString\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalQuoteData($clientId: ID!, $lang: String) {\n    portalCard(clientId: $clientId) {\n      id\n      displayName\n      firstName\n      lastName\n      legalName\n      birthDate\n      taxCode\n      addresses {\n        id\n        kind\n        line1\n        postalCode\n        city\n        country\n      }\n      contacts {\n        id\n        kind\n        value\n      }\n    }\n    portalConsents(clientId: $clientId, lang: $lang) {\n      clientId\n      records {\n        id\n        formCode\n        formTitle\n        version\n        decision\n        stamp\n        validationString\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalQuotePendingForms($clientId: ID!, $lang: String) {\n    portalConsents(clientId: $clientId, lang: $lang) {\n      clientId\n      forms {\n        formId\n        code\n        title\n        pending\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalQuotePendingForms($clientId: ID!, $lang: String) {\n    portalConsents(clientId: $clientId, lang: $lang) {\n      clientId\n      forms {\n        formId\n        code\n        title\n        pending\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRequestQuote($input: PortalQuoteRequestInput!) {\n    portalRequestQuote(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalRequestQuote($input: PortalQuoteRequestInput!) {\n    portalRequestQuote(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalQuoteRequestsPage($lang: String) {\n    portalQuoteRequests(lang: $lang) {\n      id\n      clientName\n      productName\n      status\n      createdAt\n      answeredAt\n      offers {\n        ...PortalOfferFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalQuoteRequestsPage($lang: String) {\n    portalQuoteRequests(lang: $lang) {\n      id\n      clientName\n      productName\n      status\n      createdAt\n      answeredAt\n      offers {\n        ...PortalOfferFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRegister($input: PortalRegisterInput!) {\n    portalRegister(input: $input)\n  }\n"): (typeof documents)["\n  mutation PortalRegister($input: PortalRegisterInput!) {\n    portalRegister(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSecurityPage {\n    portalMe {\n      id\n      email\n      readOnly\n      totpEnabled\n    }\n  }\n"): (typeof documents)["\n  query PortalSecurityPage {\n    portalMe {\n      id\n      email\n      readOnly\n      totpEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalBeginTotp {\n    portalBeginTotp {\n      secret\n      qrCodeDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation PortalBeginTotp {\n    portalBeginTotp {\n      secret\n      qrCodeDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalConfirmTotp($code: String!) {\n    portalConfirmTotp(code: $code)\n  }\n"): (typeof documents)["\n  mutation PortalConfirmTotp($code: String!) {\n    portalConfirmTotp(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalDisableTotp($code: String!) {\n    portalDisableTotp(code: $code)\n  }\n"): (typeof documents)["\n  mutation PortalDisableTotp($code: String!) {\n    portalDisableTotp(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalChangePassword($currentPassword: String!, $newPassword: String!) {\n    portalChangePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation PortalChangePassword($currentPassword: String!, $newPassword: String!) {\n    portalChangePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignIn($input: PortalSignInInput!) {\n    portalSignIn(input: $input) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalSignIn($input: PortalSignInInput!) {\n    portalSignIn(input: $input) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalVerifySecondFactor($code: String!) {\n    portalVerifySecondFactor(code: $code) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalVerifySecondFactor($code: String!) {\n    portalVerifySecondFactor(code: $code) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalVerifyEmail($token: String!, $password: String!) {\n    portalVerifyEmail(token: $token, password: $password) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalVerifyEmail($token: String!, $password: String!) {\n    portalVerifyEmail(token: $token, password: $password) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMe {\n    portalMe {\n      id\n      email\n      displayName\n      companyName\n      companyCode\n      companyCurrency\n      readOnly\n    }\n  }\n"): (typeof documents)["\n  query PortalMe {\n    portalMe {\n      id\n      email\n      displayName\n      companyName\n      companyCode\n      companyCurrency\n      readOnly\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;