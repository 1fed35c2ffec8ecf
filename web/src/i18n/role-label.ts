import { hasTemplateName } from '@agency/shared';
import type { TFunction } from 'i18next';

/**
 * A role's name as the reader sees it: a role copied from a template and not renamed by an
 * administrator reads in the reader's language (its template's name); a renamed role as named; the
 * operator's support access as such (never the raw "support").
 */
export function roleLabel(t: TFunction, role: { name: string | null | undefined; template?: string | null }): string {
  if (role.template === 'support') return t('texts.roles.support');
  if (role.name && hasTemplateName({ name: role.name, template: role.template })) return t(`base.roles.templates.${role.template}`);
  return role.name ?? '';
}
