import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { EmptyState, FormError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { IssuePremiumReceiptMutation, PolicyInstallmentsForBillingQuery, PremiumDocumentsQuery } from './queries';

/** Issue one receipt: find the policy by its number, pick an installment not yet billed. */
export function IssuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [number, setNumber] = useState('');
  const [search, setSearch] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [issued, setIssued] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: PolicyInstallmentsForBillingQuery, variables: { number: search }, pause: !search, requestPolicy: 'network-only' });
  const policy = data?.policies.items[0];
  const [{ data: docs }, refetchDocs] = useQuery({ query: PremiumDocumentsQuery, variables: { filter: { policyId: policy?.id ?? '' }, first: 200, offset: 0 }, pause: !policy, requestPolicy: 'network-only' });
  const [, issue] = useMutation(IssuePremiumReceiptMutation);
  const billed = new Map((docs?.premiumDocuments.items ?? []).filter((d) => d.installmentId).map((d) => [d.installmentId!, d.displayNumber]));

  async function issueOne(id: string) {
    setMessage(null);
    const r = await issue({ id });
    if (r.error) return setMessage(errorText(t, r.error));
    setIssued(r.data?.issuePremiumReceipt.displayNumber ?? null);
    refetchDocs({ requestPolicy: 'network-only' });
  }

  return (
    <Stack>
      <PageHeader title={t('billing.issue.title')} subtitle={t('billing.issue.subtitle')} />
      <FormError message={message} onClose={() => setMessage(null)} />
      <Paper withBorder p="md" component="form" onSubmit={(e: React.FormEvent) => (e.preventDefault(), setSearch(number.trim()))}>
        <Group align="end">
          <TextInput label={t('billing.field.policy')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} data-testid="field-policyNumber" />
          <Button type="submit">{t('billing.issue.find')}</Button>
        </Group>
      </Paper>
      {issued && <Badge color="teal" size="lg" variant="light" data-testid="issued">{t('billing.issue.issued', { number: issued })}</Badge>}
      {search && data && !policy && <EmptyState title={t('billing.issue.noPolicy')} />}
      {policy && (
        <Paper withBorder p="md">
          <Title order={2} size="h4">{policy.number}</Title>
          <Text c="dimmed" mb="sm">{policy.client.displayName}</Text>
          <Table data-testid="installments-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('billing.field.dueDate')}</Table.Th>
                <Table.Th ta="right">{t('billing.field.net')}</Table.Th>
                <Table.Th ta="right">{t('billing.field.taxes')}</Table.Th>
                <Table.Th ta="right">{t('billing.field.gross')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {policy.installments.map((i) => (
                <Table.Tr key={i.id} data-testid="installment-row">
                  <Table.Td>{format.day(i.dueDate)}</Table.Td>
                  <Table.Td ta="right">{i.net}</Table.Td>
                  <Table.Td ta="right">{i.taxes}</Table.Td>
                  <Table.Td ta="right">{i.gross}</Table.Td>
                  <Table.Td>
                    {billed.has(i.id) ? (
                      <Badge variant="light">{billed.get(i.id)}</Badge>
                    ) : (
                      <Button size="xs" onClick={() => issueOne(i.id)} data-testid="issue-receipt">
                        {t('billing.issue.issue')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
