import { Anchor, Button, Group, SimpleGrid, Stack, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { StatCard } from '../../components/stat-card';
import { useSession } from '../../session/session-context';
import { useLocalized } from './design';
import { VersionStatusBadge } from './status-badge';
import { ProductsOverviewQuery } from './queries';

/** The products module's start page: key figures (BASE-8) and the product list. */
export function ProductsPage() {
  const { t } = useTranslation();
  const loc = useLocalized();
  const session = useSession();
  const [{ data, error }, refetch] = useQuery({ query: ProductsOverviewQuery, requestPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const d = data.productsDashboard;
  const count = (s: string) => d.byStatus.find((x) => x.status === s)?.count ?? 0;
  const weekly = d.quotesPerWeek.reduce((sum, w) => sum + w.quotes, 0);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('products.list.title')}
        subtitle={t('products.list.subtitle')}
        actions={
          session.can('products', 'create') ? (
            <Button component={Link} to="/products/new" leftSection={<IconPlus size={16} />} data-testid="new-product">
              {t('products.nav.new')}
            </Button>
          ) : undefined
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} data-testid="products-dashboard">
        <StatCard label={t('products.dashboard.published')} value={String(count('PUBLISHED'))} hint={t('products.dashboard.inProgress', { test: count('TEST'), waiting: count('SUBMITTED') })} />
        <StatCard label={t('products.dashboard.quotes')} value={String(weekly)} hint={t('products.dashboard.quotesHint')} />
        <StatCard label={t('products.dashboard.conversion')} value={`${d.conversionRate} %`} hint={t('products.dashboard.conversionHint', { converted: d.converted, offers: d.offers })} />
        <StatCard label={t('products.dashboard.requests')} value={String(d.requestsWaiting)} hint={t('products.dashboard.requestsHint')} />
      </SimpleGrid>
      {data.products.length === 0 ? (
        <EmptyState title={t('products.list.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="products-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('products.field.code')}</Table.Th>
                <Table.Th>{t('products.field.name')}</Table.Th>
                <Table.Th>{t('products.field.line')}</Table.Th>
                <Table.Th>{t('products.field.insurer')}</Table.Th>
                <Table.Th>{t('products.field.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.products.map((p) => (
                <Table.Tr key={p.id} data-testid="product-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/products/${p.id}`}>{p.code}</Anchor>
                  </Table.Td>
                  <Table.Td>{loc(p.latestVersion.names)}</Table.Td>
                  <Table.Td>{p.line.name}</Table.Td>
                  <Table.Td>{p.insurer.name}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <VersionStatusBadge status={p.latestVersion.status} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
