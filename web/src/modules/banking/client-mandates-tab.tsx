import { useState } from 'react';
import { Badge, Button, Group, Paper, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import type { ClientTabProps } from '../clients/panel-tabs';
import { EmptyState, FormError, Loading, QueryError } from '../../components/query-state';
import { downloadBase64 } from '../../components/download';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { bankingFieldErrors } from './field-errors';
import { MandateAmendForm } from './mandate-amend-form';
import { MandateLastCollection } from './mandate-last-collection';
import { RibaDebtorForm } from './riba-debtor-form';
import { ClientMandatesQuery, CreateSepaMandateMutation, RevokeSepaMandateMutation, SepaMandatePdfQuery } from './queries';

/** The client panel's "Mandates" tab: SEPA mandates on the client's bank accounts, a new one, its form for signature. */
export function ClientMandatesTab({ clientId }: ClientTabProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const urql = useClient();
  const [{ data, error }, refetch] = useQuery({ query: ClientMandatesQuery, variables: { clientId }, requestPolicy: 'network-only' });
  const [, create] = useMutation(CreateSepaMandateMutation);
  const [, revoke] = useMutation(RevokeSepaMandateMutation);
  const [v, setV] = useState({ bankAccountId: '', reference: '', signatureDate: '', scheme: 'CORE', recurrence: 'RCUR' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [amending, setAmending] = useState<string | null>(null);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const accounts = data.client.bankAccounts;
  const canEdit = session.can('billing', 'edit');

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const r = await create({
      input: {
        clientId,
        bankAccountId: v.bankAccountId || accounts[0]?.id || '',
        reference: v.reference,
        signatureDate: v.signatureDate || null,
        scheme: v.scheme as never,
        recurrence: v.recurrence as never,
      },
    });
    if (r.error) {
      const f = bankingFieldErrors(t, r.error);
      setErrors(f);
      if (!Object.keys(f).length) setMessage(errorText(t, r.error));
      return;
    }
    setErrors({});
    setV({ ...v, reference: '', signatureDate: '' });
    refetch({ requestPolicy: 'network-only' });
  }

  async function pdf(id: string) {
    const r = await urql.query(SepaMandatePdfQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (r.data) downloadBase64(r.data.sepaMandatePdf.fileName, r.data.sepaMandatePdf.base64, r.data.sepaMandatePdf.contentType);
    else setMessage(errorText(t, r.error));
  }

  async function onRevoke(id: string) {
    const r = await revoke({ id, reason: t('banking.mandate.revokedByStaff') });
    if (r.error) setMessage(errorText(t, r.error));
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <Stack data-testid="client-mandates">
      <FormError message={message} onClose={() => setMessage(null)} />
      {data.sepaMandates.length === 0 ? (
        <EmptyState title={t('banking.mandate.empty')} />
      ) : (
        <Table data-testid="mandates-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('banking.field.reference')}</Table.Th>
              <Table.Th>{t('banking.field.iban')}</Table.Th>
              <Table.Th>{t('banking.field.scheme')}</Table.Th>
              <Table.Th>{t('banking.field.signatureDate')}</Table.Th>
              <Table.Th>{t('banking.runs.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.sepaMandates.map((m) => (
              <Table.Tr key={m.id} data-testid="mandate-row">
                <Table.Td>{m.reference}</Table.Td>
                <Table.Td>{m.iban}</Table.Td>
                <Table.Td>
                  {m.scheme} · {t(`banking.recurrence.${m.recurrence}`)}
                </Table.Td>
                <Table.Td>{format.day(m.signatureDate)}</Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={m.status === 'ACTIVE' ? 'teal' : m.status === 'EXPIRED' ? 'orange' : 'gray'}
                    title={m.expiresOn ? t('banking2.mandate.expiresOn', { date: format.day(m.expiresOn) }) : undefined}
                    data-testid="mandate-status"
                    data-status={m.status}
                  >
                    {m.status === 'ENDED' ? t('banking2.mandateStatus.ENDED') : t(`banking.mandateStatus.${m.status}`)}
                  </Badge>
                  <MandateLastCollection mandate={m} canEdit={canEdit} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button size="xs" variant="light" onClick={() => pdf(m.id)} data-testid="mandate-pdf">
                      {t('banking.mandate.pdf')}
                    </Button>
                    {canEdit && m.status === 'ACTIVE' && (
                      <Button size="xs" variant="light" onClick={() => setAmending(m.id)} data-testid="mandate-amend">
                        {t('mandateAmend.button')}
                      </Button>
                    )}
                    {canEdit && m.status === 'ACTIVE' && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => onRevoke(m.id)} data-testid="mandate-revoke">
                        {t('banking.mandate.revoke')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canEdit && amending && data.sepaMandates.some((m) => m.id === amending) && (
        <MandateAmendForm
          key={amending}
          mandate={data.sepaMandates.find((m) => m.id === amending)!}
          onDone={() => {
            setAmending(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      {canEdit && (
        <Paper withBorder p="md" component="form" onSubmit={submit} data-testid="mandate-form">
          <Title order={3} size="h5" mb="sm">
            {t('banking.mandate.new')}
          </Title>
          {accounts.length === 0 ? (
            <EmptyState title={t('banking.mandate.noAccount')} />
          ) : (
            <Group align="start">
              <Select
                label={t('banking.field.bankAccount')}
                data={accounts.map((a) => ({ value: a.id, label: `${a.iban} · ${a.holder}` }))}
                value={v.bankAccountId || accounts[0].id}
                onChange={(x) => setV({ ...v, bankAccountId: x ?? '' })}
                // a bank outside the EEA needs its BIC (`bic`): it is set on the card's account
                error={errors.bankAccountId ?? (errors.bic ? t('banking2.mandate.bicRequired') : undefined)}
                allowDeselect={false}
                data-testid="field-bankAccountId"
              />
              <TextInput label={t('banking.field.reference')} value={v.reference} onChange={(e) => setV({ ...v, reference: e.currentTarget.value })} error={errors.reference} data-testid="field-reference" />
              <TextInput type="date" label={t('banking.field.signatureDate')} value={v.signatureDate} onChange={(e) => setV({ ...v, signatureDate: e.currentTarget.value })} error={errors.signatureDate} data-testid="field-signatureDate" />
              <Select label={t('banking.field.scheme')} data={['CORE', 'B2B']} value={v.scheme} onChange={(x) => setV({ ...v, scheme: x ?? 'CORE' })} allowDeselect={false} data-testid="field-scheme" />
              <Select
                label={t('banking.field.recurrence')}
                data={['RCUR', 'OOFF'].map((r) => ({ value: r, label: t(`banking.recurrence.${r}`) }))}
                value={v.recurrence}
                onChange={(x) => setV({ ...v, recurrence: x ?? 'RCUR' })}
                allowDeselect={false}
                data-testid="field-recurrence"
              />
              <Button type="submit" mt={24} data-testid="create-mandate">
                {t('banking.mandate.create')}
              </Button>
            </Group>
          )}
        </Paper>
      )}
      {canEdit && session.me.company?.country === 'IT' && <RibaDebtorForm clientId={clientId} accounts={accounts} />}
    </Stack>
  );
}
