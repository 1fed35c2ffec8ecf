import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { clientPath, type ClientSummary } from '../common/client-types';
import { KindBadge, StatusBadge } from '../common/badges';

/** One client of the list on a phone: what the table's row shows, as a card (issue #8 §3). */
export function ClientCard({ client }: { client: ClientSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const taxId = client.taxCode ?? client.vatNumber;
  const city = [client.residence?.city, client.residence?.province].filter(Boolean).join(' ');
  return (
    <Stack gap={4} miw={0}>
      <Group justify="space-between" wrap="nowrap" gap="xs" miw={0}>
        <Anchor component={Link} to={clientPath(client.id)} fw={600} size="sm" className="cell-line" onClick={(e) => e.stopPropagation()} data-testid="client-link" title={client.displayName}>
          {client.displayName}
        </Anchor>
        <Group gap={4} wrap="nowrap">
          <KindBadge kind={client.kind} />
          <StatusBadge status={client.status} />
        </Group>
      </Group>
      <Text size="sm" className={taxId ? 'mono cell-line' : 'cell-line'} c={taxId ? undefined : 'dimmed'}>
        {taxId ?? (client.noLocalTaxId ? t('clients.list.noLocalTaxId') : '')}
      </Text>
      {(client.preferredEmail || client.preferredPhone) && (
        <Text size="sm" c="dimmed" className="cell-line">
          {[client.preferredEmail, client.preferredPhone].filter(Boolean).join(' · ')}
        </Text>
      )}
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed" className="cell-line" data-testid="card-city">
          {city}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('clients.list.createdAt')} {format.date(client.createdAt)}
        </Text>
      </Group>
    </Stack>
  );
}
