import { Anchor, Badge, Button, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useFormat } from '../../i18n/format';
import { QuoteRequestsQuery } from './queries';

/** The queue of quote requests for staff, oldest first. */
export function RequestsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, error }, refetch] = useQuery({ query: QuoteRequestsQuery, variables: { statuses: ['WAITING'] }, requestPolicy: 'cache-and-network' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  return (
    <Stack gap="lg">
      <PageHeader title={t('products.nav.requests')} subtitle={t('products.requests.subtitle')} />
      {data.quoteRequests.length === 0 ? (
        <EmptyState title={t('products.requests.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="quote-requests">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('products.requests.received')}</Table.Th>
                <Table.Th>{t('products.requests.requester')}</Table.Th>
                <Table.Th>{t('products.field.product')}</Table.Th>
                <Table.Th>{t('products.websites.source')}</Table.Th>
                <Table.Th>{t('products.requests.handler')}</Table.Th>
                <Table.Th>{t('products.field.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.quoteRequests.map((r) => (
                <Table.Tr key={r.id} data-testid="request-row">
                  <Table.Td>{format.dateTime(r.createdAt)}</Table.Td>
                  <Table.Td>
                    {r.client ? <Anchor component={Link} to={`/clients/${r.client.id}?tab=offers`}>{r.requesterName}</Anchor> : r.requesterName} · {r.requesterEmail}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/products/${r.product.id}`}>{r.product.code}</Anchor>
                  </Table.Td>
                  <Table.Td data-testid="request-source">
                    {r.websiteName ? t('products.websites.fromWebsite', { website: r.websiteName, producer: r.producerName ?? '—' }) : t('products.websites.fromStaff')}
                  </Table.Td>
                  <Table.Td>{r.handlerName ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`products.requestStatus.${r.status}`, { defaultValue: r.status })}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button component={Link} to={`/products/${r.product.id}?request=${r.id}`} size="xs" variant="light" data-testid="request-quote">
                      {t('products.requests.quote')}
                    </Button>
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
