import { and } from 'graphql-shield';
import { can, isSignedIn, type RuleMap } from '../../core/rules.js';

/** Every operation of the clients module and its right (deny by default for anything else). */
export const clientsRules: RuleMap = {
  Query: {
    clients: can('clients', 'view'),
    client: can('clients', 'view'),
    searchClients: can('clients', 'view'),
    clientDuplicates: can('clients', 'view'),
    clientsDashboard: can('clients', 'view'),
    // the card's own trail: clients:view is enough (client-history.ts says why)
    clientAuditTrail: can('clients', 'view'),
    // any signed-in user: answers only with companies the user may enter and view clients in
    clientLocation: isSignedIn,
  },
  Mutation: {
    createClient: can('clients', 'create'),
    updateClientRegistry: can('clients', 'edit'),
    setClientAddresses: can('clients', 'edit'),
    setClientContacts: can('clients', 'edit'),
    setClientBankAccounts: can('clients', 'edit'),
    setClientIdentityDocuments: can('clients', 'edit'),
    setClientFamily: can('clients', 'edit'),
    setClientActivity: can('clients', 'edit'),
    setClientStatus: can('clients', 'edit'),
    addServiceEntry: can('clients', 'edit'),
    mergeClients: can('clients', 'edit'),
    // permanent deletion is its own right (BASE-4: administrators by default); edit never includes it
    deleteClient: can('clients', 'delete'),
    // GDPR: the export is a data export; the erasure is the controller's decision (administrators)
    exportClientData: can('clients', 'export'),
    eraseClient: and(can('clients', 'edit'), can('base', 'edit')),
  },
};
