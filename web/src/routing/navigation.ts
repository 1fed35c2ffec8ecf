import type { ModuleName } from '@agency/shared';
import { allowed, type Access, type ExtraSection, type ModuleDefinition } from '../modules/types';

export interface AccessHolder {
  can(module: ModuleName, action: string): boolean;
  isOperator: boolean;
}

export function rightsHolder(rights: Iterable<string>, isOperator: boolean): AccessHolder {
  const set = new Set(rights);
  return { can: (module, action) => set.has(`${module}:${action}`), isOperator };
}

const may = (holder: AccessHolder, access: Access) => allowed(holder as Parameters<typeof allowed>[0], access);

/** The modules a role may open: a module appears only when the role grants `view` on it. */
export function visibleModules(modules: readonly ModuleDefinition[], holder: AccessHolder): ModuleDefinition[] {
  return modules.filter((m) => holder.can(m.name, 'view'));
}

export function visibleSections(sections: readonly ExtraSection[], holder: AccessHolder): ExtraSection[] {
  return sections.filter((s) => s.nav.some((item) => may(holder, item.access)));
}

/**
 * Where to go after switching company: the same module (and the same list page) when the new role
 * allows it, never a record of the other company; else home.
 */
export function landingAfterSwitch(pathname: string, modules: readonly ModuleDefinition[], sections: readonly ExtraSection[], holder: AccessHolder): string {
  const [first, second] = pathname.split('/').filter(Boolean);
  if (!first) return '/';
  const module = modules.find((m) => m.name === first);
  if (module) {
    if (!holder.can(module.name, 'view')) return '/';
    const page = second ? module.routes.find((r) => r.path === second) : undefined;
    return page && may(holder, page.access) ? `/${first}/${second}` : `/${first}`;
  }
  const section = sections.find((s) => s.root === `/${first}`);
  if (section) {
    const page = section.routes.find((r) => r.path === (second ?? ''));
    return page && may(holder, page.access) ? `${section.root}/${page.path}`.replace(/\/$/, '') : '/';
  }
  return '/';
}
