import { useMemo } from 'react';
import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconUserPlus } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ClientsListQuery } from '../queries';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-state';
import { useSession } from '../../../session/session-context';
import { useFormat } from '../../../i18n/format';
import { clientPath, type ClientSummary } from '../common/client-types';
import { KindBadge, StatusBadge } from '../common/badges';
import { PAGE_SIZES, readParams, sortingOf, sortOf, toFilter, writeParams, type ListParams } from './list-params';
import { ClientListFilters } from './list-filters';
import { ClientCard } from './client-card';

const column = createColumnHelper<ClientSummary>();

/** The client list (CL-5, CL-8): filters by status and kind, hidden cards on request, server order and paging. */
export function ClientsListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readParams(search), [search]);
  // from the address as it is at this moment (not as it was when this page last rendered): a text
  // filter written after a pause must not undo a filter chosen meanwhile
  const change = (next: Partial<ListParams>) => setSearch(writeParams({ ...readParams(new URLSearchParams(window.location.search)), page: 1, ...next }), { replace: true });
  const variables = useMemo(() => ({ filter: toFilter(params), first: params.size, offset: (params.page - 1) * params.size }), [params]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ClientsListQuery, variables, requestPolicy: 'cache-and-network' });
  const page = data?.clients;
  const pages = page ? Math.max(1, Math.ceil(page.total / params.size)) : 1;

  const columns = useMemo(
    () => [
      column.accessor('displayName', {
        id: 'name',
        header: () => t('clients.list.name'),
        // one line per client: a long name is cut with "…" and shown whole on hover
        cell: (c) => (
          <Anchor component={Link} to={clientPath(c.row.original.id)} fw={500} size="sm" onClick={(e) => e.stopPropagation()} data-testid="client-link" title={c.getValue()} className="cell-line" maw={260}>
            {c.getValue()}
          </Anchor>
        ),
      }),
      column.accessor('kind', { header: () => t('clients.list.kind'), enableSorting: false, cell: (c) => <KindBadge kind={c.getValue()} /> }),
      column.accessor('status', { header: () => t('clients.list.status'), enableSorting: false, cell: (c) => <StatusBadge status={c.getValue()} /> }),
      column.accessor((r) => r.taxCode ?? r.vatNumber ?? '', {
        id: 'taxId',
        header: () => t('clients.list.taxId'),
        enableSorting: false,
        cell: (c) => (c.row.original.noLocalTaxId && !c.getValue() ? <Text size="sm" c="dimmed" className="cell-line">{t('clients.list.noLocalTaxId')}</Text> : <Text size="sm" className="mono cell-line">{c.getValue()}</Text>),
      }),
      column.accessor((r) => r.preferredEmail ?? r.preferredPhone ?? '', {
        id: 'contact',
        header: () => t('ux.list.contact'),
        enableSorting: false,
        cell: (c) => (
          <Stack gap={0}>
            {c.row.original.preferredEmail && (
              <Text size="sm" className="cell-line" maw={240} title={c.row.original.preferredEmail} data-testid="cell-email">
                {c.row.original.preferredEmail}
              </Text>
            )}
            {c.row.original.preferredPhone && (
              <Text size="xs" c="dimmed" className="cell-line" data-testid="cell-phone">
                {c.row.original.preferredPhone}
              </Text>
            )}
          </Stack>
        ),
      }),
      column.accessor((r) => r.residence?.city ?? '', {
        id: 'city',
        header: () => t('clients.list.city'),
        enableSorting: false,
        cell: (c) => (
          <Text size="sm" className="cell-line" maw={180} data-testid="cell-city">
            {[c.getValue(), c.row.original.residence?.province].filter(Boolean).join(' ')}
          </Text>
        ),
      }),
      column.accessor('createdAt', { header: () => t('clients.list.createdAt'), sortDescFirst: true, cell: (c) => <Text size="sm" className="cell-line">{format.date(c.getValue())}</Text> }),
    ],
    [t, format],
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('clients.list.title')}
        subtitle={t('clients.list.subtitle', { company: session.me.company?.name ?? '' })}
        actions={
          session.can('clients', 'create') && (
            <Button component={Link} to="/clients/new" leftSection={<IconUserPlus size={16} />} data-testid="new-client">
              {t('clients.nav.new')}
            </Button>
          )
        }
      />
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <DataTable
        label={t('clients.list.title')}
        columns={columns}
        data={page?.items ?? []}
        getRowId={(c) => c.id}
        loading={fetching && !page}
        emptyTitle={t('clients.list.empty')}
        emptyHint={t('clients.list.emptyHint')}
        sorting={sortingOf(params.sort)}
        onSortingChange={(s) => change({ sort: sortOf(s) })}
        onRowClick={(c) => navigate(clientPath(c.id))}
        minWidth={1000}
        toolbar={<ClientListFilters params={params} change={change} />}
        renderCard={(c) => <ClientCard client={c} />}
        footer={
          page && page.total > 0 ? (
            <Group justify="space-between" mt="sm" wrap="wrap">
              <Text size="sm" c="dimmed" aria-live="polite" data-testid="clients-count">
                {t('table.range', {
                  first: format.number((params.page - 1) * params.size + 1),
                  last: format.number((params.page - 1) * params.size + page.items.length),
                  total: format.number(page.total),
                })}
              </Text>
              <Group gap="xs">
                <Select aria-label={t('table.pageSize')} data={PAGE_SIZES} value={String(params.size)} onChange={(v) => change({ size: Number(v ?? 50) })} w={90} size="xs" allowDeselect={false} />
                <Button size="xs" variant="default" leftSection={<IconChevronLeft size={14} />} disabled={params.page <= 1} onClick={() => change({ page: params.page - 1 })}>
                  {t('table.previous')}
                </Button>
                <Text size="sm">{t('table.page', { page: `${format.number(params.page)} / ${format.number(pages)}` })}</Text>
                <Button size="xs" variant="default" rightSection={<IconChevronRight size={14} />} disabled={params.page >= pages} onClick={() => change({ page: params.page + 1 })} data-testid="clients-next">
                  {t('table.next')}
                </Button>
              </Group>
            </Group>
          ) : null
        }
      />
    </Stack>
  );
}
