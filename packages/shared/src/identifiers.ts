/**
 * National identifiers, bank data, e-mail and phone numbers (CL-3), checked with well-kept libraries
 * so that the server and the web form refuse exactly the same values:
 *   ibantools (IBAN, BIC), stdnum (codice fiscale, PESEL, NIP, BSN, German IdNr, EU VAT),
 *   jsvat (second VAT check), codice-fiscale-js (codice fiscale against name, birth date and place),
 *   libphonenumber-js (phone numbers).
 * Every check returns the normalized value or a machine-readable reason and a message.
 */
import { electronicFormatIBAN, isValidBIC, isValidIBAN, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { stdnum, euVat, personValidators, entityValidators, type Validator } from 'stdnum';
import { checkVAT, countries as jsvatCountries } from 'jsvat';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import * as cfModule from 'codice-fiscale-js';

export type Check = { ok: true; value: string } | { ok: false; reason: string; message: string };

const ok = (value: string): Check => ({ ok: true, value });
const fail = (reason: string, message: string): Check => ({ ok: false, reason, message });

/** codice-fiscale-js ships CommonJS (`module.exports = { CodiceFiscale }`) typed as a default export. */
type CodiceFiscaleClass = typeof import('codice-fiscale-js').default;
const cfNs = cfModule as unknown as { CodiceFiscale?: CodiceFiscaleClass; default?: CodiceFiscaleClass & { CodiceFiscale?: CodiceFiscaleClass } };
const CodiceFiscale: CodiceFiscaleClass = (cfNs.CodiceFiscale ?? cfNs.default?.CodiceFiscale ?? cfNs.default) as CodiceFiscaleClass;

const compactId = (value: string) => value.replace(/[\s.\-/]/g, '').toUpperCase();

// ---------------------------------------------------------------- bank data

export function checkIban(value: string): Check {
  const iban = electronicFormatIBAN(value) ?? '';
  if (!iban) return fail('required', 'Required');
  if (isValidIBAN(iban)) return ok(iban);
  const { errorCodes } = validateIBAN(iban);
  if (errorCodes.includes(ValidationErrorsIBAN.NoIBANCountry)) return fail('iban_country', 'Unknown IBAN country');
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANLength)) return fail('iban_length', 'Wrong length for this country');
  return fail('iban_invalid', 'Not a valid IBAN (check digits)');
}

export function checkBic(value: string): Check {
  const bic = value.replace(/\s/g, '').toUpperCase();
  if (!bic) return fail('required', 'Required');
  return isValidBIC(bic) ? ok(bic) : fail('bic_invalid', 'Not a valid BIC (8 or 11 characters)');
}

// ---------------------------------------------------------------- SEPA direct debit

/** The EEA: the 27 EU states and Iceland, Liechtenstein, Norway (Greece's IBANs start GR). */
export const EEA_COUNTRIES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO',
];
/**
 * SEPA scheme countries outside the EEA (EPC409): a collection from a debtor bank there must carry the
 * debtor's BIC. Gibraltar, Jersey, Guernsey and the Isle of Man are listed on their own (the last three use GB IBANs).
 * Albania, Moldova, Montenegro, North Macedonia and Serbia were admitted to the schemes in 2024–2025 (AL, MD, ME, MK, RS).
 */
export const SEPA_NON_EEA_COUNTRIES: readonly string[] = ['CH', 'GB', 'SM', 'MC', 'VA', 'AD', 'GI', 'JE', 'GG', 'IM', 'AL', 'MD', 'ME', 'MK', 'RS'];
/**
 * Territories of an EEA state that some IBAN lists give a code of their own (Åland; the French overseas
 * departments and Saint-Barthélemy, Saint-Martin, Saint-Pierre-et-Miquelon): in SEPA through their parent.
 * Their banks use the parent's code (FI, FR) in practice. French Polynesia, New Caledonia, Wallis and Futuna
 * and the southern lands (PF, NC, WF, TF) are not in SEPA.
 */
