import { Badge } from '@mantine/core';
import { IconBuilding, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const STATUS_COLORS: Record<string, string> = { active: 'teal', prospect: 'blue', hidden: 'gray' };

/** Prospect / active / hidden (CL-8); takes the API's or the shared value. */
export function StatusBadge({ status, erased }: { status: string; erased?: boolean }) {
  const { t } = useTranslation();
  const s = status.toLowerCase();
  if (erased) {
    return (
      <Badge color="dark" variant="light" miw="max-content" data-testid="status-badge">
        {t('clients.status.erased')}
      </Badge>
    );
  }
  return (
    <Badge color={STATUS_COLORS[s] ?? 'gray'} variant="light" miw="max-content" data-testid="status-badge">
      {t(`clients.enum.status.${s}`, { defaultValue: s })}
    </Badge>
  );
}

/** Person or legal entity (CL-1). */
export function KindBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  const k = kind.toLowerCase();
  return (
    <Badge color={k === 'entity' ? 'grape' : 'indigo'} variant="outline" miw="max-content" leftSection={k === 'entity' ? <IconBuilding size={12} aria-hidden /> : <IconUser size={12} aria-hidden />}>
      {t(`clients.enum.kind.${k}`, { defaultValue: k })}
    </Badge>
  );
}
