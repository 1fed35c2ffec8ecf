import { registerEnumType } from 'type-graphql';

/** GraphQL enums of endorsements, renewals and insured persons/objects; the database stores the lower-case values. */
export enum InsuredPersonRole {
  INSURED = 'insured',
  DRIVER = 'driver',
  BENEFICIARY = 'beneficiary',
}

/** `vehicle` objects are the vehicles module's (policies/vehicles/). */
export enum InsuredObjectKind {
  ADDRESS = 'address',
  FREE = 'free',
}

export enum PolicyVersionKind {
  ISSUED = 'issued',
  ENDORSEMENT = 'endorsement',
  RENEWAL = 'renewal',
  /** A plain edit of the terms (updatePolicy): the policy as recorded was wrong. */
  CORRECTION = 'correction',
}

registerEnumType(InsuredPersonRole, { name: 'InsuredPersonRole' });
registerEnumType(InsuredObjectKind, { name: 'InsuredObjectKind', description: 'address: one of the policyholder\'s addresses (a risk location); free: any object with a description.' });
registerEnumType(PolicyVersionKind, { name: 'PolicyVersionKind' });
