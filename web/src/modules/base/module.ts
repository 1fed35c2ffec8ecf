import { lazy } from 'react';
import { IconBuildingSkyscraper, IconSettings, IconUserCircle } from '@tabler/icons-react';
import type { ExtraSection, ModuleDefinition } from '../types';

// the audit module's History tab on the client card
import './audit/client-history.register';

const view = { module: 'base', action: 'view' } as const;

const BaseDashboardPage = lazy(() => import('./dashboard/base-dashboard-page').then((m) => ({ default: m.BaseDashboardPage })));
const UsersPage = lazy(() => import('./users/users-page').then((m) => ({ default: m.UsersPage })));
const RolesPage = lazy(() => import('./roles/roles-page').then((m) => ({ default: m.RolesPage })));
const RoleEditorPage = lazy(() => import('./roles/role-editor-page').then((m) => ({ default: m.RoleEditorPage })));
const AuditPage = lazy(() => import('./audit/audit-page').then((m) => ({ default: m.AuditPage })));
const SupportPage = lazy(() => import('./support/support-page').then((m) => ({ default: m.SupportPage })));
const CompaniesPage = lazy(() => import('./companies/companies-page').then((m) => ({ default: m.CompaniesPage })));
const SecurityPage = lazy(() => import('./account/security-page').then((m) => ({ default: m.SecurityPage })));

/** The base module: administration of the active company (users, roles, audit trail, support access). */
export const baseModule: ModuleDefinition = {
  name: 'base',
  implemented: true,
  icon: IconSettings,
  routes: [
    { path: '', page: BaseDashboardPage, access: view },
    { path: 'users', page: UsersPage, access: view },
    { path: 'roles', page: RolesPage, access: view },
    { path: 'roles/new', page: RoleEditorPage, access: { module: 'base', action: 'create' } },
    { path: 'roles/:roleId', page: RoleEditorPage, access: view },
    { path: 'audit', page: AuditPage, access: view },
    { path: 'support', page: SupportPage, access: view },
  ],
  nav: [
    { path: '', label: 'base.nav.dashboard', access: view },
    { path: 'users', label: 'base.nav.users', access: view },
    { path: 'roles', label: 'base.nav.roles', access: view },
    { path: 'audit', label: 'base.nav.audit', access: view },
    { path: 'support', label: 'base.nav.support', access: view },
  ],
};

/** The platform operator's pages (BASE-6). */
export const platformSection: ExtraSection = {
  key: 'platform',
  root: '/platform',
  label: 'platform.section',
  icon: IconBuildingSkyscraper,
  routes: [{ path: 'companies', page: CompaniesPage, access: { operator: true } }],
  nav: [{ path: 'companies', label: 'platform.nav.companies', access: { operator: true } }],
};

/** One's own account, whatever the company. */
export const accountSection: ExtraSection = {
  key: 'account',
  root: '/account',
  label: 'account.section',
  icon: IconUserCircle,
  routes: [{ path: 'security', page: SecurityPage, access: { signedIn: true } }],
  nav: [{ path: 'security', label: 'account.nav.security', access: { signedIn: true } }],
};
