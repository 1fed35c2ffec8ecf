import { lazy } from 'react';
import type { ModuleDefinition } from '../types';

const view = { module: 'billing', action: 'view' } as const;

const RibaPage = lazy(() => import('./riba-page').then((m) => ({ default: m.RibaPage })));
const RibaRunPage = lazy(() => import('./riba-run-page').then((m) => ({ default: m.RibaRunPage })));

/** RiBa (issue #14 §4) under the billing module's rights: runs need billing:create, the file billing:export. */
export function withRiba(billing: ModuleDefinition): ModuleDefinition {
  return {
    ...billing,
    routes: [...billing.routes, { path: 'riba', page: RibaPage, access: view }, { path: 'riba/:runId', page: RibaRunPage, access: view }],
    nav: [...billing.nav, { path: 'riba', label: 'riba.nav', access: view }],
  };
}
