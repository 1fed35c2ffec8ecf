import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { reasonText } from '../../forms/server-errors';
import { fieldErrors } from '../../graphql/errors';

/** The server's field errors in the user's language, by field path (`design.` and `input.` prefixes dropped). */
export function productFieldErrors(t: TFunction, error: CombinedError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fieldErrors(error)) {
    const name = f.field.replace(/^(input|design)\./, '');
    if (!(name in out)) out[name] = t(`products.reason.${f.reason}`, { defaultValue: reasonText(t, f) });
  }
  return out;
}
