import { lazy } from 'react';
import { IconFileInvoice } from '@tabler/icons-react';
import type { ModuleDefinition } from '../types';

const view = { module: 'billing', action: 'view' } as const;
const create = { module: 'billing', action: 'create' } as const;

const BillingDashboardPage = lazy(() => import('./billing-dashboard-page').then((m) => ({ default: m.BillingDashboardPage })));
const DocumentsPage = lazy(() => import('./documents-page').then((m) => ({ default: m.DocumentsPage })));
const IssuePage = lazy(() => import('./issue-page').then((m) => ({ default: m.IssuePage })));
const RunsPage = lazy(() => import('./runs-page').then((m) => ({ default: m.RunsPage })));
const RunPage = lazy(() => import('./run-page').then((m) => ({ default: m.RunPage })));

/** Premium billing (BI-1): dashboard, receipts and credit notes, issuing one receipt, billing runs with their progress. */
export const billingModule: ModuleDefinition = {
  name: 'billing',
  implemented: true,
  icon: IconFileInvoice,
  routes: [
    { path: '', page: BillingDashboardPage, access: view },
    { path: 'documents', page: DocumentsPage, access: view },
    { path: 'issue', page: IssuePage, access: create },
    { path: 'runs', page: RunsPage, access: view },
    { path: 'runs/:runId', page: RunPage, access: view },
  ],
  nav: [
    { path: '', label: 'billing.nav.dashboard', access: view },
    { path: 'documents', label: 'billing.nav.documents', access: view },
    { path: 'issue', label: 'billing.nav.issue', access: create },
    { path: 'runs', label: 'billing.nav.runs', access: view },
  ],
};
