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
  /** For a new account: the name to greet you with. */
  displayName?: string | null | undefined;
  /** For a new account: the password to choose. */
  password?: string | null | undefined;
  token: string;
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

export type PortalAcceptInvitationMutationVariables = Exact<{
  input: PortalAcceptInvitationInput;
}>;


export type PortalAcceptInvitationMutation = { portalAcceptInvitation: { status: PortalSignInStatus } };

export type PortalHomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalHomePageQuery = { portalHome: { clients: Array<{ id: string, displayName: string, prospect: boolean }>, contracts: Array<{ id: string, number: string, status: PolicyStatus, clientName: string, lineName: string, insurerName: string, coverEnd: string, premiumGross: string | null }>, openClaims: Array<{ id: string, lossDate: string, status: ClaimStatus, policyNumber: string | null }>, pendingForms: Array<{ clientId: string, formCode: string }> } };

export type PortalSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type PortalSignOutMutation = { portalSignOut: boolean };

export type PortalRegisterMutationVariables = Exact<{
  input: PortalRegisterInput;
}>;


export type PortalRegisterMutation = { portalRegister: boolean };

export type PortalSignInMutationVariables = Exact<{
  input: PortalSignInInput;
}>;


export type PortalSignInMutation = { portalSignIn: { status: PortalSignInStatus } };

export type PortalVerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type PortalVerifyEmailMutation = { portalVerifyEmail: { status: PortalSignInStatus } };

export type PortalMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalMeQuery = { portalMe: { id: string, email: string, displayName: string, companyName: string, companyCode: string, readOnly: boolean } | null };


export const PortalAcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalAcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalAcceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalAcceptInvitationMutation, PortalAcceptInvitationMutationVariables>;
export const PortalHomePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalHomePage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"prospect"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"lineName"}},{"kind":"Field","name":{"kind":"Name","value":"insurerName"}},{"kind":"Field","name":{"kind":"Name","value":"coverEnd"}},{"kind":"Field","name":{"kind":"Name","value":"premiumGross"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lossDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"policyNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"formCode"}}]}}]}}]}}]} as unknown as DocumentNode<PortalHomePageQuery, PortalHomePageQueryVariables>;
export const PortalSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSignOut"}}]}}]} as unknown as DocumentNode<PortalSignOutMutation, PortalSignOutMutationVariables>;
export const PortalRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<PortalRegisterMutation, PortalRegisterMutationVariables>;
export const PortalSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalSignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalSignInMutation, PortalSignInMutationVariables>;
export const PortalVerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalVerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalVerifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PortalVerifyEmailMutation, PortalVerifyEmailMutationVariables>;
export const PortalMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"companyCode"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}}]}}]}}]} as unknown as DocumentNode<PortalMeQuery, PortalMeQueryVariables>;