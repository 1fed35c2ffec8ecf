import { useMemo } from 'react';
import { Anchor, Card, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { RenewalsDueQuery as RenewalsDueResult } from '../../../gql/graphql';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';
import { useSession } from '../../../session/session-context';
import { PolicyReferenceQuery } from '../queries';
import { PolicyStatusBadge } from '../common/badges';
import { policyPath, useMoney } from '../common/policy-types';
import { RenewalsDueQuery } from './documents';
import { RenewButton } from './renew-dialog';

type Row = RenewalsDueResult['renewalsDue']['items'][number];
const WINDOWS = ['30', '60', '90'] as const;
const UUID = /^[0-9a-f-]{36}$/i;
const column = createColumnHelper<Row>();

/** Renewals due (issue #9 item 4): policies whose cover ends within 30/60/90 days, by producer and insurer (in the address). */
export function RenewalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const session = useSession();
  const canRenew = session.can('policies', 'create') && session.can('policies', 'edit');
  const [search, setSearch] = useSearchParams();
  const days = (WINDOWS as readonly string[]).includes(search.get('days') ?? '') ? search.get('days')! : '30';
  const insurer = UUID.test(search.get('insurer') ?? '') ? search.get('insurer')! : '';
  const producer = UUID.test(search.get('producer') ?? '') ? search.get('producer')! : '';
  const change = (key: string, value: string) => {
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  const variables = useMemo(() => ({ days: Number(days), filter: { insurerId: insurer || null, producerId: producer || null }, first: 200, offset: 0 }), [days, insurer, producer]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: RenewalsDueQuery, variables, requestPolicy: 'cache-and-network' });
  const [{ data: ref }] = useQuery({ query: PolicyReferenceQuery });
  const me = session.me.user;
  const cover = (p: Row) => `${format.day(p.coverStart)} – ${format.day(p.coverEnd)}`;

  const columns = useMemo(
    () => [
      column.accessor('number', {
        header: () => t('policies.fields.number'),
        enableSorting: false,
        cell: (c) => (
          <Anchor component={Link} to={policyPath(c.row.original.id)} fw={500} size="sm" className="mono cell-line" data-testid="renewal-link">
            {c.getValue()}
          </Anchor>
        ),
      }),
      column.accessor((r) => r.client.displayName, { id: 'client', header: () => t('policies.fields.client'), enableSorting: false }),
      column.accessor((r) => r.insurer.name, { id: 'insurer', header: () => t('policies.fields.insurer'), enableSorting: false }),
      column.accessor((r) => r.line.name, { id: 'line', header: () => t('policies.fields.line'), enableSorting: false }),
      column.accessor('status', { header: () => t('policies.fields.status'), enableSorting: false, cell: (c) => <PolicyStatusBadge status={c.getValue()} /> }),
      column.accessor('coverEnd', { header: () => t('policies.fields.coverEnd'), enableSorting: false, cell: (c) => format.day(c.getValue()) }),
      column.accessor('premiumGross', { header: () => t('policies.fields.premiumGross'), enableSorting: false, cell: (c) => money(c.getValue()) }),
      column.display({ id: 'renew', header: () => t('policies.renewals.action'), cell: (c) => (canRenew ? <RenewButton policy={c.row.original} size="xs" /> : null) }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, format, money, canRenew],
  );

  return (
    <Stack gap="lg">
      <PageHeader title={t('policies.renewals.title')} subtitle={t('policies.renewals.subtitle')} />
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <DataTable
        label={t('policies.renewals.title')}
        columns={columns}
        data={data?.renewalsDue.items ?? []}
        getRowId={(p) => p.id}
        loading={fetching && !data}
        emptyTitle={t('policies.renewals.empty', { days })}
        minWidth={1000}
        toolbar={
          <Group gap="sm" align="flex-end" wrap="wrap" w="100%">
            <SegmentedControl
              aria-label={t('policies.renewals.window')}
              value={days}
              onChange={(v) => change('days', v)}
              data={WINDOWS.map((d) => ({ value: d, label: t('policies.renewals.days', { days: d }) }))}
              data-testid="renewals-window"
            />
            <Select
              label={t('policies.fields.insurer')}
              data={(ref?.insurers ?? []).map((i) => ({ value: i.id, label: i.name }))}
              value={insurer || null}
              onChange={(v) => change('insurer', v ?? '')}
              w={{ base: '100%', sm: 220 }}
              clearable
              searchable
              data-testid="renewals-insurer"
            />
            <Select
              label={t('policies.fields.producer')}
              data={[{ value: me.id, label: me.displayName }, ...(producer && producer !== me.id ? [{ value: producer, label: t('policies.form.otherProducer') }] : [])]}
              value={producer || null}
              onChange={(v) => change('producer', v ?? '')}
              w={{ base: '100%', sm: 220 }}
              clearable
              data-testid="renewals-producer"
            />
          </Group>
        }
        renderCard={(p) => (
          <Card withBorder padding="sm" radius="md" data-testid="renewal-card">
            <Group justify="space-between" wrap="nowrap">
              <Anchor component={Link} to={policyPath(p.id)} fw={600} className="mono" data-testid="renewal-link">
                {p.number}
              </Anchor>
              <PolicyStatusBadge status={p.status} />
            </Group>
            <Text size="sm">{p.client.displayName}</Text>
            <Text size="xs" c="dimmed">
              {[p.insurer.name, p.line.name, cover(p)].join(' · ')}
            </Text>
            <Group justify="space-between" mt={4}>
              <Text size="sm" fw={500}>
                {money(p.premiumGross)}
              </Text>
              {canRenew && <RenewButton policy={p} size="xs" />}
            </Group>
          </Card>
        )}
        footer={
          data ? (
            <Text size="sm" c="dimmed" mt="sm" data-testid="renewals-count">
              {t('policies.renewals.count', { total: format.number(data.renewalsDue.total) })}
            </Text>
          ) : null
        }
      />
    </Stack>
  );
}
