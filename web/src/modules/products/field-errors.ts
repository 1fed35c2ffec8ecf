import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { translatedFieldErrors } from '../../graphql/errors';

/** The server's field errors in the user's language, by field path (`design.` and `input.` prefixes dropped). */
export function productFieldErrors(t: TFunction, error: CombinedError | undefined): Record<string, string> {
  return translatedFieldErrors(t, error, 'products.reason', /^(input|design)\./);
}
