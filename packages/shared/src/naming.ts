/**
 * Naming conventions of the platform's markets (issue #8 §3), shared by the server and the web:
 *
 * - **Name prefixes** (Dutch tussenvoegsel "de", "van der", German "von"): kept apart from the surname.
 *   The card shows the natural order, `fullName` = "Jan de Vries". The stored `displayName` is the
 *   list and sort name: surname first, WITHOUT the prefix, the prefix after the first name —
 *   "Vries Jan de" (Dutch and German lists file "de Vries" under V, DIN 5007 / the Dutch telephone
 *   book). Names without a prefix keep the existing "Rossi Mario" form. Lists sort it with the ICU
 *   collation of the company's language (server client-sort.ts, migration 0006), so case never
 *   decides. A card's heading follows the company's country (`cardNameOf`).
 * - **Birth province**: Italian provinces (sigla); only for persons born in Italy.
 * - **Activity codes** follow the classification of the client's tax country (its registration), the
 *   company's country by default: SBI (NL), WZ 2008 (DE), PKD 2007/2025 (PL), ATECO (IT); NACE rev. 2,
 *   the common European denominator, is accepted everywhere.
 */

export type NameParts = { kind: string; firstName?: string | null; namePrefix?: string | null; lastName?: string | null; legalName?: string | null };

const join = (...parts: Array<string | null | undefined>) => parts.filter((p) => p && p.trim()).join(' ').trim();

/** The natural order of a person's name ("Jan de Vries"); the legal name of an entity. */
export function fullNameOf(c: NameParts): string {
  return c.kind === 'person' || c.kind === 'PERSON' ? join(c.firstName, c.namePrefix, c.lastName) : (c.legalName ?? '');
}

/** Markets whose offices write the surname first on a card ("Rossi Mario", "Kowalski Jan"). */
const SURNAME_FIRST_COUNTRIES = new Set(['IT', 'PL', 'HU']);

/**
 * The name a card's heading shows, in the convention of the company's country: the natural order
 * ("Jan de Vries") in the Netherlands, Germany and most markets; surname first, prefix included,
 * where offices write it so ("Rossi Mario", "de Vries Jan" in an Italian agency).
 */
export function cardNameOf(c: NameParts, companyCountry: string | null | undefined): string {
  if (!(c.kind === 'person' || c.kind === 'PERSON')) return c.legalName ?? '';
  return SURNAME_FIRST_COUNTRIES.has((companyCountry ?? '').toUpperCase()) ? join(c.namePrefix, c.lastName, c.firstName) : fullNameOf(c);
}

/** The list and sort name: "Rossi Mario", "Vries Jan de" (surname without its prefix first). */
export function sortNameOf(c: NameParts): string {
  return c.kind === 'person' || c.kind === 'PERSON' ? join(c.lastName, c.firstName, c.namePrefix) : (c.legalName ?? '');
}

/** Letters, apostrophes ('t), spaces and hyphens: "de", "van der", "in 't", "von und zu". */
export const NAME_PREFIX = /^[\p{L}'’ -]{1,20}$/u;

/** The birth province (Italian sigla) is asked only for persons born in Italy (or not yet said where). */
export function asksBirthProvince(birthCountry: string | null | undefined): boolean {
  return !birthCountry || birthCountry.toUpperCase() === 'IT';
}

// ---------------------------------------------------------------- activity codes

export const ACTIVITY_SCHEMES = ['SBI', 'WZ', 'PKD', 'ATECO', 'NACE'] as const;
export type ActivityScheme = (typeof ACTIVITY_SCHEMES)[number];

/** Each scheme's accepted shapes (every level of the hierarchy) and an example of its finest level. */
export const ACTIVITY_CODE_FORMATS: Record<ActivityScheme, { pattern: RegExp; example: string }> = {
  /** Standaard Bedrijfsindeling (CBS, Netherlands): 4 or 5 digits without dots. */
  SBI: { pattern: /^\d{4,5}$/, example: '10711' },
  /** Klassifikation der Wirtschaftszweige 2008 (Destatis): 10, 10.7, 10.71, 10.71.0. */
  WZ: { pattern: /^\d{2}(\.\d(\d(\.\d)?)?)?$/, example: '10.71.0' },
  /** Polska Klasyfikacja Działalności 2007 / 2025 (GUS): 10, 10.7, 10.71, 10.71.Z. */
  PKD: { pattern: /^\d{2}(\.\d(\d(\.[A-Z])?)?)?$/, example: '10.71.Z' },
  /** ATECO 2007 / 2025 (ISTAT): 10, 10.7, 10.71, 10.71.1, 10.71.10. */
  ATECO: { pattern: /^\d{2}(\.\d(\d(\.\d{1,2})?)?)?$/, example: '10.71.10' },
  /** NACE rev. 2 (Eurostat): 10, 10.7, 10.71. */
  NACE: { pattern: /^\d{2}(\.\d{1,2})?$/, example: '10.71' },
};

const COUNTRY_SCHEMES: Record<string, ActivityScheme> = { NL: 'SBI', DE: 'WZ', PL: 'PKD', IT: 'ATECO' };

/** The national classification of a country; NACE where the platform knows none. */
export function activitySchemeOf(country: string | null | undefined): ActivityScheme {
  return COUNTRY_SCHEMES[(country ?? '').toUpperCase()] ?? 'NACE';
}

export type ActivityCodeCheck = { ok: true; value: string; scheme: ActivityScheme } | { ok: false; scheme: ActivityScheme; reason: string; message: string };

/**
 * An activity code in the country's scheme or in NACE. Refused: the reason and the message name the
 * scheme expected (`activity_code_sbi`: "Not a valid activity code: SBI (e.g. 10711) or NACE …").
 */
export function checkActivityCode(value: string, country: string | null | undefined): ActivityCodeCheck {
  const scheme = activitySchemeOf(country);
  const code = value.trim().toUpperCase();
  if (ACTIVITY_CODE_FORMATS[scheme].pattern.test(code)) return { ok: true, value: code, scheme };
  if (ACTIVITY_CODE_FORMATS.NACE.pattern.test(code)) return { ok: true, value: code, scheme: 'NACE' };
  const wanted = scheme === 'NACE' ? `NACE (e.g. ${ACTIVITY_CODE_FORMATS.NACE.example})` : `${scheme} (e.g. ${ACTIVITY_CODE_FORMATS[scheme].example}) or NACE (e.g. ${ACTIVITY_CODE_FORMATS.NACE.example})`;
  return { ok: false, scheme, reason: `activity_code_${scheme.toLowerCase()}`, message: `Not a valid activity code: ${wanted}` };
}
