import { useState } from 'react';
import { useQuery } from 'urql';
import type { ClientTabProps } from '../../clients/panel-tabs';
import { ClientAuditTrailQuery } from './audit-queries';
import { AuditTrailView, TRAIL_PAGE } from './audit-trail-view';

/**
 * The History tab of a client card (BASE-7): who changed what on this card and its areas, when,
 * with the values before → after, in the user's language. Read with `clients:view`.
 */
export function ClientHistoryTab({ clientId }: ClientTabProps) {
  const [first, setFirst] = useState(TRAIL_PAGE);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ClientAuditTrailQuery, variables: { clientId, first }, requestPolicy: 'cache-and-network' });
  return (
    <AuditTrailView
      trail={data?.clientAuditTrail}
      fetching={fetching}
      error={error}
      first={first}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      onMore={setFirst}
      testId="client-history"
    />
  );
}