export const SEPA_TERRITORY_PARENT: Readonly<Record<string, string>> = { AX: 'FI', GF: 'FR', GP: 'FR', MQ: 'FR', RE: 'FR', YT: 'FR', BL: 'FR', MF: 'FR', PM: 'FR' };

/** The SEPA scheme country an IBAN (country code first) belongs to — a territory reads as its parent —, or null outside SEPA. */
export function sepaCountryOf(iban: string): string | null {
  const code = iban.replace(/\s/g, '').slice(0, 2).toUpperCase();
  const country = SEPA_TERRITORY_PARENT[code] ?? code;
  return EEA_COUNTRIES.includes(country) || SEPA_NON_EEA_COUNTRIES.includes(country) ? country : null;
}

/** A debtor bank in a non-EEA SEPA country needs its BIC on a direct debit (EPC: CH, GB, SM, MC, VA, AD, GI, JE, GG, IM, AL, MD, ME, MK, RS). */
export const sepaNeedsBic = (iban: string): boolean => SEPA_NON_EEA_COUNTRIES.includes(sepaCountryOf(iban) ?? '');

/**
 * The account a SEPA direct-debit mandate debits (an IBAN that passed `checkIban`): in a SEPA scheme
 * country (`iban`, not_sepa_country), with its BIC when the bank is in a non-EEA SEPA country (`bic`,
 * required). A client may hold any account; only a mandate on it is refused. No issue: [].
 */
export function sepaDebtorIssues(iban: string, bic: string | null | undefined): Array<{ field: 'iban' | 'bic'; reason: string; message: string }> {
  const country = sepaCountryOf(iban);
  if (!country) return [{ field: 'iban', reason: 'not_sepa_country', message: `Not an account in a SEPA country (${iban.slice(0, 2).toUpperCase()}): no direct debit from it.` }];
  if (SEPA_NON_EEA_COUNTRIES.includes(country) && !bic?.trim()) {
    return [{ field: 'bic', reason: 'required', message: `The debtor bank's BIC is required for an account in ${country} (a SEPA country outside the EEA).` }];
  }
  return [];
}

// ---------------------------------------------------------------- tax ids

/** Countries whose personal tax id has a dedicated check here; others use stdnum's person validators when it has some. */
export const PERSON_TAX_IDS: Record<string, { validators: Validator[]; label: string }> = {
  IT: { validators: [stdnum.IT.codicefiscale], label: 'Codice fiscale' },
  PL: { validators: [stdnum.PL.pesel], label: 'PESEL' },
  NL: { validators: [stdnum.NL.bsn], label: 'BSN' },
  DE: { validators: [stdnum.DE.idnr], label: 'Steuerliche Identifikationsnummer' },
};

/** Legal entities: Italian codice fiscale (11 digits), Polish NIP, Dutch RSIN (BSN algorithm), German Steuernummer. */
export const ENTITY_TAX_IDS: Record<string, { validators: Validator[]; label: string }> = {
  IT: { validators: [stdnum.IT.iva, stdnum.IT.codicefiscale], label: 'Codice fiscale' },
  PL: { validators: [stdnum.PL.nip], label: 'NIP' },
  NL: { validators: [stdnum.NL.bsn], label: 'RSIN' },
  DE: { validators: [stdnum.DE.stnr], label: 'Steuernummer' },
};

function runValidators(validators: Validator[], value: string): Check | null {
  for (const v of validators) {
    const r = v.validate(value);
    if (r.isValid) return ok(r.compact);
  }
  return null;
}

