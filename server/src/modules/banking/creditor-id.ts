/**
 * The SEPA creditor identifier (EPC262-08 "Creditor Identifier Overview"): country code (2 letters),
 * check digits (2), creditor business code (3 characters, any — "ZZZ" when unused; NOT part of the
 * check), national identifier (up to 28). The check digits are ISO 7064 mod 97-10 over the national
 * identifier followed by the country code and "00", letters as numbers (A = 10 … Z = 35): 98 − (n mod 97).
 * Valid when (national identifier + country code + check digits) mod 97 = 1.
 */
export type CreditorIdCheck = { ok: true; value: string } | { ok: false; reason: string; message: string };

const toDigits = (s: string) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));

/** n mod 97 of a long digit string, piecewise (no big numbers). */
export function mod97(digits: string): number {
  let r = 0;
  for (let i = 0; i < digits.length; i += 7) r = Number(String(r) + digits.slice(i, i + 7)) % 97;
  return r;
}

export function checkCreditorId(raw: string | null | undefined): CreditorIdCheck {
  const v = (raw ?? '').replace(/\s/g, '').toUpperCase();
  if (!v) return { ok: false, reason: 'required', message: 'The creditor identifier is required.' };
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/.test(v) || v.length > 35) {
    return { ok: false, reason: 'creditor_id_format', message: 'Country code, 2 check digits, a 3-character business code and the national identifier (e.g. DE98ZZZ09999999999).' };
  }
  const country = v.slice(0, 2);
  const national = v.slice(7);
  if (mod97(toDigits(`${national}${country}${v.slice(2, 4)}`)) !== 1) {
    return { ok: false, reason: 'creditor_id_check', message: 'The check digits do not match (ISO 7064 mod 97-10).' };
  }
  return { ok: true, value: v };
}
