import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MergePreviewQuery } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';
import { StatusBadge } from '../common/badges';

type Card = MergePreviewQuery['client'];

/** What stays and what moves: the surviving card keeps its values and takes the ones it lacks; everything attached moves. */
export function MergePreview({ source, target }: { source: Card; target: Card }) {
  const { t } = useTranslation();
  const format = useFormat();
  const pick = (a: string | null | undefined, b: string | null | undefined) => a || b || '—';
  const rows: Array<{ key: string; label: string; source: string; target: string; result: string }> = [
    { key: 'name', label: t('clients.list.name'), source: source.displayName || '—', target: target.displayName || '—', result: target.displayName || '—' },
    { key: 'taxCode', label: t('clients.fields.taxCode'), source: source.taxCode ?? '—', target: target.taxCode ?? '—', result: pick(target.taxCode, source.taxCode) },
    { key: 'vat', label: t('clients.fields.vatNumber'), source: source.vatNumber ?? '—', target: target.vatNumber ?? '—', result: pick(target.vatNumber, source.vatNumber) },
    { key: 'birthDate', label: t('clients.fields.birthDate'), source: format.day(source.birthDate) || '—', target: format.day(target.birthDate) || '—', result: format.day(target.birthDate || source.birthDate) || '—' },
    { key: 'email', label: t('clients.fields.email'), source: source.preferredEmail ?? '—', target: target.preferredEmail ?? '—', result: pick(target.preferredEmail, source.preferredEmail) },
    { key: 'created', label: t('clients.list.createdAt'), source: format.date(source.createdAt) || '—', target: format.date(target.createdAt) || '—', result: format.date(target.createdAt) || '—' },
  ];
  const counts: Array<{ key: string; label: string; a: number; b: number }> = [
    { key: 'addresses', label: t('clients.tabs.addresses'), a: source.addresses.length, b: target.addresses.length },
    { key: 'contacts', label: t('clients.tabs.contacts'), a: source.contacts.length, b: target.contacts.length },
    { key: 'bank', label: t('clients.tabs.bank'), a: source.bankAccounts.length, b: target.bankAccounts.length },
    { key: 'identity', label: t('clients.tabs.identity'), a: source.identityDocuments.length, b: target.identityDocuments.length },
    { key: 'documents', label: t('clients.tabs.documents'), a: source.documents.length, b: target.documents.length },
    { key: 'service', label: t('clients.tabs.service'), a: source.serviceEntries.length, b: target.serviceEntries.length },
  ];
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder withColumnBorders aria-label={t('clients.merge.previewLabel')} data-testid="merge-preview">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <Text size="sm" fw={700}>
                {t('clients.merge.field')}
              </Text>
            </Table.Th>
            <Table.Th>{t('clients.merge.goes')}</Table.Th>
            <Table.Th>{t('clients.merge.stays')}</Table.Th>
            <Table.Th>{t('clients.merge.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>{t('clients.list.status')}</Table.Td>
            <Table.Td>
              <StatusBadge status={source.status} />
            </Table.Td>
            <Table.Td>
              <StatusBadge status={target.status} />
            </Table.Td>
            <Table.Td>
              <StatusBadge status={source.status === 'ACTIVE' && target.status === 'PROSPECT' ? 'ACTIVE' : target.status} />
            </Table.Td>
          </Table.Tr>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td>{r.source}</Table.Td>
              <Table.Td>{r.target}</Table.Td>
              <Table.Td fw={500}>{r.result}</Table.Td>
            </Table.Tr>
          ))}
          {counts.map((c) => (
            <Table.Tr key={c.key}>
              <Table.Td>{c.label}</Table.Td>
              <Table.Td>{format.number(c.a)}</Table.Td>
              <Table.Td>{format.number(c.b)}</Table.Td>
              <Table.Td fw={500}>{t('clients.merge.upTo', { count: c.a + c.b })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
