import { useState } from 'react';
import { Alert, Anchor, Badge, Checkbox, FileInput, Group, Paper, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, FormError, Loading, QueryError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { fieldErrors } from '../../graphql/errors';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { ImportSepaReturnsMutation, SepaReturnsQuery } from './queries';

const toBase64 = async (file: File) => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

/** Returns and rejects: import a pain.002 or camt.054; the returned collections for follow-up, reasons in words. */
export function ReturnsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [openOnly, setOpenOnly] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: SepaReturnsQuery, variables: { openOnly }, requestPolicy: 'network-only' });
  const [, importFile] = useMutation(ImportSepaReturnsMutation);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;

  async function onFile(file: File | null) {
    setMessage(null);
    setNotice(null);
    if (!file) return;
    const r = await importFile({ fileName: file.name, base64: await toBase64(file) });
    if (r.error) {
      const f = fieldErrors(r.error)[0];
      setMessage(f ? `${errorText(t, r.error)} — ${f.field}: ${t(`banking.importReason.${f.reason}`, { defaultValue: f.reason })}` : errorText(t, r.error));
      return;
    }
    const res = r.data!.importSepaReturns;
    setNotice(t('banking.returns.imported', { count: res.returned, already: res.alreadyReturned }));
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Stack>
      <PageHeader title={t('banking.returns.title')} subtitle={t('banking.returns.subtitle')} />
      <FormError message={message} onClose={() => setMessage(null)} />
      {notice && (
        <Alert color="teal" data-testid="notice">
          {notice}
        </Alert>
      )}
      {session.can('billing', 'create') && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t('banking.returns.import')}
          </Title>
          <FileInput label={t('banking.returns.file')} accept=".xml,application/xml,text/xml" onChange={onFile} data-testid="returns-file" />
        </Paper>
      )}
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
