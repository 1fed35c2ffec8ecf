import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { translatedFieldErrors } from '../../graphql/errors';

/** The server's field errors (`extensions.fields`) in the user's language, by field path (ledger and billing). */
export function moneyFieldErrors(t: TFunction, error: CombinedError | undefined): Record<string, string> {
  return translatedFieldErrors(t, error, 'ledger.reason');
}
