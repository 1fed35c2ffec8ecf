import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  request: 'gray',
  info: 'gray',
  offer: 'blue',
  application: 'indigo',
  policy: 'teal',
  own: 'teal',
  foreign: 'grape',
  foreign_part: 'grape',
  blocked: 'orange',
  dormant: 'yellow',
  cancelled: 'red',
};

/** A policy's status (PL-1) in the user's language. */
export function PolicyStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const s = status.toLowerCase();
  return (
    <Badge color={COLORS[s] ?? 'gray'} variant="light" miw="max-content" data-testid="policy-status" data-status={s}>
      {t(`policies.status.${s}`, { defaultValue: s })}
    </Badge>
  );
}
