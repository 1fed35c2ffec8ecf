/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActivityInput = {
  /** In the classification of the client's tax country: SBI (NL, 10711), WZ (DE, 10.71.0), PKD (PL, 10.71.Z), ATECO (IT, 10.71.10); NACE (10.71) everywhere. */
  activityCode?: string | null | undefined;
  activityDescription?: string | null | undefined;
  employer?: string | null | undefined;
  /** A person among the clients of the same company. */
  legalRepresentativeId?: string | number | null | undefined;
  legalRepresentativeName?: string | null | undefined;
  occupation?: string | null | undefined;
  registryNumber?: string | null | undefined;
};

export type AddressInput = {
  city: string;
  country?: string | null | undefined;
  /** An existing address to update; none: a new one. */
  id?: string | number | null | undefined;
  kind: AddressKind;
  label?: string | null | undefined;
  line1: string;
  line2?: string | null | undefined;
  postalCode: string;
  province?: string | null | undefined;
};

export type AddressKind =
  | 'BILLING'
  | 'DOMICILE'
  | 'OTHER'
  | 'RESIDENCE'
  | 'RISK';

export type BankAccountInput = {
  bankName?: string | null | undefined;
  bic?: string | null | undefined;
  holder: string;
  iban: string;
  id?: string | number | null | undefined;
  preferred?: boolean | null | undefined;
  sepaMandateDate?: string | null | undefined;
  sepaMandateRef?: string | null | undefined;
};

/** Workflow of a claim; allowed moves: claimStatusTransitions. */
export type ClaimStatus =
  | 'CLOSED'
  | 'IN_REVIEW'
  | 'REJECTED'
  | 'REPORTED'
  | 'SETTLED';

/** Natural person or legal entity (company, association). */
export type ClientKind =
  | 'ENTITY'
  | 'PERSON';

export type ContactInput = {
  id?: string | number | null | undefined;
  kind: ContactKind;
  label?: string | null | undefined;
  preferred?: boolean | null | undefined;
  value: string;
};

/** PEC: Italian certified e-mail. */
export type ContactKind =
  | 'EMAIL'
  | 'PEC'
  | 'PHONE';

export type FamilyInput = {
  maritalStatus?: MaritalStatus | null | undefined;
  members: Array<HouseholdMemberInput>;
};

export type Gender =
  | 'F'
  | 'M'
  | 'X';

export type HouseholdMemberInput = {
  birthDate?: string | null | undefined;
  dependent?: boolean | null | undefined;
  id?: string | number | null | undefined;
  /** A client of the same company. */
  memberClientId?: string | number | null | undefined;
  name?: string | null | undefined;
  relation: HouseholdRelation;
};

export type HouseholdRelation =
  | 'CHILD'
  | 'OTHER'
  | 'PARENT'
  | 'PARTNER'
  | 'SIBLING'
  | 'SPOUSE';

export type MaritalStatus =
  | 'CIVIL_UNION'
  | 'COHABITING'
  | 'DIVORCED'
  | 'MARRIED'
  | 'SEPARATED'
  | 'SINGLE'
  | 'WIDOWED';

/** Life cycle of a policy; allowed transitions: policyStatusTransitions. */
export type PolicyStatus =
  | 'APPLICATION'
  | 'BLOCKED'
  | 'CANCELLED'
  | 'DORMANT'
  | 'FOREIGN'
  | 'FOREIGN_PART'
  | 'INFO'
  | 'OFFER'
  | 'OWN'
  | 'POLICY'
  | 'REQUEST';

export type PortalAcceptInvitationInput = {
  bearer?: boolean | null | undefined;
  /** For a new account (or one whose address was never verified): the name to greet you with. */
  displayName?: string | null | undefined;
  /** For a new account (or one whose address was never verified, whose password it replaces): the password to choose. */
  password?: string | null | undefined;
  token: string;
};

/** A clause answered yes or no. */
export type PortalConsentAnswerInput = {
  accepted: boolean;
  key: string;
};

