import { Anchor, Badge, Group, List, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientsDashboardQuery } from '../../../gql/graphql';
import { ChartPanel } from '../../../components/dashboard-layout';
import { EmptyState } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';
import { clientPath } from '../common/client-types';
import { useClientOptions } from '../common/use-client-options';

type Dashboard = ClientsDashboardQuery['clientsDashboard'];

/** The work lists of the dashboard: identity documents expiring within 60 days, persons without a scanned document. */
export function DashboardLists({ dashboard: d }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lists = useClientOptions();
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartPanel title={t('clients.dashboard.expiringTitle')} description={t('clients.dashboard.expiringHint')}>
        {d.expiringDocuments.length === 0 ? (
          <EmptyState title={t('clients.dashboard.noneExpiring')} />
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table striped aria-label={t('clients.dashboard.expiringTitle')} data-testid="expiring-documents">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('clients.list.name')}</Table.Th>
                  <Table.Th>{t('clients.fields.identityType')}</Table.Th>
                  <Table.Th>{t('clients.fields.expiryDate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.expiringDocuments.map((x) => (
                  <Table.Tr key={x.documentId}>
                    <Table.Td>
                      <Anchor component={Link} to={clientPath(x.clientId, 'identity')} size="sm">
                        {x.displayName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{lists.label('identityDocumentType', x.type)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color="orange" variant="light">
                        {format.date(`${x.expiryDate}T12:00:00`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </ChartPanel>
      <ChartPanel title={t('clients.dashboard.missingTitle')} description={t('clients.dashboard.missingHint')}>
        {d.missingScanSample.length === 0 ? (
          <EmptyState title={t('clients.dashboard.noneMissing')} />
        ) : (
          <List size="sm" spacing={4} data-testid="missing-scans">
            {d.missingScanSample.map((x) => (
              <List.Item key={x.clientId}>
                <Group gap="xs">
                  <Anchor component={Link} to={clientPath(x.clientId, 'identity')} size="sm">
                    {x.displayName}
                  </Anchor>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </ChartPanel>
    </SimpleGrid>
  );
}
