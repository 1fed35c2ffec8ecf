import type { CombinedError } from 'urql';
import { ERROR_CODES, type ErrorCode, type FieldError } from '@agency/shared';

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

export function retryAfterSeconds(error: CombinedError | undefined | null): number | undefined {
  const value = errorExtension<unknown>(error, 'retryAfterSeconds');
  return typeof value === 'number' ? value : undefined;
}

export function errorReason(error: CombinedError | undefined | null): string | undefined {
  const value = errorExtension<unknown>(error, 'reason');
  return typeof value === 'string' ? value : undefined;
}