/** The answers to one form's current version. */
export type PortalConsentFormAnswerInput = {
  answers: Array<PortalConsentAnswerInput>;
  formVersionId: string | number;
};

/** The new card: the kind first, the registry fields, then any area (validated as on the staff side). Always a prospect. */
export type PortalNewClientInput = {
  activity?: ActivityInput | null | undefined;
  addresses?: Array<AddressInput> | null | undefined;
  bankAccounts?: Array<BankAccountInput> | null | undefined;
  birthCountry?: string | null | undefined;
  /** YYYY-MM-DD */
  birthDate?: string | null | undefined;
  birthPlace?: string | null | undefined;
  /** Italian province (sigla); only for persons born in Italy. */
  birthProvince?: string | null | undefined;
  citizenship?: string | null | undefined;
  contacts?: Array<ContactInput> | null | undefined;
  family?: FamilyInput | null | undefined;
  firstName?: string | null | undefined;
  gender?: Gender | null | undefined;
  kind: ClientKind;
  lastName?: string | null | undefined;
  legalForm?: string | null | undefined;
  legalName?: string | null | undefined;
  /** Surname prefix (tussenvoegsel): "de", "van der", "von". */
  namePrefix?: string | null | undefined;
  noLocalTaxId?: boolean | null | undefined;
  noLocalTaxIdReason?: string | null | undefined;
  preferredLocale?: string | null | undefined;
  taxCode?: string | null | undefined;
  /** Default: the company's country. */
  taxCountry?: string | null | undefined;
  vatNumber?: string | null | undefined;
};

/** An address answer. */
export type PortalQuoteAddressInput = {
  city: string;
  /** Two-letter country code. */
  country: string;
  postalCode: string;
  street: string;
};

/** An answer: `value` for one value, `values` for a multiple choice, `address` for an address. */
export type PortalQuoteAnswerInput = {
  address?: PortalQuoteAddressInput | null | undefined;
  question: string;
  value?: string | null | undefined;
  values?: Array<string> | null | undefined;
};

/** A quote request for a client the user's grants cover, after confirming the card's data and the consents. */
export type PortalQuoteRequestInput = {
  answers: Array<PortalQuoteAnswerInput>;
  clientId: string | number;
  /** The client confirmed its consents as shown, with their stamps. */
  confirmConsents: boolean;
  /** The client confirmed the data of its card as shown. */
  confirmData: boolean;
  note?: string | null | undefined;
  productId: string | number;
};

export type PortalRegisterInput = {
  client: PortalNewClientInput;
  /** The agency's company code. */
  company: string;
  /** Default: the name on the card. */
  displayName?: string | null | undefined;
  email: string;
  password: string;
};

export type PortalSignInInput = {
  bearer?: boolean | null | undefined;
  /** The agency's company code (the portal's address names it). */
  company: string;
  email: string;
  password: string;
};

/** LINKED: an existing account received the grant; sign in to use it. */
export type PortalSignInStatus =
  | 'LINKED'
  | 'SECOND_FACTOR_REQUIRED'
  | 'SIGNED_IN';

export type PortalStartThreadInput = {
  body: string;
  /** The claim the thread is about (one the user sees). */
  claimId?: string | number | null | undefined;
  clientId: string | number;
  subject: string;
};

export type PortalClientOffersQueryVariables = Exact<{
  clientId: string | number;
  lang?: string | null | undefined;
}>;


export type PortalClientOffersQuery = { portalOffers: Array<{ id: string, productName: string, state: string, premiumGross: string, validUntil: string, pdfUrl: string }> };

export type PortalContractDocumentsQueryVariables = Exact<{
  policyId: string | number;
}>;


export type PortalContractDocumentsQuery = { portalContractDocuments: Array<{ id: string, fileName: string, sizeBytes: number, createdAt: string, downloadUrl: string }> };

export type PortalOfferFieldsFragment = { id: string, productName: string, state: string, premiumGross: string, validUntil: string, pdfUrl: string };

