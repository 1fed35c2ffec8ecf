import { lazy } from 'react';
import { IconWorld } from '@tabler/icons-react';
import type { ModuleDefinition } from '../types';

const view = { module: 'portal', action: 'view' } as const;

const PortalReviewPage = lazy(() => import('./portal-review-page').then((m) => ({ default: m.PortalReviewPage })));

/** The client portal's staff side (PO-3): what clients entered, reviewed per field. The portal itself is web/src/portal. */
export const portalModule: ModuleDefinition = {
  name: 'portal',
  implemented: true,
  icon: IconWorld,
  routes: [{ path: '', page: PortalReviewPage, access: view }],
  nav: [{ path: '', label: 'portal.staff.nav', access: view }],
};
