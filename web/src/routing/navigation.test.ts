import { describe, expect, it } from 'vitest';
import { ROLE_TEMPLATES } from '@agency/shared';
import type { ExtraSection, ModuleDefinition } from '../modules/types';
import { landingAfterSwitch, rightsHolder, visibleModules } from './navigation';

const page = () => null;
const modules: ModuleDefinition[] = [
  {
    name: 'base',
    implemented: true,
    icon: page,
    routes: [
      { path: '', page, access: { module: 'base', action: 'view' } },
      { path: 'users', page, access: { module: 'base', action: 'view' } },
      { path: 'roles/:roleId', page, access: { module: 'base', action: 'view' } },
    ],
    nav: [],
  },
  { name: 'clients', implemented: false, icon: page, routes: [{ path: '', page, access: { module: 'clients', action: 'view' } }], nav: [] },
  { name: 'ledger', implemented: false, icon: page, routes: [{ path: '', page, access: { module: 'ledger', action: 'view' } }], nav: [] },
];
const sections: ExtraSection[] = [
  { key: 'account', root: '/account', label: 'x', icon: page, routes: [{ path: 'security', page, access: { signedIn: true } }], nav: [] },
  { key: 'platform', root: '/platform', label: 'x', icon: page, routes: [{ path: 'companies', page, access: { operator: true } }], nav: [] },
];

describe('navigation from rights', () => {
  it('shows a module only when the role grants view', () => {
    const agent = rightsHolder(ROLE_TEMPLATES.agent, false);
    expect(visibleModules(modules, agent).map((m) => m.name)).toEqual(['clients']);
    const admin = rightsHolder(ROLE_TEMPLATES.administrator, false);
    expect(visibleModules(modules, admin).map((m) => m.name)).toEqual(['base', 'clients', 'ledger']);
    expect(visibleModules(modules, rightsHolder(['clients:edit'], false))).toEqual([]);
  });

  it('after a company switch keeps the module and list page when allowed', () => {
    const admin = rightsHolder(ROLE_TEMPLATES.administrator, false);
    expect(landingAfterSwitch('/base/users', modules, sections, admin)).toBe('/base/users');
    expect(landingAfterSwitch('/base/roles/1234', modules, sections, admin)).toBe('/base');
    expect(landingAfterSwitch('/clients', modules, sections, admin)).toBe('/clients');
  });

  it('goes home when the new role does not open the module', () => {
    const readOnly = rightsHolder(ROLE_TEMPLATES.read_only, false);
    expect(landingAfterSwitch('/base/users', modules, sections, readOnly)).toBe('/');
    expect(landingAfterSwitch('/ledger', modules, sections, rightsHolder(ROLE_TEMPLATES.agent, false))).toBe('/');
    expect(landingAfterSwitch('/', modules, sections, readOnly)).toBe('/');
  });

  it('keeps pages that belong to no company', () => {
    expect(landingAfterSwitch('/account/security', modules, sections, rightsHolder([], false))).toBe('/account/security');
    expect(landingAfterSwitch('/platform/companies', modules, sections, rightsHolder([], false))).toBe('/');
    expect(landingAfterSwitch('/platform/companies', modules, sections, rightsHolder([], true))).toBe('/platform/companies');
  });
});