export type PortalAcceptInvitationMutationVariables = Exact<{
  input: PortalAcceptInvitationInput;
}>;


export type PortalAcceptInvitationMutation = { portalAcceptInvitation: { status: PortalSignInStatus } };

export type PortalConsentsPageQueryVariables = Exact<{
  clientId: string | number;
  lang?: string | null | undefined;
}>;


export type PortalConsentsPageQuery = { portalMe: { id: string, readOnly: boolean } | null, portalConsents: { clientId: string, forms: Array<{ formId: string, code: string, versionId: string, version: number, title: string, body: string, lastDecision: string | null, answeredVersion: number | null, pending: boolean, withdrawable: boolean, clauses: Array<{ key: string, required: boolean, text: string }>, changes: Array<{ key: string, change: string, before: string | null, after: string | null }> }>, records: Array<{ id: string, seq: number, formCode: string, formTitle: string, version: number, decision: string, channel: string, stamp: string, validationString: string, verificationCode: string, pdfUrl: string | null }> } };

export type PortalGiveConsentsMutationVariables = Exact<{
  clientId: string | number;
  forms: Array<PortalConsentFormAnswerInput> | PortalConsentFormAnswerInput;
}>;


export type PortalGiveConsentsMutation = { portalGiveConsents: { clientId: string } };

export type PortalWithdrawConsentMutationVariables = Exact<{
  clientId: string | number;
  formId: string | number;
}>;


export type PortalWithdrawConsentMutation = { portalWithdrawConsent: { clientId: string } };

export type PortalHomePageQueryVariables = Exact<{
  lang?: string | null | undefined;
}>;


export type PortalHomePageQuery = { portalHome: { clients: Array<{ id: string, displayName: string, prospect: boolean }>, contracts: Array<{ id: string, number: string, status: PolicyStatus, clientName: string, lineName: string, insurerName: string, coverEnd: string, premiumGross: string | null }>, openClaims: Array<{ id: string, lossDate: string, status: ClaimStatus, policyNumber: string | null }>, pendingForms: Array<{ clientId: string, formId: string, formCode: string, formTitle: string }> } };

export type PortalSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type PortalSignOutMutation = { portalSignOut: boolean };

export type PortalMessagesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMessagesPageQuery = { portalHome: { clients: Array<{ id: string, displayName: string }> }, portalThreads: Array<{ id: string, clientId: string, subject: string, lastMessageAt: string, messages: Array<{ id: string, author: string, authorName: string, body: string, createdAt: string }> }> };

export type PortalStartThreadPageMutationVariables = Exact<{
  input: PortalStartThreadInput;
}>;


export type PortalStartThreadPageMutation = { portalStartThread: { id: string } };

export type PortalPostMessagePageMutationVariables = Exact<{
  threadId: string | number;
  body: string;
}>;


export type PortalPostMessagePageMutation = { portalPostMessage: { id: string } };

export type PortalQuoteStartQueryVariables = Exact<{
  lang?: string | null | undefined;
}>;


export type PortalQuoteStartQuery = { portalMe: { id: string, readOnly: boolean } | null, portalHome: { clients: Array<{ id: string, displayName: string }> }, portalQuoteProducts: Array<{ id: string, code: string, name: string, questions: Array<{ key: string, type: string, required: boolean, label: string, help: string | null, unit: string | null, min: string | null, max: string | null, options: Array<{ value: string, label: string }> | null, showWhen: { question: string, anyOf: Array<string> } | null }> }> };

export type PortalQuoteDataQueryVariables = Exact<{
  clientId: string | number;
  lang?: string | null | undefined;
}>;


export type PortalQuoteDataQuery = { portalCard: { id: string, displayName: string, firstName: string | null, lastName: string | null, legalName: string | null, birthDate: string | null, taxCode: string | null, addresses: Array<{ id: string, kind: string, line1: string, postalCode: string, city: string, country: string }>, contacts: Array<{ id: string, kind: string, value: string }> }, portalConsents: { clientId: string, records: Array<{ id: string, formCode: string, formTitle: string, version: number, decision: string, stamp: string, validationString: string }> } };

