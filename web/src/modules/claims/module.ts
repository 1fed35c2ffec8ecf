import { lazy } from 'react';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ModuleDefinition } from '../types';
import { registerClientPanelTab } from '../clients/panel-tabs';

const view = { module: 'claims', action: 'view' } as const;
const create = { module: 'claims', action: 'create' } as const;

const ClaimsDashboardPage = lazy(() => import('./claims-dashboard-page').then((m) => ({ default: m.ClaimsDashboardPage })));
const ClaimsListPage = lazy(() => import('./claims-list-page').then((m) => ({ default: m.ClaimsListPage })));
const ReportClaimPage = lazy(() => import('./report-claim-page').then((m) => ({ default: m.ReportClaimPage })));
const ClaimPage = lazy(() => import('./claim-page').then((m) => ({ default: m.ClaimPage })));

/** The claims module (CLM-1, BASE-8): dashboard, list, report a claim, the claim page. */
export const claimsModule: ModuleDefinition = {
  name: 'claims',
  implemented: true,
  icon: IconAlertTriangle,
  routes: [
    { path: '', page: ClaimsDashboardPage, access: view },
    { path: 'list', page: ClaimsListPage, access: view },
    { path: 'new', page: ReportClaimPage, access: create },
    { path: ':claimId', page: ClaimPage, access: view },
  ],
  nav: [
    { path: '', label: 'claims.nav.dashboard', access: view },
    { path: 'list', label: 'claims.nav.list', access: view },
    { path: 'new', label: 'claims.nav.new', access: create },
  ],
};

// The client panel's "Claims" tab (the server announces it as `claims`, right claims:view).
const ClientClaimsTab = lazy(() => import('./client-claims-tab').then((m) => ({ default: m.ClientClaimsTab })));
registerClientPanelTab({ key: 'claims', label: 'claims.clientTab', order: 150, right: 'claims:view', serverTab: 'claims', component: ClientClaimsTab });
