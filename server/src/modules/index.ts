import type { NonEmptyArray } from 'type-graphql';
import type { RuleMap } from '../core/rules.js';
import { AuthResolver, SessionFieldsResolver } from './base/auth/auth.resolver.js';
import { authRules } from './base/auth/auth.rules.js';
import { UsersResolver } from './base/users/users.resolver.js';
import { usersRules } from './base/users/users.rules.js';
import { RolesResolver } from './base/roles/roles.resolver.js';
import { rolesRules } from './base/roles/roles.rules.js';
import { CompaniesResolver } from './base/companies/companies.resolver.js';
import { companiesRules } from './base/companies/companies.rules.js';
import { SupportResolver } from './base/support/support.resolver.js';
import { supportRules } from './base/support/support.rules.js';
import { AuditResolver } from './base/audit/audit.resolver.js';
import { AuditEventFieldsResolver } from './base/audit/audit-event.fields.js';
import { auditRules } from './base/audit/audit.rules.js';
import { DashboardResolver } from './base/dashboard/dashboard.resolver.js';
import { dashboardRules } from './base/dashboard/dashboard.rules.js';
import { OutboxResolver } from './mail/outbox.resolver.js';
import { mailRules } from './mail/mail.rules.js';
import { CLIENTS_RESOLVERS, clientsRules } from './clients/index.js';
import { POLICIES_RESOLVERS, policiesRules } from './policies/index.js';
import { VEHICLES_RESOLVERS, vehiclesRules } from './policies/vehicles/index.js';
import { CLAIMS_RESOLVERS, claimsRules } from './claims/index.js';
import { CONSENTS_RESOLVERS, consentsRules } from './consents/index.js';
import { PRODUCTS_RESOLVERS, productsRules } from './products/index.js';
import { LEDGER_RESOLVERS, ledgerRules } from './ledger/index.js';
import { BILLING_RESOLVERS, billingRules } from './billing/index.js';
import { PAYMENTS_RESOLVERS, paymentsRules } from './payments/index.js';
import { DocumentsResolver } from './documents/documents.resolver.js';
import { documentsRules } from './documents/documents.rules.js';
import { PORTAL_STAFF_RESOLVERS, portalStaffRules } from './portal/index.js';
import { BANKING_RESOLVERS, bankingRules } from './banking/index.js';
import { RIBA_RESOLVERS } from './banking/index.js';
import { BankTransactionFields, StatementResolver, statementRules } from './banking/index.js';

/** Every module's resolvers and permission rules; a new module adds one line to each list. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  SessionFieldsResolver,
  UsersResolver,
  RolesResolver,
  CompaniesResolver,
  SupportResolver,
  AuditResolver,
  AuditEventFieldsResolver,
  DashboardResolver,
  OutboxResolver,
  ...CLIENTS_RESOLVERS,
  ...POLICIES_RESOLVERS,
  ...VEHICLES_RESOLVERS,
  ...CLAIMS_RESOLVERS,
  ...CONSENTS_RESOLVERS,
  ...PRODUCTS_RESOLVERS,
  ...LEDGER_RESOLVERS,
  ...BILLING_RESOLVERS,
  ...PAYMENTS_RESOLVERS,
  DocumentsResolver,
  ...PORTAL_STAFF_RESOLVERS,
  ...BANKING_RESOLVERS,
  ...RIBA_RESOLVERS,
  StatementResolver,
  BankTransactionFields,
];

export const RULES: RuleMap[] = [authRules, usersRules, rolesRules, companiesRules, supportRules, auditRules, dashboardRules, mailRules, clientsRules, policiesRules, vehiclesRules, claimsRules, consentsRules, productsRules, documentsRules, ledgerRules, billingRules, paymentsRules, portalStaffRules, bankingRules,
  statementRules];
