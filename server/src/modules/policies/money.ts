import { GraphQLScalarType, Kind } from 'graphql';

/**
 * Exact money and rates without floating point: an amount is a bigint of cents (minor units, two
 * decimals as in numeric(14,2)); a rate is a bigint of hundredths of a percent (numeric(5,2)).
 * Values travel as decimal strings ("1234.50") in GraphQL (scalar `Decimal`) and in PostgreSQL.
 */
export type Cents = bigint;

/** The largest amount numeric(14,2) holds: 999999999999.99. */
export const MAX_CENTS: Cents = 99_999_999_999_999n;

const AMOUNT = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** "1234.5" → 123450n; null for anything that is not a non-negative decimal with at most two places. */
export function parseCents(value: string): Cents | null {
  const m = AMOUNT.exec(value.trim());
  if (!m) return null;
  return BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0') || '0');
}

const STORED = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * A non-negative amount PostgreSQL computed ("2000000000061.98"): like parseCents, but without the
 * twelve-digit bound of an amount entered — a sum over many rows may exceed what one row can hold.
 */
export function parseStoredCents(value: string): Cents | null {
  const m = STORED.exec(value.trim());
  if (!m) return null;
  return BigInt(m[1]) * 100n + BigInt((m[2] ?? '').padEnd(2, '0') || '0');
}

/** 123450n → "1234.50" (negative amounts keep their sign). */
export function formatCents(cents: Cents): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** What a field holding an amount looks like when it is refused: negative or not a decimal. */
export function amountIssue(value: string): { reason: string; message: string } | null {
  if (/^\s*-/.test(value) && parseCents(value.replace('-', '')) !== null) return { reason: 'negative', message: 'Must not be negative.' };
  if (parseCents(value) === null) return { reason: 'not_a_decimal', message: 'An amount with at most two decimals, e.g. "1234.50".' };
  return null;
}

/** A signed amount ("-12.50", "+3", "7.1") → cents; null when it is not one. */
export function parseSignedCents(value: string): Cents | null {
  const m = /^\s*([+-]?)(.*)$/.exec(value);
  const c = m ? parseCents(m[2]) : null;
  return c === null ? null : m![1] === '-' ? -c : c;
}

/** A percentage 0…100 with at most two decimals ("22.25"). */
export function parseRate(value: string): bigint | null {
  const c = parseCents(value);
  return c !== null && c <= 10_000n ? c : null;
}

/** An amount already as numeric(n,2) writes it ("1234.50", "-3.00"): nothing to normalise. */
const CANONICAL = /^-?(?:0|[1-9]\d*)\.\d\d$/;

/** PostgreSQL numeric comes back as a string; normalise to two places ("12.5" → "12.50"). */
export function normaliseDecimal(value: string | number): string {
  // most values are numeric(14,2) text from PostgreSQL: served as they are, without the cents round trip
  if (typeof value === 'string' && CANONICAL.test(value) && value !== '-0.00') return value;
  // a value computed by PostgreSQL (a sum) may be longer than an amount entered
  const c = parseStoredCents(String(value).replace(/^-/, ''));
  if (c === null) throw new Error(`not a decimal: ${value}`);
  return formatCents(String(value).startsWith('-') ? -c : c);
}

/** Splits an amount into `n` parts that sum to it exactly; the remainder cents go to the first part. */
export function splitCents(total: Cents, n: number): Cents[] {
  if (n < 1) throw new Error('split into at least one part');
  const count = BigInt(n);
  const base = total / count;
  const parts = Array.from({ length: n }, () => base);
  parts[0] += total - base * count;
  return parts;
}

/**
 * `Decimal`: an exact decimal number as a string ("1234.50"). Numbers are refused (they would pass
 * through a binary float); the operation checks the format and names the field.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1234.50" (money: two decimals). Never a float.',
  serialize: (value) => normaliseDecimal(value as string),
  parseValue: (value) => {
    if (typeof value !== 'string') throw new TypeError('Decimal values are strings, e.g. "1234.50".');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Decimal values are strings, e.g. "1234.50".');
    return ast.value;
  },
});
