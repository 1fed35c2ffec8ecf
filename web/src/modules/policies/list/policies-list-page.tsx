import { useEffect, useMemo, useState } from 'react';
import { Anchor, Button, Card, Group, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconFilePlus, IconSearch } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PoliciesListQuery, PolicyReferenceQuery } from '../queries';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { QueryError } from '../../../components/query-state';
import { useSession } from '../../../session/session-context';
import { useFormat } from '../../../i18n/format';
import { PolicyStatusBadge } from '../common/badges';
import { POLICY_STATUSES, policyPath, useMoney, type PolicySummary } from '../common/policy-types';
import { PAGE_SIZE, readPolicyParams, toPolicyFilter, writePolicyParams, type PolicyListParams } from './list-params';

const column = createColumnHelper<PolicySummary>();

/** The policy list (PL-1): 50 rows a page, filters by status, insurer, line and number in the address. */
export function PoliciesListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const session = useSession();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readPolicyParams(search), [search]);
  const change = (next: Partial<PolicyListParams>) => setSearch(writePolicyParams({ ...readPolicyParams(new URLSearchParams(window.location.search)), page: 1, ...next }), { replace: true });
  const variables = useMemo(() => ({ filter: toPolicyFilter(params), first: PAGE_SIZE, offset: (params.page - 1) * PAGE_SIZE }), [params]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PoliciesListQuery, variables, requestPolicy: 'cache-and-network' });
  const [{ data: ref }] = useQuery({ query: PolicyReferenceQuery });
  const page = data?.policies;
  const pages = page ? Math.max(1, Math.ceil(page.total / PAGE_SIZE)) : 1;
  const [text, setText] = useState(params.text);
  useEffect(() => setText(params.text), [params.text]);
  const commitText = useDebouncedCallback((v: string) => change({ text: v }), 350);
  const cover = (p: PolicySummary) => `${format.day(p.coverStart)} – ${format.day(p.coverEnd)}`;

  const columns = useMemo(
    () => [
      column.accessor('number', {
        header: () => t('policies.fields.number'),
        enableSorting: false,
        cell: (c) => (
          <Anchor component={Link} to={policyPath(c.row.original.id)} fw={500} size="sm" className="mono cell-line" onClick={(e) => e.stopPropagation()} data-testid="policy-link">
            {c.getValue()}
          </Anchor>
        ),
      }),
      column.accessor((r) => r.client.displayName, { id: 'client', header: () => t('policies.fields.client'), enableSorting: false, cell: (c) => <Text size="sm" className="cell-line" maw={220} title={c.getValue()}>{c.getValue()}</Text> }),
      column.accessor((r) => r.insurer.name, { id: 'insurer', header: () => t('policies.fields.insurer'), enableSorting: false, cell: (c) => <Text size="sm" className="cell-line" maw={180}>{c.getValue()}</Text> }),
      column.accessor((r) => r.line.name, { id: 'line', header: () => t('policies.fields.line'), enableSorting: false, cell: (c) => <Text size="sm" className="cell-line" maw={180}>{c.getValue()}</Text> }),
      column.accessor('status', { header: () => t('policies.fields.status'), enableSorting: false, cell: (c) => <PolicyStatusBadge status={c.getValue()} /> }),
      column.accessor('coverEnd', { id: 'cover', header: () => t('policies.fields.cover'), enableSorting: false, cell: (c) => <Text size="sm" className="cell-line">{cover(c.row.original)}</Text> }),
      column.accessor('premiumGross', { header: () => t('policies.fields.premiumGross'), enableSorting: false, cell: (c) => <Text size="sm" ta="right" className="cell-line" data-testid="cell-gross">{money(c.getValue())}</Text> }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, format, money],
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('policies.list.title')}
        subtitle={t('policies.list.subtitle', { company: session.me.company?.name ?? '' })}
        actions={
          session.can('policies', 'create') && (
            <Button component={Link} to="/policies/new" leftSection={<IconFilePlus size={16} />} data-testid="new-policy">
              {t('policies.nav.new')}
            </Button>
          )
        }
      />
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <DataTable
        label={t('policies.list.title')}
        columns={columns}
        data={page?.items ?? []}
        getRowId={(p) => p.id}
        loading={fetching && !page}
        emptyTitle={t('policies.list.empty')}
        emptyHint={t('policies.list.emptyHint')}
        onRowClick={(p) => navigate(policyPath(p.id))}
        minWidth={1000}
        toolbar={
          <Group gap="sm" align="flex-end" wrap="wrap" w="100%">
            <TextInput
              label={t('policies.list.number')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={text}
              onChange={(e) => {
                setText(e.currentTarget.value);
                commitText(e.currentTarget.value);
              }}
              w={{ base: '100%', sm: 200 }}
              type="search"
              data-testid="filter-number"
            />
            <MultiSelect
              label={t('policies.fields.status')}
              data={POLICY_STATUSES.map((s) => ({ value: s.toLowerCase(), label: t(`policies.status.${s.toLowerCase()}`) }))}
              value={params.statuses}
              onChange={(v) => change({ statuses: v })}
              w={{ base: '100%', sm: 260 }}
              clearable
              data-testid="filter-status"
            />
            <Select
              label={t('policies.fields.insurer')}
              data={(ref?.insurers ?? []).map((i) => ({ value: i.id, label: i.name }))}
              value={params.insurer || null}
              onChange={(v) => change({ insurer: v ?? '' })}
              w={{ base: '100%', sm: 200 }}
              clearable
              searchable
              data-testid="filter-insurer"
            />
            <Select
              label={t('policies.fields.line')}
              data={(ref?.linesOfBusiness ?? []).map((l) => ({ value: l.id, label: l.name }))}
              value={params.line || null}
              onChange={(v) => change({ line: v ?? '' })}
              w={{ base: '100%', sm: 200 }}
              clearable
              searchable
              data-testid="filter-line"
            />
          </Group>
        }
        renderCard={(p) => (
          <Card withBorder padding="sm" radius="md" data-testid="policy-card">
            <Group justify="space-between" wrap="nowrap">
              <Anchor component={Link} to={policyPath(p.id)} fw={600} className="mono" data-testid="policy-link">
                {p.number}
              </Anchor>
              <PolicyStatusBadge status={p.status} />
            </Group>
            <Text size="sm">{p.client.displayName}</Text>
            <Text size="xs" c="dimmed">
              {[p.insurer.name, p.line.name].join(' · ')}
            </Text>
            <Group justify="space-between">
              <Text size="xs">{cover(p)}</Text>
              <Text size="sm" fw={500}>
                {money(p.premiumGross)}
              </Text>
            </Group>
          </Card>
        )}
        footer={
          page && page.total > 0 ? (
            <Group justify="space-between" mt="sm" wrap="wrap">
              <Text size="sm" c="dimmed" aria-live="polite" data-testid="policies-count">
                {t('table.range', {
                  first: format.number((params.page - 1) * PAGE_SIZE + 1),
                  last: format.number((params.page - 1) * PAGE_SIZE + page.items.length),
                  total: format.number(page.total),
                })}
              </Text>
              <Group gap="xs">
                <Button size="xs" variant="default" leftSection={<IconChevronLeft size={14} />} disabled={params.page <= 1} onClick={() => change({ page: params.page - 1 })}>
                  {t('table.previous')}
                </Button>
                <Text size="sm">{t('table.page', { page: `${format.number(params.page)} / ${format.number(pages)}` })}</Text>
                <Button size="xs" variant="default" rightSection={<IconChevronRight size={14} />} disabled={params.page >= pages} onClick={() => change({ page: params.page + 1 })} data-testid="policies-next">
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
