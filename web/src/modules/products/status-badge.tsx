import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = { DRAFT: 'gray', SUBMITTED: 'yellow', APPROVED: 'teal', TEST: 'orange', PUBLISHED: 'green', RETIRED: 'dark' };

export function VersionStatusBadge({ status, testId }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" data-testid={testId} data-status={status}>
      {t(`products.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}
