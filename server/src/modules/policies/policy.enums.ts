import { registerEnumType } from 'type-graphql';

/** GraphQL enums of the policies module; the database stores the lower-case values. */
export enum PolicyStatus {
  REQUEST = 'request',
  OFFER = 'offer',
  APPLICATION = 'application',
  POLICY = 'policy',
  OWN = 'own',
  FOREIGN = 'foreign',
  FOREIGN_PART = 'foreign_part',
  BLOCKED = 'blocked',
  INFO = 'info',
  DORMANT = 'dormant',
  CANCELLED = 'cancelled',
}

export enum PaymentFrequency {
  ANNUAL = 'annual',
  SEMI_ANNUAL = 'semi_annual',
  QUARTERLY = 'quarterly',
  MONTHLY = 'monthly',
  SINGLE = 'single',
}

/** The ten lines of business every company gets (names per country: lines-of-business.ts). */
export enum LineCode {
  MOTOR_LIABILITY = 'motor_liability',
  MOTOR_OWN_DAMAGE = 'motor_own_damage',
  HOME = 'home',
  LIABILITY = 'liability',
  ACCIDENT = 'accident',
  HEALTH = 'health',
  LIFE = 'life',
  LEGAL_PROTECTION = 'legal_protection',
  TRAVEL = 'travel',
  BUSINESS_MULTI_RISK = 'business_multi_risk',
}

registerEnumType(PolicyStatus, { name: 'PolicyStatus', description: 'Life cycle of a policy; allowed transitions: policyStatusTransitions.' });
registerEnumType(PaymentFrequency, { name: 'PaymentFrequency' });
registerEnumType(LineCode, { name: 'LineOfBusinessCode' });