export type PortalQuotePendingFormsQueryVariables = Exact<{
  clientId: string | number;
  lang?: string | null | undefined;
}>;


export type PortalQuotePendingFormsQuery = { portalConsents: { clientId: string, forms: Array<{ formId: string, code: string, title: string, pending: boolean }> } };

export type PortalRequestQuoteMutationVariables = Exact<{
  input: PortalQuoteRequestInput;
}>;


export type PortalRequestQuoteMutation = { portalRequestQuote: { id: string, status: string } };

export type PortalQuoteRequestsPageQueryVariables = Exact<{
  lang?: string | null | undefined;
}>;


export type PortalQuoteRequestsPageQuery = { portalQuoteRequests: Array<{ id: string, clientName: string, productName: string, status: string, createdAt: string, answeredAt: string | null, offers: Array<{ id: string, productName: string, state: string, premiumGross: string, validUntil: string, pdfUrl: string }> }> };

export type PortalRegisterMutationVariables = Exact<{
  input: PortalRegisterInput;
}>;


export type PortalRegisterMutation = { portalRegister: boolean };

export type PortalSecurityPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalSecurityPageQuery = { portalMe: { id: string, email: string, readOnly: boolean, totpEnabled: boolean } | null };

export type PortalBeginTotpMutationVariables = Exact<{ [key: string]: never; }>;


export type PortalBeginTotpMutation = { portalBeginTotp: { secret: string, qrCodeDataUrl: string } };

export type PortalConfirmTotpMutationVariables = Exact<{
  code: string;
}>;


export type PortalConfirmTotpMutation = { portalConfirmTotp: boolean };

export type PortalDisableTotpMutationVariables = Exact<{
  code: string;
}>;


export type PortalDisableTotpMutation = { portalDisableTotp: boolean };

export type PortalChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type PortalChangePasswordMutation = { portalChangePassword: boolean };

export type PortalSignInMutationVariables = Exact<{
  input: PortalSignInInput;
}>;


export type PortalSignInMutation = { portalSignIn: { status: PortalSignInStatus } };

export type PortalVerifySecondFactorMutationVariables = Exact<{
  code: string;
}>;


export type PortalVerifySecondFactorMutation = { portalVerifySecondFactor: { status: PortalSignInStatus } };

export type PortalVerifyEmailMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type PortalVerifyEmailMutation = { portalVerifyEmail: { status: PortalSignInStatus } };

export type PortalMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMeQuery = { portalMe: { id: string, email: string, displayName: string, companyName: string, companyCode: string, companyCurrency: string, readOnly: boolean } | null };

