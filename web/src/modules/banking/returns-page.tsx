import { useState } from 'react';
import { Anchor, Badge, Checkbox, Group, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { BankFileUpload, postBankFile, type ReturnsImport } from './bank-file-upload';
import { SepaReturnsQuery } from './queries';

/** Returns and rejects: import a pain.002 or camt.054; the returned collections for follow-up, reasons in words. */
export function ReturnsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [openOnly, setOpenOnly] = useState(false);
  const [{ data, error }, refetch] = useQuery({ query: SepaReturnsQuery, variables: { openOnly }, requestPolicy: 'network-only' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  // a returns file undoes the collections' allocations: it needs what undoing an allocation needs too
  const canImport = session.can('billing', 'create') && session.can('collections', 'edit');

  async function upload(file: File) {
    const r = await postBankFile<ReturnsImport>('returns', file);
    if (r.error) return { error: r.error };
    const res = r.data!;
    refetch({ requestPolicy: 'network-only' });
    return { notice: t('banking.returns.imported', { count: res.returned, already: res.alreadyReturned }) };
  }

  return (
    <Stack>
      <PageHeader title={t('banking.returns.title')} subtitle={t('banking.returns.subtitle')} />
      <BankFileUpload
        title={t('banking.returns.import')}
        label={t('banking.returns.file')}
        testId="returns-file"
        reasonPrefix="banking.importReason"
        canImport={canImport}
        upload={upload}
      />
      <Group>
        <Checkbox label={t('banking.returns.openOnly')} checked={openOnly} onChange={(e) => setOpenOnly(e.currentTarget.checked)} data-testid="open-only" />
      </Group>
      {data.sepaReturns.length === 0 ? (
        <EmptyState title={t('banking.returns.empty')} />
      ) : (
        <Table striped data-testid="returns-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('banking.field.receipt')}</Table.Th>
              <Table.Th>{t('banking.field.client')}</Table.Th>
              <Table.Th>{t('banking.field.reason')}</Table.Th>
              <Table.Th>{t('banking.field.returnDate')}</Table.Th>
              <Table.Th ta="right">{t('banking.field.amount')}</Table.Th>
              <Table.Th ta="right">{t('banking.field.fee')}</Table.Th>
              <Table.Th ta="right">{t('banking.field.openAmount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.sepaReturns.map((r) => (
              <Table.Tr key={r.id} data-testid="return-row" data-receipt={r.receiptNumber}>
                <Table.Td>{r.receiptNumber}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/clients/${r.clientId}?tab=account`}>
                    {r.clientName}
                  </Anchor>
                </Table.Td>
                <Table.Td data-testid="return-reason">
                  <Badge variant="light" color="orange" mr="xs">
                    {r.reasonCode}
                  </Badge>
                  {t(`banking.reason.${r.reasonCode}`, { defaultValue: t('banking.reason.other') })}
                </Table.Td>
                <Table.Td>{format.day(r.returnDate)}</Table.Td>
                <Table.Td ta="right">{r.amount}</Table.Td>
                <Table.Td ta="right">{r.fee ?? '—'}</Table.Td>
                <Table.Td ta="right" data-testid="return-open-amount">
                  {r.openAmount}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
