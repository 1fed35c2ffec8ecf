import { and } from 'graphql-shield';
import { can, type RuleMap } from '../../core/rules.js';

/**
 * Staff operations of the portal module (staff schema): grants need the rights of module `portal`.
 * What shows a client's data beyond the grant needs that data's rights too: the changes list shows the
 * card's current values (clients:view); "view as" opens the client's portal, which shows the card,
 * the shared contracts and their claims (clients, policies and claims: view).
 */
export const portalStaffRules: RuleMap = {
  Query: {
    portalGrants: can('portal', 'view'),
    portalGrant: can('portal', 'view'),
    portalSyncMode: can('portal', 'view'),
    portalChanges: and(can('portal', 'view'), can('clients', 'view')),
    clientPortalThreads: can('portal', 'view'),
  },
  Mutation: {
    createPortalGrant: can('portal', 'create'),
    updatePortalGrant: can('portal', 'edit'),
    addPortalGrantUser: can('portal', 'edit'),
    resendPortalInvitation: can('portal', 'edit'),
    removePortalGrantUser: can('portal', 'edit'),
    setPortalSyncMode: can('portal', 'edit'),
    // an approved change is written to the card: the card's right as well
    approvePortalChange: and(can('portal', 'edit'), can('clients', 'edit')),
    rejectPortalChange: can('portal', 'edit'),
    portalViewAs: and(can('portal', 'view'), can('clients', 'view'), can('policies', 'view'), can('claims', 'view')),
    replyPortalThread: can('portal', 'edit'),
    startClientPortalThread: can('portal', 'edit'),
  },
};
