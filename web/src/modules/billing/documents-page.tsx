import { useState } from 'react';
import { Badge, Button, Group, Modal, Pagination, Stack, Table, TextInput } from '@mantine/core';
import { IconFileTypePdf, IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, FormError, Loading, QueryError } from '../../components/query-state';
import { downloadBase64 } from '../../components/download';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { moneyFieldErrors } from '../ledger/field-errors';
import { IssueCreditNoteMutation, PremiumDocumentPdfQuery, PremiumDocumentsQuery, SendPremiumDocumentMutation } from './queries';

const PAGE = 50;

/** Receipts and credit notes: PDF, e-mail to the client, cancellation by a credit note. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const client = useClient();
  const [page, setPage] = useState(1);
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [crediting, setCrediting] = useState<{ id: string; number: string } | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [{ data, error }, refetch] = useQuery({ query: PremiumDocumentsQuery, variables: { first: PAGE, offset: (page - 1) * PAGE }, requestPolicy: 'cache-and-network' });
  const [, credit] = useMutation(IssueCreditNoteMutation);
  const [, send] = useMutation(SendPremiumDocumentMutation);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const { items, total } = data.premiumDocuments;

  async function pdf(id: string) {
    const r = await client.query(PremiumDocumentPdfQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (r.error || !r.data) return setMessage(errorText(t, r.error));
    downloadBase64(r.data.premiumDocumentPdf.fileName, r.data.premiumDocumentPdf.base64, r.data.premiumDocumentPdf.contentType);
  }
  async function mail(id: string) {
    setNotice(null);
    const r = await send({ id });
    if (r.error) return setMessage(errorText(t, r.error));
    setNotice(t('billing.documents.sent', { to: r.data?.sendPremiumDocument }));
  }
  async function submitCredit(e: React.FormEvent) {
    e.preventDefault();
    if (!crediting) return;
    const r = await credit({ id: crediting.id, reason });
    if (r.error) {
      const f = moneyFieldErrors(t, r.error);
      setReasonError(f.reason);
      // a refusal of the document itself (receiptId: not_a_receipt) in words; otherwise the error's general text
      if (!f.reason) setMessage(f.receiptId ?? errorText(t, r.error));
      return;
    }
    setCrediting(null);
    setReason('');
    setReasonError(undefined);
    setNotice(t('billing.documents.credited', { number: r.data?.issueCreditNote.displayNumber }));
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Stack>
      <PageHeader title={t('billing.documents.title')} subtitle={t('billing.documents.count', { count: total })} />
      <FormError message={message} onClose={() => setMessage(null)} />
      {notice && <Badge color="teal" variant="light" size="lg" data-testid="notice">{notice}</Badge>}
      {items.length === 0 ? (
        <EmptyState title={t('billing.documents.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped data-testid="documents-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('billing.field.number')}</Table.Th>
                <Table.Th>{t('billing.field.issueDate')}</Table.Th>
                <Table.Th>{t('billing.field.client')}</Table.Th>
                <Table.Th>{t('billing.field.policy')}</Table.Th>
                <Table.Th>{t('billing.field.dueDate')}</Table.Th>
                <Table.Th ta="right">{t('billing.field.gross')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((d) => (
                <Table.Tr key={d.id} data-testid="document-row">
                  <Table.Td>
                    {d.displayNumber}{' '}
                    {d.kind === 'CREDIT_NOTE' ? (
                      <Badge size="xs" variant="light" color="orange">{t('billing.kind.CREDIT_NOTE')}</Badge>
                    ) : d.creditedByNumber ? (
                      <Badge size="xs" variant="light" color="gray">{t('billing.documents.cancelledBy', { number: d.creditedByNumber })}</Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{format.day(d.issueDate)}</Table.Td>
                  <Table.Td>{d.clientName}</Table.Td>
                  <Table.Td>{d.policyNumber}</Table.Td>
                  <Table.Td>{format.day(d.dueDate)}</Table.Td>
                  <Table.Td ta="right">{d.kind === 'CREDIT_NOTE' ? `-${d.gross}` : d.gross}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="subtle" leftSection={<IconFileTypePdf size={14} />} onClick={() => pdf(d.id)} data-testid="document-pdf">
                        {t('billing.documents.pdf')}
                      </Button>
                      {session.can('billing', 'edit') && (
                        <Button size="xs" variant="subtle" leftSection={<IconMail size={14} />} onClick={() => mail(d.id)}>
                          {t('billing.documents.send')}
                        </Button>
                      )}
                      {session.can('billing', 'create') && d.kind === 'RECEIPT' && !d.creditedById && (
                        <Button size="xs" variant="subtle" color="red" onClick={() => setCrediting({ id: d.id, number: d.displayNumber })} data-testid="credit-note">
                          {t('billing.documents.creditNote')}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {total > PAGE && <Pagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage} />}
      <Modal opened={!!crediting} onClose={() => setCrediting(null)} title={t('billing.documents.creditTitle', { number: crediting?.number ?? '' })}>
        <form onSubmit={submitCredit}>
          <Stack>
            <TextInput label={t('billing.field.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={reasonError} data-testid="field-reason" />
            <Group justify="end">
              <Button type="submit" color="red" data-testid="issue-credit-note">
                {t('billing.documents.issueCredit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
