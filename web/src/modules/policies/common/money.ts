/**
 * Exact money in the browser: amounts are decimal strings ("1234.50") from the API, added as bigint
 * cents (never JS floating point) and shown through Intl, which formats a decimal string exactly.
 */
const AMOUNT = /^(\d{1,12})(?:[.,](\d{1,2}))?$/;

/** "1234.5" → 123450n; null for anything that is not a non-negative amount with at most two decimals. */
export function toCents(value: string): bigint | null {
  const m = AMOUNT.exec(value.trim());
  if (!m) return null;
  return BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0') || '0');
}

/** 123450n → "1234.50". */
export function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** net + taxes exactly, or '' while either is not an amount. */
export function grossOf(net: string, taxes: string): string {
  const a = toCents(net);
  const b = toCents(taxes);
  return a === null || b === null ? '' : fromCents(a + b);
}

/** The sum of decimal strings, exactly. */
export function sumOf(values: readonly string[]): string {
  return fromCents(values.reduce((s, v) => s + (toCents(v) ?? 0n), 0n));
}

/** The amount typed in the user's way ("1.234,50" in Italy) as the API's decimal string, or null. */
export function normaliseAmount(typed: string): string | null {
  const s = typed.trim().replace(/\s|'/g, '');
  // a thousands separator followed by a decimal one: keep the last as the decimal point
  const lastSep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  const candidate = lastSep >= 0 && s.length - lastSep - 1 <= 2 ? `${s.slice(0, lastSep).replace(/[.,]/g, '')}.${s.slice(lastSep + 1)}` : s.replace(/[.,]/g, '');
  return toCents(candidate) === null ? null : fromCents(toCents(candidate)!);
}

/** The amount in the user's language and the company's currency (shared with the client portal). */
export { formatMoney } from '../../../i18n/money';
