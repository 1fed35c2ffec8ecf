import { lazy } from 'react';
import { IconWorld } from '@tabler/icons-react';
import type { ModuleDefinition } from '../types';
import { registerClientPanelTab } from '../clients/panel-tabs';

const view = { module: 'portal', action: 'view' } as const;

const PortalStaffPage = lazy(() => import('./portal-staff-page').then((m) => ({ default: m.PortalStaffPage })));

/** The client portal's staff side: what clients entered, reviewed per field (PO-3), and the access grants with "view as" (PO-8). The portal itself is web/src/portal. */
export const portalModule: ModuleDefinition = {
  name: 'portal',
  implemented: true,
  icon: IconWorld,
  routes: [{ path: '', page: PortalStaffPage, access: view }],
  nav: [{ path: '', label: 'portal.staff.nav', access: view }],
};

// The client panel's "Portal messages" tab (the server announces it as `portalMessages`, right portal:view).
const ClientPortalMessagesTab = lazy(() => import('./client-portal-messages-tab').then((m) => ({ default: m.ClientPortalMessagesTab })));
registerClientPanelTab({ key: 'portalMessages', label: 'portalMessages.staff.tab', order: 170, right: 'portal:view', serverTab: 'portalMessages', component: ClientPortalMessagesTab });
