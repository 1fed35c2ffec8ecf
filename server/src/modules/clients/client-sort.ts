import { LOCALES } from '@agency/shared';
import type { RequestContext } from '../../core/context.js';
import { Company } from '../base/companies/company.entity.js';

/**
 * The ICU collation (migration 0006) a company's client lists are sorted with: the one of the
 * company's language, so that case and accents never decide before the letters ("de Boer" before
 * "Visser") and letters follow the language's order (Polish ł after l). Only these fixed names ever
 * reach the SQL text.
 */
export const SORT_COLLATIONS: Record<(typeof LOCALES)[number], string> = {
  en: 'app_sort_en',
  it: 'app_sort_it',
  de: 'app_sort_de',
  nl: 'app_sort_nl',
  pl: 'app_sort_pl',
};

export function sortCollationOf(locale: string | null | undefined): string {
  return SORT_COLLATIONS[locale as keyof typeof SORT_COLLATIONS] ?? SORT_COLLATIONS.en;
}

/**
 * The active company's sort collation: from the language the request's opening statement read
 * (app_open_request, migration 0016) — no statement of its own —, else from the company.
 */
export async function companySortCollation(ctx: RequestContext): Promise<string> {
  if (ctx.companyLocale) return sortCollationOf(ctx.companyLocale);
  const company = await ctx.loaders.byId(Company).load(ctx.requireCompany());
  return sortCollationOf(company?.locale);
}
