import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { reasonText } from '../../forms/server-errors';
import { fieldErrors } from '../../graphql/errors';

/** The server's field errors (`extensions.fields`) in the user's language, by field path (ledger and billing). */
export function moneyFieldErrors(t: TFunction, error: CombinedError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fieldErrors(error)) {
    const name = f.field.replace(/^input\./, '');
    if (!(name in out)) out[name] = t(`ledger.reason.${f.reason}`, { defaultValue: reasonText(t, f) });
  }
  return out;
}
