import { z } from 'zod';
// The list alone (index.js): the package's main entry for Node also loads every language's names.
import isoCountries from 'i18n-iso-countries/index.js';
import { ALL_RIGHTS } from './rights.js';
import { passwordProblems } from './password.js';

/** Validators shared by server and web: the web form refuses exactly what the server refuses. */
export const LOCALES = ['en', 'it', 'de', 'nl', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

export const emailSchema = z.string().trim().toLowerCase().max(254).email({ message: 'Not a valid e-mail address' });

export const passwordSchema = z.string().superRefine((value, ctx) => {
  for (const problem of passwordProblems(value)) {
    ctx.addIssue({ code: 'custom', message: PASSWORD_MESSAGES[problem], params: { reason: `password_${problem}` } });
  }
});

export const PASSWORD_MESSAGES: Record<string, string> = {
  too_short: 'At least 12 characters',
  too_long: 'At most 128 characters',
  too_common: 'This password is too common',
  contains_email: 'Must not contain your e-mail name',
  too_few_kinds: 'Use at least three of: lower case, upper case, digits, symbols',
  repeated: 'Too few different characters',
};

/** One line: no line break or other control character (a person's name is written into e-mails' text and headers). */
const ONE_LINE = /^[^\p{Cc}\u2028\u2029]*$/u;
export const ONE_LINE_MESSAGE = 'One line, without control characters';
export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(120)
  .refine((v) => ONE_LINE.test(v), { message: ONE_LINE_MESSAGE, params: { reason: 'control_characters' } });
export const localeSchema = z.enum(LOCALES);

/** ISO 3166-1 alpha-2 country codes, the complete list as kept by i18n-iso-countries. */
export const COUNTRY_CODES: readonly string[] = Object.keys(isoCountries.getAlpha2Codes()).sort();
const COUNTRY_SET = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return COUNTRY_SET.has(value);
}

export const companyCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,19}$/, '2–20 letters, digits, - or _');
/** A country: an ISO 3166-1 alpha-2 code (any letter case in, upper case out). */
export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { message: 'ISO 3166 two-letter code', params: { reason: 'unknown_country' } });
export const currencySchema = z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'ISO 4217 three-letter code');
export const totpCodeSchema = z.string().trim().regex(/^\d{6}$/, 'Six digits');

export const roleInputSchema = z.object({
  name: z.string().trim().min(1, 'Required').max(100),
  description: z.string().trim().max(500).nullish(),
  rights: z
    .array(z.string())
    .refine((rs) => rs.every((r) => (ALL_RIGHTS as string[]).includes(r)), { message: 'Unknown right' }),
});

export const createCompanySchema = z.object({
  code: companyCodeSchema,
  name: z.string().trim().min(1, 'Required').max(200),
  country: countrySchema,
  locale: localeSchema,
  currency: currencySchema,
  adminEmail: emailSchema,
  adminName: displayNameSchema,
});

export const inviteUserSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  roleId: z.string().uuid('Not a valid id'),
  locale: localeSchema.nullish(),
});

export const supportGrantSchema = z.object({
  hours: z.number().int().min(1, 'At least 1 hour').max(72, 'At most 72 hours'),
  reason: z.string().trim().min(3, 'Say why').max(500),
  totpCode: totpCodeSchema,
});
