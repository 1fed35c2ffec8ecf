import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { translatedFieldErrors } from '../../graphql/errors';

/** "123.4" → 12340 cents; null for anything that is not an amount with at most two decimals. */
export function toCents(value: string): number | null {
  const m = /^\s*(\d{1,12})(?:[.,](\d{1,2}))?\s*$/.exec(value);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0') || '0');
}

/** 12340 → "123.40" (exact: whole cents only). */
export function fromCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The server's field errors in the user's language: payments' own reasons first, then the ledger's. */
export function paymentFieldErrors(t: TFunction, error: CombinedError | undefined): Record<string, string> {
  return translatedFieldErrors(t, error, ['payments.reason', 'ledger.reason']);
}
