import { useMemo } from 'react';
import { Badge, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { ClientTabProps } from '../panel-tabs';
import type { ClientCard } from '../common/client-types';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';

type Mail = ClientCard['sentEmails'][number];
const column = createColumnHelper<Mail>();
const STATE_COLORS: Record<string, string> = { sent: 'teal', pending: 'blue', failed: 'red', dead: 'red' };

/** Contact history (CL-4): every e-mail the platform sent, or is sending, to the client, with its state. */
export function ContactHistoryTab({ client }: ClientTabProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns = useMemo(
    () => [
      column.accessor('createdAt', { header: () => t('clients.history.created'), cell: (c) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{format.dateTime(c.getValue())}</Text> }),
      column.accessor('subject', { header: () => t('clients.history.subject'), cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
      column.accessor('to', { header: () => t('clients.history.to'), cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
      column.accessor('kind', { header: () => t('clients.history.kind'), cell: (c) => <Text size="sm">{t(`clients.history.kinds.${c.getValue()}`, { defaultValue: c.getValue() })}</Text> }),
      column.accessor('status', {
        header: () => t('clients.history.status'),
        cell: (c) => (
          <Badge variant="light" color={STATE_COLORS[c.getValue()] ?? 'gray'}>
            {t(`clients.history.states.${c.getValue()}`, { defaultValue: c.getValue() })}
          </Badge>
        ),
      }),
      column.accessor((m) => m.sentAt ?? '', { id: 'sentAt', header: () => t('clients.history.sentAt'), cell: (c) => <Text size="sm">{c.row.original.sentAt ? format.dateTime(c.row.original.sentAt) : '—'}</Text> }),
    ],
    [t, format],
  );
  return (
    <DataTable
      label={t('clients.tabs.contactHistory')}
      columns={columns}
      data={client.sentEmails}
      getRowId={(m) => m.id}
      emptyTitle={t('clients.history.empty')}
      emptyHint={t('clients.history.emptyHint')}
      initialSorting={[{ id: 'createdAt', desc: true }]}
      searchText={(m) => `${m.subject} ${m.to}`}
      minWidth={720}
    />
  );
}
