import type { ComponentType, LazyExoticComponent } from 'react';
import type { Action, ModuleName } from '@agency/shared';
import type { Session } from '../session/session-context';

export type PageComponent = ComponentType | LazyExoticComponent<ComponentType>;

/** Who may open a page: a right in the active company, the platform operator, or anyone signed in. */
export type Access = { module: ModuleName; action: Action } | { operator: true } | { signedIn: true };

export interface ModuleRoute {
  /** Path below the module's root, '' for the module's start page (its dashboard). */
  path: string;
  page: PageComponent;
  access: Access;
}

export interface ModuleNavItem {
  /** Path below the module's root. */
  path: string;
  /** Catalogue key of the label. */
  label: string;
  access: Access;
}

export interface ModuleDefinition {
  name: ModuleName;
  /** false: the module has no pages yet; navigation leads to an honest placeholder. */
  implemented: boolean;
  icon: ComponentType<{ size?: number | string; stroke?: number }>;
  routes: ModuleRoute[];
  nav: ModuleNavItem[];
  /** A tool in the app header on every page (e.g. the clients module's global search), for users with `view` on the module. */
  header?: ComponentType;
}

/** Pages outside the company modules: the operator's platform pages, one's own account. */
export interface ExtraSection {
  key: string;
  /** URL prefix, e.g. '/platform'. */
  root: string;
  label: string;
  icon: ComponentType<{ size?: number | string; stroke?: number }>;
  routes: ModuleRoute[];
  nav: ModuleNavItem[];
}

export function allowed(session: Pick<Session, 'can' | 'isOperator'>, access: Access): boolean {
  if ('module' in access) return session.can(access.module, access.action);
  if ('operator' in access) return session.isOperator;
  return true;
}
