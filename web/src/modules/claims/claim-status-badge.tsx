import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { REPORTED: 'blue', IN_REVIEW: 'yellow', SETTLED: 'teal', REJECTED: 'red', CLOSED: 'gray' };

/** A claim's status in the user's language. */
export function ClaimStatusBadge({ status, testId = 'claim-status' }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" data-testid={testId} data-status={status}>
      {t(`claims.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
