import { useMemo } from 'react';
import { Anchor, Button, Chip, Group, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
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

const column = createColumnHelper<ClientSummary>();

/** The client list (CL-5, CL-8): filters by status and kind, hidden cards on request, server order and paging. */
export function ClientsListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readParams(search), [search]);
  const change = (next: Partial<ListParams>) => setSearch(writeParams({ ...params, page: 1, ...next }), { replace: true });
  const variables = useMemo(() => ({ filter: toFilter(params), first: params.size, offset: (params.page - 1) * params.size }), [params]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ClientsListQuery, variables, requestPolicy: 'cache-and-network' });
  const page = data?.clients;
  const pages = page ? Math.max(1, Math.ceil(page.total / params.size)) : 1;

  const columns = useMemo(
    () => [
      column.accessor('displayName', {
        id: 'name',
        header: () => t('clients.list.name'),
        cell: (c) => (
          <Anchor component={Link} to={clientPath(c.row.original.id)} fw={500} size="sm" onClick={(e) => e.stopPropagation()} data-testid="client-link">
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
        cell: (c) => (c.row.original.noLocalTaxId && !c.getValue() ? <Text size="sm" c="dimmed">{t('clients.list.noLocalTaxId')}</Text> : <Text size="sm" className="mono">{c.getValue()}</Text>),
      }),
      column.accessor((r) => r.preferredEmail ?? '', { id: 'email', header: () => t('clients.list.email'), enableSorting: false, cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
      column.accessor((r) => r.preferredPhone ?? '', { id: 'phone', header: () => t('clients.list.phone'), enableSorting: false, cell: (c) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{c.getValue()}</Text> }),
      column.accessor((r) => r.residence?.city ?? '', {
        id: 'city',
        header: () => t('clients.list.city'),
        enableSorting: false,
        cell: (c) => <Text size="sm">{[c.getValue(), c.row.original.residence?.province].filter(Boolean).join(' ')}</Text>,
      }),
      column.accessor('createdAt', { header: () => t('clients.list.createdAt'), sortDescFirst: true, cell: (c) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{format.date(c.getValue())}</Text> }),
    ],
    [t, format],
  );

  const statusValues = ['prospect', 'active', ...(params.includeHidden ? ['hidden'] : [])];
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
        minWidth={960}
        toolbar={
          <Group gap="md" align="center" wrap="wrap">
            <Chip.Group multiple value={params.statuses} onChange={(v) => change({ statuses: v })}>
              <Group gap={6} role="group" aria-label={t('clients.list.statusFilter')}>
                {statusValues.map((s) => (
                  <Chip key={s} value={s} size="sm" variant="outline" data-testid={`filter-status-${s}`}>
                    {t(`clients.enum.status.${s}`)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            <SegmentedControl
              aria-label={t('clients.list.kindFilter')}
              size="sm"
              value={params.kind || 'all'}
              onChange={(v) => change({ kind: v === 'all' ? '' : v })}
              data={[
                { value: 'all', label: t('clients.list.allKinds') },
                { value: 'person', label: t('clients.enum.kind.person') },
                { value: 'entity', label: t('clients.enum.kind.entity') },
              ]}
            />
            <Switch
              label={t('clients.list.includeHidden')}
              checked={params.includeHidden}
              onChange={(e) => change({ includeHidden: e.currentTarget.checked, statuses: e.currentTarget.checked ? params.statuses : params.statuses.filter((s) => s !== 'hidden') })}
              data-testid="include-hidden"
            />
          </Group>
        }
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
