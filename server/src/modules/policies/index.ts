import './policy-client.extensions.js';
import './policy-documents.js';
import { PoliciesResolver } from './policies.resolver.js';
import { PolicyFieldsResolver, PolicyInstallmentFieldsResolver } from './policy-fields.resolver.js';
import { PolicyReferenceDataResolver } from './reference-data.resolver.js';
import { Insurer } from './insurer.entity.js';
import { LineOfBusiness } from './line-of-business.entity.js';
import { Policy } from './policy.entity.js';
import { PolicyInstallment } from './installment.entity.js';

export { policiesRules } from './policies.rules.js';

/** The policies module's resolvers (its client-card extension registers on import). */
export const POLICIES_RESOLVERS = [PoliciesResolver, PolicyFieldsResolver, PolicyInstallmentFieldsResolver, PolicyReferenceDataResolver] as const;

export const POLICIES_ENTITIES = [Insurer, LineOfBusiness, Policy, PolicyInstallment] as const;
