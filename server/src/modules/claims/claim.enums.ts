import { registerEnumType } from 'type-graphql';

/** GraphQL enums of the claims module; the database stores the lower-case values. */
export enum ClaimStatus {
  REPORTED = 'reported',
  IN_REVIEW = 'in_review',
  SETTLED = 'settled',
  REJECTED = 'rejected',
  CLOSED = 'closed',
}

export enum ClaimPartyRole {
  COUNTERPARTY = 'counterparty',
  INJURED = 'injured',
  WITNESS = 'witness',
  DRIVER = 'driver',
  OTHER = 'other',
}

export enum ClaimMoneyKind {
  RESERVE = 'reserve',
  PAYMENT = 'payment',
}

registerEnumType(ClaimStatus, { name: 'ClaimStatus', description: 'Workflow of a claim; allowed moves: claimStatusTransitions.' });
registerEnumType(ClaimPartyRole, { name: 'ClaimPartyRole' });
registerEnumType(ClaimMoneyKind, { name: 'ClaimMoneyKind', description: 'reserve: sets the reserve to a new amount; payment: an amount paid.' });
