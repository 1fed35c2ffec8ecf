import { registerClientPanelTab } from '../clients/client-extensions.js';

/**
 * The client card and the portal (clients/README "Extending the card"): a "Portal messages" tab —
 * the client's threads with the agency (PO-6: staff answer from the client card). Shown to users with
 * portal:view, counted as the card's threads; the data is `clientPortalThreads(clientId)`, the answer
 * `replyPortalThread` (portal:edit).
 */
registerClientPanelTab({ key: 'portalMessages', title: 'Portal messages', right: 'portal:view', order: 170, countRows: { table: 'portal_thread' } });
