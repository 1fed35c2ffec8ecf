/**
 * An amount of money from the API (a decimal string, "1234.50") in the user's language and the
 * company's currency. Intl formats a decimal string exactly: the amount never passes through a float.
 */
export function formatMoney(value: string | null | undefined, locale: string, currency: string): string {
  if (value === null || value === undefined || value === '') return '';
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value as unknown as number);
}
