import { lazy } from 'react';
import type { ModuleDefinition } from '../types';

const view = { module: 'billing', action: 'view' } as const;
const StatementPage = lazy(() => import('./statement-page').then((m) => ({ default: m.StatementPage })));

/** Bank statements (issue #14 §5) under billing: import camt.053 files, match their lines to receipts. */
export function withBankStatements(billing: ModuleDefinition): ModuleDefinition {
  return {
    ...billing,
    routes: [...billing.routes, { path: 'statements', page: StatementPage, access: view }],
    nav: [...billing.nav, { path: 'statements', label: 'bankStatements.nav', access: view }],
  };
}
