import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { ERROR_CODES, type ErrorCode, type FieldError } from '@agency/shared';
import { i18n } from '../i18n';

/** The first `extensions.code` of a GraphQL error; network trouble counts as INTERNAL. */
export function errorCode(error: CombinedError | undefined | null): ErrorCode | 'NETWORK' | undefined {
  if (!error) return undefined;
  for (const e of error.graphQLErrors) {
    const code = e.extensions?.code;
    if (typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code)) return code as ErrorCode;
  }
  if (error.networkError) return 'NETWORK';
  return error.graphQLErrors.length ? 'INTERNAL' : undefined;
}

export function errorExtension<T>(error: CombinedError | undefined | null, key: string): T | undefined {
  for (const e of error?.graphQLErrors ?? []) {
    const value = e.extensions?.[key];
    if (value !== undefined) return value as T;
  }
  return undefined;
}

/** BAD_USER_INPUT's `extensions.fields`: which input field is wrong and why. */
export function fieldErrors(error: CombinedError | undefined | null): FieldError[] {
  const fields = errorExtension<unknown>(error, 'fields');
  if (!Array.isArray(fields)) return [];
  return fields.filter(
    (f): f is FieldError => !!f && typeof f === 'object' && typeof (f as FieldError).field === 'string' && typeof (f as FieldError).reason === 'string',
  );
}

/** A server reason (`extensions.fields[].reason`) in the user's language; the general validation text if unknown. */
export function reasonText(t: TFunction, error: FieldError): string {
  for (const key of [`validation.reason.${error.reason}`, `validation.${error.reason}`]) {
    if (i18n.exists(key)) return t(key);
  }
  return t('validation.invalid');
}

/**
 * The server's field errors (`extensions.fields`) in the user's language, by field path without the
 * `input.` prefix (or what `strip` matches; the first error of a field wins). Each reason is looked up
 * under `reasons`, in order (e.g. `'ledger.reason'` → `ledger.reason.NOT_BALANCED`); a reason no
 * namespace has a text for reads as the general validation text (`reasonText`), never the server's
 * technical message.
 */
export function translatedFieldErrors(
  t: TFunction,
  error: CombinedError | undefined | null,
  reasons: string | readonly string[],
  strip: RegExp = /^input\./,
): Record<string, string> {
  const namespaces = typeof reasons === 'string' ? [reasons] : reasons;
  const out: Record<string, string> = {};
  for (const f of fieldErrors(error)) {
    const name = f.field.replace(strip, '');
    if (name in out) continue;
    const key = namespaces.map((ns) => `${ns}.${f.reason}`).find((k) => i18n.exists(k));
    out[name] = key ? t(key) : reasonText(t, f);
  }
  return out;
}

export function retryAfterSeconds(error: CombinedError | undefined | null): number | undefined {
  const value = errorExtension<unknown>(error, 'retryAfterSeconds');
  return typeof value === 'number' ? value : undefined;
}

export function errorReason(error: CombinedError | undefined | null): string | undefined {
  const value = errorExtension<unknown>(error, 'reason');
  return typeof value === 'string' ? value : undefined;
}
