import './client-core.extensions.js';
import { ClientsResolver } from './clients.resolver.js';
import { ClientCardResolver } from './client-card.resolver.js';
import { ClientLifecycleResolver } from './client-lifecycle.resolver.js';
import { ClientFieldsResolver, HouseholdMemberFieldsResolver, IdentityDocumentFieldsResolver } from './client-fields.resolver.js';
import { ClientHistoryResolver } from './client-history.js';
import { ClientPersonalFieldsResolver } from './client-personal-fields.resolver.js';
import { Client } from './client.entity.js';
import { ClientAddress } from './address.entity.js';
import { ClientContact } from './contact.entity.js';
import { ClientBankAccount } from './bank-account.entity.js';
import { IdentityDocument } from './identity-document.entity.js';
import { HouseholdMember } from './household-member.entity.js';
import { ServiceEntry } from './service-entry.entity.js';

export { clientsRules } from './client.rules.js';

/** The clients module's resolvers (its built-in extensions — documents, service entries, contact history — register on import). */
export const CLIENTS_RESOLVERS = [ClientsResolver, ClientCardResolver, ClientLifecycleResolver, ClientFieldsResolver, HouseholdMemberFieldsResolver, IdentityDocumentFieldsResolver, ClientHistoryResolver, ClientPersonalFieldsResolver] as const;

export const CLIENTS_ENTITIES = [Client, ClientAddress, ClientContact, ClientBankAccount, IdentityDocument, HouseholdMember, ServiceEntry] as const;
export { searchDictionaryJobs } from './search-dictionary.job.js';
