import { useQuery } from 'urql';
import { formatMoney } from '../i18n/money';
import { useFormat, type Formatters } from '../i18n/format';
import { PortalMeQuery } from './portal-shell';

export interface PortalFormatters extends Formatters {
  /** An amount from the API (decimal string) in the reader's language and the agency's currency. */
  amount(value: string | null | undefined): string;
}

/** The app's formatters, plus money in the agency's currency (read from the signed-in account, cached). */
export function usePortalFormat(): PortalFormatters {
  const format = useFormat();
  const [{ data }] = useQuery({ query: PortalMeQuery });
  const currency = data?.portalMe?.companyCurrency ?? 'EUR';
  return { ...format, amount: (value) => formatMoney(value, format.locale, currency) };
}
