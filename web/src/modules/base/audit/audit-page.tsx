import { useMemo, useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconDownload, IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { AuditEventsQuery, ExportAuditCsvQuery, VerifyAuditChainQuery } from '../queries';
import type { VerifyAuditChainQuery as ChainData } from '../../../gql/graphql';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { QueryError, FormError } from '../../../components/query-state';
import { downloadText } from '../../../components/download';
import { useSession } from '../../../session/session-context';
import { useFormat } from '../../../i18n/format';
import { useErrorText } from '../../../graphql/error-text';
import { AuditFilters, EMPTY_FILTER, toApiFilter, type AuditFilterValues } from './audit-filters';
import { AuditEventDrawer, type AuditRow } from './audit-event-drawer';
import { AuditSubjectLink } from './audit-subject';
import { useAuditText } from './audit-text';

const column = createColumnHelper<AuditRow>();
const ACTION_COLORS: Record<string, string> = { create: 'teal', update: 'blue', delete: 'red' };

/** The company's audit trail (BASE-7): filters, cursor paging, chain verification, CSV export. */
export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useAuditText();
  const errorText = useErrorText();
  const session = useSession();
  const client = useClient();
  const [filter, setFilter] = useState<AuditFilterValues>(EMPTY_FILTER);
  const [pageSize, setPageSize] = useState(50);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [selected, setSelected] = useState<AuditRow | null>(null);
  const [chain, setChain] = useState<ChainData['verifyAuditChain'] | null>(null);
  const [busy, setBusy] = useState<'verify' | 'export' | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const apiFilter = useMemo(() => toApiFilter(filter), [filter]);
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }, refetch] = useQuery({ query: AuditEventsQuery, variables: { filter: apiFilter, first: pageSize, after }, requestPolicy: 'cache-and-network' });
  const page = data?.auditEvents;

  const changeFilter = (next: AuditFilterValues) => {
    setFilter(next);
    setCursors([null]);
  };

  const columns = useMemo(
    () => [
      column.accessor('at', { header: () => t('base.audit.when'), cell: (c) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{format.dateTime(c.getValue())}</Text> }),
      column.accessor((e) => e.userEmail ?? '', {
        id: 'user',
        header: () => t('base.audit.user'),
        cell: (c) => (
          <div>
            <Text size="sm">{c.row.original.userEmail ?? t('base.audit.system')}</Text>
            {c.row.original.roleName && (
              <Text size="xs" c="dimmed">
                {c.row.original.roleName}
              </Text>
            )}
          </div>
        ),
      }),
      column.accessor('channel', { header: () => t('base.audit.channel'), cell: (c) => <Badge variant="light" color="gray">{t(`base.audit.channels.${c.getValue()}`, { defaultValue: c.getValue() })}</Badge> }),
      column.accessor('action', { header: () => t('base.audit.action'), cell: (c) => <Badge variant="light" color={ACTION_COLORS[c.getValue()] ?? 'gray'}>{t(`base.audit.actions.${c.getValue()}`, { defaultValue: c.getValue() })}</Badge> }),
      column.accessor('entityType', {
        header: () => t('base.audit.entityType'),
        cell: (c) => (
          <Anchor component="button" type="button" size="sm" onClick={() => setSelected(c.row.original)} data-testid="audit-object">
            {text.objectLabel(c.row.original)}
            <VisuallyHidden> ({t('base.audit.details', { seq: c.row.original.seq })})</VisuallyHidden>
          </Anchor>
        ),
      }),
      column.accessor((e) => e.subject?.displayName ?? '', {
        id: 'subject',
        header: () => t('audit.subject'),
        cell: (c) => <AuditSubjectLink subject={c.row.original.subject} />,
      }),
      column.accessor('seq', { header: () => t('base.audit.seq'), cell: (c) => <Text size="xs" c="dimmed" className="mono">#{c.getValue()}</Text> }),
    ],
    [t, format, text],
  );

  async function verify() {
    setBusy('verify');
    setActionError(null);
    const result = await client.query(VerifyAuditChainQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    setBusy(null);
    if (result.error) setActionError(errorText(result.error));
    else setChain(result.data?.verifyAuditChain ?? null);
  }

  async function exportCsv() {
    setBusy('export');
    setActionError(null);
    const result = await client.query(ExportAuditCsvQuery, { filter: apiFilter }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(null);
    if (result.error || !result.data) setActionError(errorText(result.error));
    else downloadText(`audit-${session.me.company?.code ?? 'company'}-${new Date().toISOString().slice(0, 10)}.csv`, result.data.exportAuditCsv, 'text/csv;charset=utf-8');
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('base.audit.title')}
        subtitle={t('base.audit.subtitle')}
        actions={
          <>
            <Button variant="default" leftSection={<IconShieldCheck size={16} />} onClick={() => void verify()} loading={busy === 'verify'} data-testid="verify-chain">
              {t('base.audit.verify')}
            </Button>
            {session.can('base', 'export') && (
              <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void exportCsv()} loading={busy === 'export'} data-testid="export-audit">
                {t('base.audit.export')}
              </Button>
            )}
          </>
        }
      />
      {chain && (
        <Alert color={chain.ok ? 'teal' : 'red'} icon={chain.ok ? <IconShieldCheck /> : <IconShieldX />} withCloseButton onClose={() => setChain(null)} data-testid="chain-result" role="status">
          {chain.ok ? t('base.audit.chainOk', { count: chain.checked }) : t('base.audit.chainBroken', { seq: chain.firstBrokenSeq ?? '?', problem: chain.problem ?? '' })}
        </Alert>
      )}
      <FormError message={actionError} onClose={() => setActionError(null)} />
      <Paper withBorder p="md" radius="md">
        <AuditFilters value={filter} onChange={changeFilter} />
      </Paper>
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <DataTable
        label={t('base.audit.title')}
        columns={columns}
        data={page?.nodes ?? []}
        getRowId={(e) => e.id}
        loading={fetching && !page}
        emptyTitle={t('base.audit.empty')}
        emptyHint={t('base.audit.emptyHint')}
        footer={
          page && page.totalCount > 0 ? (
            <Group justify="space-between" mt="sm" wrap="wrap">
              <Text size="sm" c="dimmed" aria-live="polite" data-testid="audit-count">
                {t('base.audit.range', {
                  first: format.number((cursors.length - 1) * pageSize + 1),
                  last: format.number((cursors.length - 1) * pageSize + page.nodes.length),
                  total: format.number(page.totalCount),
                })}
              </Text>
              <Group gap="xs">
                <Select aria-label={t('table.pageSize')} data={['25', '50', '100', '200']} value={String(pageSize)} onChange={(v) => { setPageSize(Number(v ?? 50)); setCursors([null]); }} w={90} size="xs" allowDeselect={false} />
                <Button size="xs" variant="default" leftSection={<IconChevronLeft size={14} />} disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                  {t('table.previous')}
                </Button>
                <Button size="xs" variant="default" rightSection={<IconChevronRight size={14} />} disabled={!page.hasNextPage || !page.endCursor} onClick={() => setCursors((c) => [...c, page.endCursor])} data-testid="audit-next">
                  {t('table.next')}
                </Button>
              </Group>
            </Group>
          ) : null
        }
      />
      <AuditEventDrawer event={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}
