import { lazy } from 'react';
import { IconCash } from '@tabler/icons-react';
import type { ModuleDefinition } from '../types';
import { registerClientPanelTab } from '../clients/panel-tabs';

const view = { module: 'collections', action: 'view' } as const;
const remittances = { module: 'billing', action: 'view' } as const;

const PaymentsPage = lazy(() => import('./payments-page').then((m) => ({ default: m.PaymentsPage })));
const PaymentPage = lazy(() => import('./payment-page').then((m) => ({ default: m.PaymentPage })));
const RemittancesPage = lazy(() => import('./remittances-page').then((m) => ({ default: m.RemittancesPage })));

/** Collections (LE-2, issue #13 §3–§4): payments received, matching against receipts, remittances to insurers. */
export const collectionsModule: ModuleDefinition = {
  name: 'collections',
  implemented: true,
  icon: IconCash,
  routes: [
    { path: '', page: PaymentsPage, access: view },
    { path: 'payments/:paymentId', page: PaymentPage, access: view },
    { path: 'remittances', page: RemittancesPage, access: remittances },
  ],
  nav: [
    { path: '', label: 'payments.nav.payments', access: view },
    { path: 'remittances', label: 'payments.nav.remittances', access: remittances },
  ],
};

// The client panel's "Account" tab (the server announces it as `account`, right collections:view).
const ClientAccountTab = lazy(() => import('./client-account-tab').then((m) => ({ default: m.ClientAccountTab })));
registerClientPanelTab({ key: 'account', label: 'payments.clientTab', order: 160, right: 'collections:view', serverTab: 'account', component: ClientAccountTab });