export function checkTaxId(kind: 'person' | 'entity', country: string, value: string): Check {
  const compact = compactId(value);
  if (!compact) return fail('required', 'Required');
  const c = country.toUpperCase();
  const own = (kind === 'person' ? PERSON_TAX_IDS : ENTITY_TAX_IDS)[c];
  if (own) {
    if (kind === 'person' && c === 'IT' && !/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(compact)) {
      return fail('tax_code_format', 'A codice fiscale of a person has 16 characters');
    }
    return runValidators(own.validators, compact) ?? fail('tax_code_invalid', `Not a valid ${own.label}`);
  }
  const others = (kind === 'person' ? personValidators : entityValidators)[c];
  if (others?.length) return runValidators(others, compact) ?? fail('tax_code_invalid', 'Not a valid tax id for this country');
  // No checksum known for this country: accept a plausible identifier.
  return /^[A-Z0-9]{4,30}$/.test(compact) ? ok(compact) : fail('tax_code_format', '4–30 letters or digits');
}

/** Greece's VAT prefix is EL; ISO country GR. */
const vatPrefix = (country: string) => (country.toUpperCase() === 'GR' ? 'EL' : country.toUpperCase());

/**
 * An EU VAT number, with or without its country prefix (the company's country is assumed without).
 * Checked by stdnum and by jsvat: both must accept it.
 */
export function checkVat(value: string, defaultCountry: string): Check {
  let compact = compactId(value);
  if (!compact) return fail('required', 'Required');
  if (!/^[A-Z]{2}/.test(compact)) compact = vatPrefix(defaultCountry) + compact;
  const prefix = compact.slice(0, 2);
  const stdCountry = prefix === 'EL' ? 'GR' : prefix;
  const validators = euVat[stdCountry];
  if (!validators?.length) return fail('vat_country', `No EU VAT numbers for ${prefix}`);
  const first = runValidators(validators, compact);
  if (!first) return fail('vat_invalid', 'Not a valid VAT number');
  const second = checkVAT(compact, jsvatCountries);
  if (!second.isValid) return fail('vat_invalid', 'Not a valid VAT number');
  return ok(compact);
}

// ---------------------------------------------------------------- contacts

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function checkEmail(value: string): Check {
  const email = value.trim().toLowerCase();
  if (!email) return fail('required', 'Required');
  if (email.length > 254 || !EMAIL.test(email) || email.includes('..')) return fail('email_invalid', 'Not a valid e-mail address');
  return ok(email);
}

/** A phone number in international format (E.164); numbers without a prefix are read in `defaultCountry`. */
export function checkPhone(value: string, defaultCountry: string): Check {
  const raw = value.trim();
  if (!raw) return fail('required', 'Required');
  const parsed = parsePhoneNumberFromString(raw, defaultCountry.toUpperCase() as CountryCode);
  if (!parsed || !parsed.isValid()) return fail('phone_invalid', 'Not a valid phone number');
  return ok(parsed.number);
}

/** The national significant number's digits of an E.164 number (searched by prefix). */
export function nationalNumber(e164: string): string | null {
  return parsePhoneNumberFromString(e164)?.nationalNumber ?? null;
}

// ---------------------------------------------------------------- identity cross-checks

export interface PersonFacts {
  firstName?: string | null;
  lastName?: string | null;
  /** YYYY-MM-DD */
  birthDate?: string | null;
  gender?: 'M' | 'F' | 'X' | null;
  birthPlace?: string | null;
  birthProvince?: string | null;
}

export interface Mismatch {
  field: string;
  reason: string;
  message: string;
}

const OMOCODIA_POSITIONS = [6, 7, 9, 10, 12, 13, 14];
const OMOCODIA_DIGITS: Record<string, string> = { L: '0', M: '1', N: '2', P: '3', Q: '4', R: '5', S: '6', T: '7', U: '8', V: '9' };

/** The codice fiscale with omocodia letters (homonym substitutions) turned back into digits. */
function deOmocodia(cf: string): string {
  const chars = cf.split('');
  for (const i of OMOCODIA_POSITIONS) chars[i] = OMOCODIA_DIGITS[chars[i]] ?? chars[i];
  return chars.join('');
}

/**
 * Checks an (already valid) Italian codice fiscale against the person's data, when given: surname,
 * name, birth date and gender, birth place. Returns one mismatch per field that does not agree.
 */