export const PortalOfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"premiumGross"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]} as unknown as DocumentNode<PortalOfferFieldsFragment, unknown>;
export const PortalClientOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalClientOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"premiumGross"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]} as unknown as DocumentNode<PortalClientOffersQuery, PortalClientOffersQueryVariables>;
export const PortalContractDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalContractDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalContractDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]} as unknown as DocumentNode<PortalContractDocumentsQuery, PortalContractDocumentsQueryVariables>;
export const PortalAcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalAcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalAcceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalAcceptInvitationMutation, PortalAcceptInvitationMutationVariables>;
export const PortalConsentsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalConsentsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"forms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"clauses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastDecision"}},{"kind":"Field","name":{"kind":"Name","value":"answeredVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawable"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"formCode"}},{"kind":"Field","name":{"kind":"Name","value":"formTitle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"stamp"}},{"kind":"Field","name":{"kind":"Name","value":"validationString"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]}}]}}]} as unknown as DocumentNode<PortalConsentsPageQuery, PortalConsentsPageQueryVariables>;
export const PortalGiveConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalGiveConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forms"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalConsentFormAnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalGiveConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"forms"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forms"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}}]}}]} as unknown as DocumentNode<PortalGiveConsentsMutation, PortalGiveConsentsMutationVariables>;
export const PortalWithdrawConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalWithdrawConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"formId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalWithdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"formId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"formId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}}]}}]} as unknown as DocumentNode<PortalWithdrawConsentMutation, PortalWithdrawConsentMutationVariables>;
export const PortalHomePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalHomePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalHome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"prospect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"insurerName"}},{"kind":"Field","name":{"kind":"Name","value":"coverEnd"}},{"kind":"Field","name":{"kind":"Name","value":"premiumGross"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lossDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policyNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"formCode"}},{"kind":"Field","name":{"kind":"Name","value":"formTitle"}}]}}]}}]}}]} as unknown as DocumentNode<PortalHomePageQuery, PortalHomePageQueryVariables>;
export const PortalSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSignOut"}}]}}]} as unknown as DocumentNode<PortalSignOutMutation, PortalSignOutMutationVariables>;
export const PortalMessagesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMessagesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalThreads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<PortalMessagesPageQuery, PortalMessagesPageQueryVariables>;
export const PortalStartThreadPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalStartThreadPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalStartThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalStartThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalStartThreadPageMutation, PortalStartThreadPageMutationVariables>;
export const PortalPostMessagePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalPostMessagePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalPostMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalPostMessagePageMutation, PortalPostMessagePageMutationVariables>;
export const PortalQuoteStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalQuoteStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalQuoteProducts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"help"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"showWhen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"anyOf"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalQuoteStartQuery, PortalQuoteStartQueryVariables>;
export const PortalQuoteDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalQuoteData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formCode"}},{"kind":"Field","name":{"kind":"Name","value":"formTitle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"stamp"}},{"kind":"Field","name":{"kind":"Name","value":"validationString"}}]}}]}}]}}]} as unknown as DocumentNode<PortalQuoteDataQuery, PortalQuoteDataQueryVariables>;
export const PortalQuotePendingFormsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalQuotePendingForms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"forms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}}]}}]} as unknown as DocumentNode<PortalQuotePendingFormsQuery, PortalQuotePendingFormsQueryVariables>;
export const PortalRequestQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRequestQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalQuoteRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalRequestQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalRequestQuoteMutation, PortalRequestQuoteMutationVariables>;
export const PortalQuoteRequestsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalQuoteRequestsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalQuoteRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOfferFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"premiumGross"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]} as unknown as DocumentNode<PortalQuoteRequestsPageQuery, PortalQuoteRequestsPageQueryVariables>;
export const PortalRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<PortalRegisterMutation, PortalRegisterMutationVariables>;
export const PortalSecurityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalSecurityPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"totpEnabled"}}]}}]}}]} as unknown as DocumentNode<PortalSecurityPageQuery, PortalSecurityPageQueryVariables>;
export const PortalBeginTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalBeginTotp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalBeginTotp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeDataUrl"}}]}}]}}]} as unknown as DocumentNode<PortalBeginTotpMutation, PortalBeginTotpMutationVariables>;
export const PortalConfirmTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalConfirmTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalConfirmTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<PortalConfirmTotpMutation, PortalConfirmTotpMutationVariables>;
export const PortalDisableTotpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalDisableTotp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalDisableTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<PortalDisableTotpMutation, PortalDisableTotpMutationVariables>;
export const PortalChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalChangePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<PortalChangePasswordMutation, PortalChangePasswordMutationVariables>;
export const PortalSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalSignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalSignInMutation, PortalSignInMutationVariables>;
export const PortalVerifySecondFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalVerifySecondFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalVerifySecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalVerifySecondFactorMutation, PortalVerifySecondFactorMutationVariables>;
export const PortalVerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalVerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalVerifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalVerifyEmailMutation, PortalVerifyEmailMutationVariables>;
export const PortalMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyCode"}},{"kind":"Field","name":{"kind":"Name","value":"companyCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}}]}}]}}]} as unknown as DocumentNode<PortalMeQuery, PortalMeQueryVariables>;