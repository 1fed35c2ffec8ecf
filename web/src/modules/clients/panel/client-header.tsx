import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { IconEyeOff, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { cardNameOf } from '@agency/shared';
import { useValidationOptions } from '../common/registry-values';
import type { ReactNode } from 'react';
import { useFormat } from '../../../i18n/format';
import type { ClientCard } from '../common/client-types';
import { KindBadge, StatusBadge } from '../common/badges';
import { useDocumentTitle } from '../../../components/document-title';

/** "BSN 111222333", "Codice fiscale RSS…": the tax id named after its country, in the user's language. */
function taxIdFact(t: TFunction, client: ClientCard): string {
  const kind = client.kind === 'PERSON' ? 'person' : 'entity';
  const label = t(`naming.taxIdShort.${kind}.${client.taxCountry}`, { defaultValue: '' });
  return label ? t('naming.taxIdFact', { label, value: client.taxCode }) : t('clients.panel.taxCodeFact', { value: client.taxCode });
}

/** The card's name in the company's convention ("Jan de Vries" in a Dutch agency, "Rossi Mario" in an Italian one), kind and status, its identifiers and preferred contacts; why it is hidden or erased. */
export function ClientHeader({ client, actions }: { client: ClientCard; actions: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const company = useValidationOptions();
  useDocumentTitle(client.displayName);
  const residence = client.addresses.find((a) => a.kind === 'RESIDENCE');
  const facts = [
    client.taxCode && taxIdFact(t, client),
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
              {client.erasedAt ? client.displayName : cardNameOf(client, company.country) || client.displayName}
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
