import { lazy } from 'react';
import { IconWorld } from '@tabler/icons-react';
import type { ModuleDefinition } from '../types';

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
