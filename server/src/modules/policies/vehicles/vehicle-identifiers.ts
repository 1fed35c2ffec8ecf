/**
 * Plates and VINs (PL-2), pure functions.
 *
 * Plate: normalized to upper-case letters and digits (spaces, dashes, dots dropped) and checked against
 * the shape of its registration country where one is defined here (IT, NL, DE/AT, PL, FR, ES, BE, CH),
 * otherwise a generic shape (2–10 letters and digits, at least one digit).
 *
 * VIN (ISO 3779): 17 characters, letters and digits without I, O and Q. Position 9 is a check digit
 * where the country uses it — North America (vehicles registered in the US, Canada or Mexico, and
 * vehicles of North American manufacturers, world manufacturer identifiers 1–5); elsewhere (Europe)
 * position 9 is free and only the shape is checked.
 */

export function normalizePlate(value: string): string {
  return value.toUpperCase().replace(/[\s\-.·/]+/g, '');
}

/** Dutch sidecodes (kentekens since 1951) in letters (L) and digits (D), without the dashes. */
const NL_SIDECODES = ['LLDDDD', 'DDDDLL', 'DDLLDD', 'LLDDLL', 'LLLLDD', 'DDLLLL', 'DDLLLD', 'DLLLDD', 'LLDDDL', 'LDDDLL', 'LLLDDL', 'LDDLLL', 'DLLDDD', 'DDDLLD'];
const sidecodeOf = (plate: string) => plate.replace(/[A-Z]/g, 'L').replace(/[0-9]/g, 'D');

const PLATE_SHAPES: Record<string, { test: (p: string) => boolean; example: string }> = {
  IT: { test: (p) => /^[A-HJ-NPR-TV-Z]{2}[0-9]{3}[A-HJ-NPR-TV-Z]{2}$/.test(p), example: 'AB 123 CD' },
  NL: { test: (p) => /^[A-Z0-9]{6}$/.test(p) && NL_SIDECODES.includes(sidecodeOf(p)), example: '12-ABC-3' },
  // district (1–3 letters), 1–2 letters, 1–4 digits, E (electric) or H (historic); at most 8 characters before the suffix
  DE: { test: (p) => /^[A-Z]{2,5}[1-9][0-9]{0,3}[EH]?$/.test(p) && p.replace(/[EH]$/, '').length <= 8, example: 'M-AB 1234' },
  AT: { test: (p) => /^[A-Z]{1,2}[A-Z0-9]{3,6}$/.test(p) && p.length <= 8, example: 'W-12345A' },
  // district (2–3 letters) and 4–5 letters or digits
  PL: { test: (p) => /^[A-Z]{2,3}[A-Z0-9]{4,5}$/.test(p) && p.length >= 7 && p.length <= 8 && /[0-9]/.test(p), example: 'WA 12345' },
  FR: { test: (p) => /^[A-Z]{2}[0-9]{3}[A-Z]{2}$/.test(p), example: 'AB-123-CD' },
  ES: { test: (p) => /^[0-9]{4}[BCDFGHJKLMNPRSTVWXYZ]{3}$/.test(p), example: '1234 BCD' },
  BE: { test: (p) => /^[1-9][A-Z]{3}[0-9]{3}$/.test(p), example: '1-ABC-123' },
  CH: { test: (p) => /^[A-Z]{2}[0-9]{1,6}$/.test(p), example: 'ZH 123456' },
};

export function plateExampleOf(country: string): string | null {
  return PLATE_SHAPES[country]?.example ?? null;
}

/** Why a (normalized) plate is refused for its country, or null. */
export function plateIssue(plate: string, country: string): { reason: string; message: string } | null {
  if (!plate) return { reason: 'required', message: 'A plate is required.' };
  const shape = PLATE_SHAPES[country];
  if (shape) return shape.test(plate) ? null : { reason: `plate_shape_${country.toLowerCase()}`, message: `Not a plate of ${country} (e.g. ${shape.example}).` };
  return /^[A-Z0-9]{2,10}$/.test(plate) && /[0-9]/.test(plate) ? null : { reason: 'plate_shape', message: 'A plate of 2 to 10 letters and digits.' };
}

const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;
const VIN_VALUES: Record<string, number> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const CHECK_DIGIT_COUNTRIES = new Set(['US', 'CA', 'MX']);

/** The ISO 3779 / FMVSS 115 check digit of a VIN: '0'–'9' or 'X'. */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i];
    const v = /[0-9]/.test(c) ? Number(c) : VIN_VALUES[c];
    sum += v * VIN_WEIGHTS[i];
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** Whether position 9 of this VIN is a check digit: registered in North America or built by a North American manufacturer. */
export function vinUsesCheckDigit(vin: string, country: string): boolean {
  return CHECK_DIGIT_COUNTRIES.has(country) || /^[1-5]/.test(vin);
}

export function normalizeVin(value: string): string {
  return value.toUpperCase().replace(/[\s-]+/g, '');
}

/** Why a (normalized) VIN is refused, or null. */
export function vinIssue(vin: string, country: string): { reason: string; message: string } | null {
  if (vin.length !== 17) return { reason: 'vin_length', message: 'A VIN has 17 characters.' };
  if (/[IOQ]/.test(vin)) return { reason: 'vin_letters', message: 'A VIN never contains the letters I, O or Q.' };
  if (!VIN.test(vin)) return { reason: 'vin_shape', message: 'A VIN has only letters and digits.' };
  if (vinUsesCheckDigit(vin, country) && vin[8] !== vinCheckDigit(vin)) return { reason: 'vin_check_digit', message: 'The check digit (9th character) does not match.' };
  return null;
}
