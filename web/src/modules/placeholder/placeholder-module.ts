import type { ModuleName } from '@agency/shared';
import type { ModuleDefinition } from '../types';
import { ModulePlaceholderPage } from './module-placeholder-page';

/** A granted module whose pages are not built yet: one honest start page, no other routes. */
export function placeholderModule(name: ModuleName, icon: ModuleDefinition['icon']): ModuleDefinition {
  return {
    name,
    implemented: false,
    icon,
    routes: [{ path: '', page: ModulePlaceholderPage, access: { module: name, action: 'view' } }],
    nav: [],
  };
}
