import type { RoleTemplateKey } from './rights.js';
import type { Locale } from './validation.js';

/**
 * The names of the built-in role templates in each language: a new company's roles are named in the
 * company's language; while a role keeps its template's name (in any language) the web app shows it
 * in the reader's language.
 */
export const ROLE_TEMPLATE_NAMES: Record<Locale, Record<RoleTemplateKey, string>> = {
  en: { administrator: 'Administrator', agent: 'Agent', accountant: 'Accountant', claims_handler: 'Claims handler', read_only: 'Read-only' },
  it: { administrator: 'Amministratore', agent: 'Agente', accountant: 'Contabile', claims_handler: 'Liquidatore sinistri', read_only: 'Sola lettura' },
  de: { administrator: 'Administrator', agent: 'Vertreter', accountant: 'Buchhaltung', claims_handler: 'Schadenbearbeitung', read_only: 'Nur lesen' },
  nl: { administrator: 'Beheerder', agent: 'Agent', accountant: 'Boekhouder', claims_handler: 'Schadebehandelaar', read_only: 'Alleen lezen' },
  pl: { administrator: 'Administrator', agent: 'Agent', accountant: 'Księgowy', claims_handler: 'Likwidator szkód', read_only: 'Tylko odczyt' },
};

export function isRoleTemplateKey(value: string | null | undefined): value is RoleTemplateKey {
  return !!value && value in ROLE_TEMPLATE_NAMES.en;
}

/** The template's name in a language (English for an unknown one). */
export function roleTemplateName(key: RoleTemplateKey, locale: string): string {
  return (ROLE_TEMPLATE_NAMES[locale as Locale] ?? ROLE_TEMPLATE_NAMES.en)[key];
}

/** Whether a role still bears its template's default name (in any language): not renamed by an administrator. */
export function hasTemplateName(role: { name: string; template?: string | null }): boolean {
  const key = role.template;
  if (!isRoleTemplateKey(key)) return false;
  return Object.values(ROLE_TEMPLATE_NAMES).some((names) => names[key] === role.name);
}
