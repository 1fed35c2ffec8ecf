import { Company } from '../modules/base/companies/company.entity.js';
import { User } from '../modules/base/users/user.entity.js';
import { Membership } from '../modules/base/users/membership.entity.js';
import { Role } from '../modules/base/roles/role.entity.js';
import { LoginEvent, PasswordResetToken, UserSession } from '../modules/base/auth/session.entity.js';
import { SupportGrant } from '../modules/base/support/support-grant.entity.js';
import { AuditEvent } from '../modules/base/audit/audit-event.entity.js';
import { OutboxMessage } from '../modules/mail/outbox-message.entity.js';
import { Client } from '../modules/clients/client.entity.js';
import { ClientAddress } from '../modules/clients/address.entity.js';
import { ClientContact } from '../modules/clients/contact.entity.js';
import { ClientBankAccount } from '../modules/clients/bank-account.entity.js';
import { IdentityDocument } from '../modules/clients/identity-document.entity.js';
import { HouseholdMember } from '../modules/clients/household-member.entity.js';
import { ServiceEntry } from '../modules/clients/service-entry.entity.js';
import { POLICIES_ENTITIES } from '../modules/policies/index.js';
import { VEHICLES_ENTITIES } from '../modules/policies/vehicles/index.js';
import { CLAIMS_ENTITIES } from '../modules/claims/index.js';
import { CONSENTS_ENTITIES } from '../modules/consents/index.js';
import { PRODUCTS_ENTITIES } from '../modules/products/index.js';
import { PORTAL_ENTITIES } from '../modules/portal/index.js';
import { StoredDocument } from '../modules/documents/document.entity.js';

/** Every entity of the platform; modules add theirs here. */
export const ENTITIES = [
  Company,
  User,
  Membership,
  Role,
  UserSession,
  PasswordResetToken,
  LoginEvent,
  SupportGrant,
  AuditEvent,
  OutboxMessage,
  Client,
  ClientAddress,
  ClientContact,
  ClientBankAccount,
  IdentityDocument,
  HouseholdMember,
  ServiceEntry,
  StoredDocument,
  ...POLICIES_ENTITIES,
  ...VEHICLES_ENTITIES,
  ...CLAIMS_ENTITIES,
  ...CONSENTS_ENTITIES,
  ...PRODUCTS_ENTITIES,
  ...PORTAL_ENTITIES,
];