export function codiceFiscaleMismatches(taxCode: string, p: PersonFacts): Mismatch[] {
  const cf = deOmocodia(compactId(taxCode));
  const out: Mismatch[] = [];
  const msg = 'Does not match the codice fiscale';
  try {
    if (p.lastName && CodiceFiscale.surnameCode(p.lastName) !== cf.slice(0, 3)) out.push({ field: 'lastName', reason: 'tax_code_mismatch', message: msg });
    if (p.firstName && CodiceFiscale.nameCode(p.firstName) !== cf.slice(3, 6)) out.push({ field: 'firstName', reason: 'tax_code_mismatch', message: msg });
    if (p.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(p.birthDate)) {
      const [y, m, d] = p.birthDate.split('-').map(Number);
      const genders: Array<'M' | 'F'> = p.gender === 'M' || p.gender === 'F' ? [p.gender] : ['M', 'F'];
      const codes = genders.map((g) => CodiceFiscale.dateCode(d, m, y, g));
      if (!codes.includes(cf.slice(6, 11))) {
        const sameDate = (['M', 'F'] as const).some((g) => CodiceFiscale.dateCode(d, m, y, g) === cf.slice(6, 11));
        out.push(sameDate ? { field: 'gender', reason: 'tax_code_mismatch', message: msg } : { field: 'birthDate', reason: 'tax_code_mismatch', message: msg });
      }
    }
  } catch {
    // the library refuses odd input (e.g. a name without letters): other checks report it
  }
  if (p.birthPlace) {
    let code: string | null = null;
    try {
      code = CodiceFiscale.findLocationCode(p.birthPlace, p.birthProvince ?? undefined);
    } catch {
      code = null; // unknown or ambiguous place: not a reason to refuse
    }
    if (code && code !== cf.slice(11, 15)) out.push({ field: 'birthPlace', reason: 'tax_code_mismatch', message: msg });
  }
  return out;
}

/** PESEL encodes birth date and gender: checks them against the person's data when given. */
export function peselMismatches(pesel: string, p: PersonFacts): Mismatch[] {
  const s = compactId(pesel);
  if (!/^\d{11}$/.test(s)) return [];
  const out: Mismatch[] = [];
  const yy = Number(s.slice(0, 2));
  const mm = Number(s.slice(2, 4));
  const dd = Number(s.slice(4, 6));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  const date = `${century + yy}-${String(mm % 20).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  if (p.birthDate && p.birthDate !== date) out.push({ field: 'birthDate', reason: 'tax_code_mismatch', message: 'Does not match the PESEL' });
  const gender = Number(s[9]) % 2 === 1 ? 'M' : 'F';
  if ((p.gender === 'M' || p.gender === 'F') && p.gender !== gender) out.push({ field: 'gender', reason: 'tax_code_mismatch', message: 'Does not match the PESEL' });
  return out;
}

/** The data a codice fiscale encodes (for pre-filling a form). */
export function decodeCodiceFiscale(taxCode: string): { birthDate: string; gender: 'M' | 'F'; birthPlace: string; birthProvince: string } | null {
  try {
    const r = CodiceFiscale.computeInverse(compactId(taxCode));
    return {
      birthDate: `${r.year}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
      gender: r.gender,
      birthPlace: r.birthplace,
      birthProvince: r.birthplaceProvincia,
    };
  } catch {
    return null;
  }
}

/** Computes a codice fiscale (demo data, tests). */
export function computeCodiceFiscale(p: { firstName: string; lastName: string; gender: 'M' | 'F'; birthDate: string; birthPlace: string; birthProvince: string }): string {
  const [year, month, day] = p.birthDate.split('-').map(Number);
  return CodiceFiscale.compute({ name: p.firstName, surname: p.lastName, gender: p.gender, day, month, year, birthplace: p.birthPlace, birthplaceProvincia: p.birthProvince });
}
