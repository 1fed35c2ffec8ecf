import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { IconEyeOff, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { useFormat } from '../../../i18n/format';
import type { ClientCard } from '../common/client-types';
import { KindBadge, StatusBadge } from '../common/badges';
import { useDocumentTitle } from '../../../components/document-title';

/** The card's name, kind and status, its identifiers and preferred contacts; why it is hidden or erased. */
export function ClientHeader({ client, actions }: { client: ClientCard; actions: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(client.displayName);
  const residence = client.addresses.find((a) => a.kind === 'RESIDENCE');
  const facts = [
    client.taxCode && t('clients.panel.taxCodeFact', { value: client.taxCode }),
    client.vatNumber && t('clients.panel.vatFact', { value: client.vatNumber }),
    client.noLocalTaxId && t('clients.list.noLocalTaxId'),
    client.preferredEmail,
    client.preferredPhone,
    residence && `${residence.city}${residence.province ? ` (${residence.province})` : ''}`,
  ].filter((f): f is string => !!f);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={6}>
          <Group gap="sm" wrap="wrap">
            <Title order={1} size="h2" data-testid="client-name">
              {client.displayName}
            </Title>
            <KindBadge kind={client.kind} />
            <StatusBadge status={client.status} erased={!!client.erasedAt} />
          </Group>
          <Text size="sm" c="dimmed" data-testid="client-facts">
            {facts.join(' · ')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('clients.panel.since', { date: format.date(client.createdAt) })}
          </Text>
        </Stack>
        <Group gap="sm">{actions}</Group>
      </Group>
      {client.erasedAt && (
        <Alert color="dark" icon={<IconShieldX />} data-testid="erased-banner">
          {t('clients.panel.erasedBanner', { date: format.dateTime(client.erasedAt) })}
        </Alert>
      )}
      {!client.erasedAt && client.status === 'HIDDEN' && (
        <Alert color="gray" icon={<IconEyeOff />} data-testid="hidden-banner">
          {t('clients.panel.hiddenBanner', { date: format.dateTime(client.hiddenAt), reason: client.hiddenReason ?? '' })}
        </Alert>
      )}
    </Stack>
  );
}
