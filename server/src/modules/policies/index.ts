import './policy-client.extensions.js';
import './policy-insured.extensions.js';
import './policy-documents.js';
import { PoliciesResolver } from './policies.resolver.js';
import { PolicyFieldsResolver, PolicyInstallmentFieldsResolver } from './policy-fields.resolver.js';
import { PolicyReferenceDataResolver } from './reference-data.resolver.js';
import { PolicyChangesResolver } from './policy-changes.resolver.js';
import {
  PolicyChangesFieldsResolver,
  PolicyInsuredObjectFieldsResolver,
  PolicyInsuredPersonFieldsResolver,
  PolicyVersionFieldsResolver,
} from './policy-changes-fields.resolver.js';
import { PolicyAuditResolver } from './policy-audit.js';
import { PolicyClientTabsResolver } from './policy-client-tabs.js';
import { PoliciesDashboardResolver } from './policies-dashboard.resolver.js';
import { Insurer } from './insurer.entity.js';
import { LineOfBusiness } from './line-of-business.entity.js';
import { Policy } from './policy.entity.js';
import { PolicyInstallment } from './installment.entity.js';
import { PolicyVersion } from './policy-version.entity.js';
import { PolicyInsuredPerson } from './insured-person.entity.js';
import { PolicyInsuredObject } from './insured-object.entity.js';

export { policiesRules } from './policies.rules.js';

/** The policies module's resolvers (its client-card extensions and audit subject register on import). */
export const POLICIES_RESOLVERS = [
  PoliciesResolver,
  PolicyFieldsResolver,
  PolicyInstallmentFieldsResolver,
  PolicyReferenceDataResolver,
  PolicyChangesResolver,
  PolicyChangesFieldsResolver,
  PolicyVersionFieldsResolver,
  PolicyInsuredPersonFieldsResolver,
  PolicyInsuredObjectFieldsResolver,
  PolicyAuditResolver,
  PolicyClientTabsResolver,
  PoliciesDashboardResolver,
] as const;

export const POLICIES_ENTITIES = [Insurer, LineOfBusiness, Policy, PolicyInstallment, PolicyVersion, PolicyInsuredPerson, PolicyInsuredObject] as const;
