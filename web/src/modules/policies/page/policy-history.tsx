import { useState } from 'react';
import { useQuery } from 'urql';
import { PolicyAuditTrailQuery } from '../queries';
import { AuditTrailView, TRAIL_PAGE } from '../../base/audit/audit-trail-view';

/**
 * The History of a policy (BASE-7): who changed what on the policy, its schedule, versions, insured
 * persons and objects and documents, when, before → after, in the user's language. Read with
 * `policies:view` (policyAuditTrail).
 */
export function PolicyHistory({ policyId }: { policyId: string }) {
  const [first, setFirst] = useState(TRAIL_PAGE);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PolicyAuditTrailQuery, variables: { policyId, first }, requestPolicy: 'cache-and-network' });
  return (
    <AuditTrailView
      trail={data?.policyAuditTrail}
      fetching={fetching}
      error={error}
      first={first}
      onRetry={() => refetch({ requestPolicy: 'network-only' })}
      onMore={setFirst}
      testId="policy-history"
    />
  );
}
