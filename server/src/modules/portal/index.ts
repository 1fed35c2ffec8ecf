import './portal-client.extensions.js';
import { PortalGrantsResolver } from './portal-staff.resolver.js';
import { PortalReviewResolver } from './portal-review.resolver.js';
import { PortalStaffMessagesResolver } from './portal-messages.resolver.js';
import { PortalSession, PortalToken, PortalUser } from './portal-account.entity.js';
import { PortalGrant, PortalGrantClient, PortalGrantPolicy, PortalGrantUser } from './portal-grant.entity.js';
import { PortalChange, PortalSetting } from './portal-change.entity.js';
import { PortalMessage, PortalThread } from './portal-message.entity.js';

export { portalStaffRules } from './portal-staff.rules.js';

/** The portal module's staff-side resolvers (grants); the portal's own schema is built in portal-schema.ts. */
export const PORTAL_STAFF_RESOLVERS = [PortalGrantsResolver, PortalReviewResolver, PortalStaffMessagesResolver] as const;

export const PORTAL_ENTITIES = [PortalUser, PortalSession, PortalToken, PortalGrant, PortalGrantClient, PortalGrantPolicy, PortalGrantUser, PortalSetting, PortalChange, PortalThread, PortalMessage] as const;
