import { lazy } from 'react';
import { IconBook } from '@tabler/icons-react';
import type { ModuleDefinition } from '../types';

const view = { module: 'ledger', action: 'view' } as const;
const edit = { module: 'ledger', action: 'edit' } as const;

const TrialBalancePage = lazy(() => import('./trial-balance-page').then((m) => ({ default: m.TrialBalancePage })));
const AccountsPage = lazy(() => import('./accounts-page').then((m) => ({ default: m.AccountsPage })));
const AccountStatementPage = lazy(() => import('./account-statement-page').then((m) => ({ default: m.AccountStatementPage })));
const JournalEntryPage = lazy(() => import('./journal-entry-page').then((m) => ({ default: m.JournalEntryPage })));

/** The ledger (LE-1): trial balance and closed months, chart of accounts, account statements, manual entries. */
export const ledgerModule: ModuleDefinition = {
  name: 'ledger',
  implemented: true,
  icon: IconBook,
  routes: [
    { path: '', page: TrialBalancePage, access: view },
    { path: 'accounts', page: AccountsPage, access: view },
    { path: 'accounts/:accountId', page: AccountStatementPage, access: view },
    { path: 'entries/new', page: JournalEntryPage, access: edit },
  ],
  nav: [
    { path: '', label: 'ledger.nav.trial', access: view },
    { path: 'accounts', label: 'ledger.nav.accounts', access: view },
    { path: 'entries/new', label: 'ledger.nav.newEntry', access: edit },
  ],
};
