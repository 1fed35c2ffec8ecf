import { useMemo } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from 'urql';
import { ClientDuplicatesQuery } from '../queries';
import type { DuplicateInfo } from './duplicates';

/** CL-7 while typing: cards sharing the tax id, the VAT number or the e-mail, checked after a pause. */
export function useDuplicateCheck(taxCode: string, vatNumber: string, email: string): DuplicateInfo[] {
  const key = JSON.stringify([taxCode.trim(), vatNumber.trim(), email.trim()]);
  const [debounced] = useDebouncedValue(key, 500);
  const input = useMemo(() => {
    const [tax, vat, mail] = JSON.parse(debounced) as [string, string, string];
    return { taxCode: tax.length >= 8 ? tax : null, vatNumber: vat.length >= 8 ? vat : null, emails: /.+@.+\..+/.test(mail) ? [mail] : [] };
  }, [debounced]);
  const pause = !input.taxCode && !input.vatNumber && input.emails.length === 0;
  const [{ data }] = useQuery({ query: ClientDuplicatesQuery, variables: { input }, pause, requestPolicy: 'network-only' });
  return useMemo(
    () => (pause ? [] : (data?.clientDuplicates ?? []).map((d) => ({ id: d.client.id, displayName: d.client.displayName, status: d.client.status, matchedOn: d.matchedOn }))),
    [data, pause],
  );
}
