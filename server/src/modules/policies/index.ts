import './policy-client.extensions.js';
import './policy-documents.js';
import type { RuleMap } from '../../core/rules.js';
import { can } from '../../core/rules.js';
import { PoliciesResolver } from './policies.resolver.js';
import { PolicyFieldsResolver, PolicyInstallmentFieldsResolver } from './policy-fields.resolver.js';
import { PolicyReferenceDataResolver } from './reference-data.resolver.js';
import { PolicyClientTabsResolver } from './policy-client-tabs.js';
import { PolicyHistoryResolver } from './policy-history.js';
import { PoliciesDashboardResolver } from './policies-dashboard.resolver.js';
import { policiesRules as coreRules } from './policies.rules.js';
import { Insurer } from './insurer.entity.js';
import { LineOfBusiness } from './line-of-business.entity.js';
import { Policy } from './policy.entity.js';
import { PolicyInstallment } from './installment.entity.js';

/** The module's rules: policies.rules.ts and the client tabs, history and dashboard (policies:view). */
export const policiesRules: RuleMap = {
  ...coreRules,
  Query: { ...coreRules.Query, policyAuditTrail: can('policies', 'view'), policiesDashboard: can('policies', 'view') },
};

/** The policies module's resolvers (its client-card extension registers on import). */
export const POLICIES_RESOLVERS = [PoliciesResolver, PolicyFieldsResolver, PolicyInstallmentFieldsResolver, PolicyReferenceDataResolver, PolicyClientTabsResolver, PolicyHistoryResolver, PoliciesDashboardResolver] as const;

export const POLICIES_ENTITIES = [Insurer, LineOfBusiness, Policy, PolicyInstallment] as const;
