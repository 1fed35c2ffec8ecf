import { lazy } from 'react';
import { IconSignature } from '@tabler/icons-react';
import type { ModuleDefinition } from '../types';
import { registerClientPanelTab } from '../clients/panel-tabs';

const view = { module: 'consents', action: 'view' } as const;

const ConsentsDashboardPage = lazy(() => import('./consents-dashboard-page').then((m) => ({ default: m.ConsentsDashboardPage })));
const ConsentFormsPage = lazy(() => import('./consent-forms-page').then((m) => ({ default: m.ConsentFormsPage })));
const ConsentPendingPage = lazy(() => import('./consent-pending-page').then((m) => ({ default: m.ConsentPendingPage })));

/** The consents module (CN-1 … CN-6): dashboard, forms (draft, publish, retire), pending re-consents; the client card's Consents tab. */
export const consentsModule: ModuleDefinition = {
  name: 'consents',
  implemented: true,
  icon: IconSignature,
  routes: [
    { path: '', page: ConsentsDashboardPage, access: view },
    { path: 'forms', page: ConsentFormsPage, access: view },
    { path: 'pending', page: ConsentPendingPage, access: view },
  ],
  nav: [
    { path: '', label: 'consents.nav.dashboard', access: view },
    { path: 'forms', label: 'consents.nav.forms', access: view },
    { path: 'pending', label: 'consents.nav.pending', access: view },
  ],
};

// The client panel's "Consents" tab (the server announces it as `consents`, right consents:view).
const ClientConsentsTab = lazy(() => import('./client-consents-tab').then((m) => ({ default: m.ClientConsentsTab })));
registerClientPanelTab({ key: 'consents', label: 'consents.clientTab', order: 160, right: 'consents:view', serverTab: 'consents', component: ClientConsentsTab });
