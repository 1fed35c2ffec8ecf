import { lazy } from 'react';
import type { ModuleDefinition } from '../types';
import { registerClientPanelTab } from '../clients/panel-tabs';

const view = { module: 'billing', action: 'view' } as const;

const SepaPage = lazy(() => import('./sepa-page').then((m) => ({ default: m.SepaPage })));
const SepaRunPage = lazy(() => import('./sepa-run-page').then((m) => ({ default: m.SepaRunPage })));
const ReturnsPage = lazy(() => import('./returns-page').then((m) => ({ default: m.ReturnsPage })));

/**
 * Banking (issue #14 §1–§3): SEPA direct-debit runs and returns. The pages live under the billing
 * module's rights (runs need billing:create, downloads billing:export), so the registry adds them to
 * the billing module with `withBanking`.
 */
export function withBanking(billing: ModuleDefinition): ModuleDefinition {
  return {
    ...billing,
    routes: [
      ...billing.routes,
      { path: 'sepa', page: SepaPage, access: view },
      { path: 'sepa/:runId', page: SepaRunPage, access: view },
      { path: 'returns', page: ReturnsPage, access: view },
    ],
    nav: [...billing.nav, { path: 'sepa', label: 'banking.nav.sepa', access: view }, { path: 'returns', label: 'banking.nav.returns', access: view }],
  };
}

// The client panel's "Mandates" tab (the server announces it as `mandates`, right billing:view).
const ClientMandatesTab = lazy(() => import('./client-mandates-tab').then((m) => ({ default: m.ClientMandatesTab })));
registerClientPanelTab({ key: 'mandates', label: 'banking.clientTab', order: 165, right: 'billing:view', serverTab: 'mandates', component: ClientMandatesTab });
