import { useState } from 'react';
import { Button, Group, Paper, Select, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { FormError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { ClientPicker, type PickedClient } from '../clients/common/client-picker';
import { ClientPoliciesForClaimQuery, ReportClaimMutation } from './queries';
import { claimFieldErrors } from './field-errors';

/** "Report a claim": the client, optionally one of the client's policies, the loss, a counterparty. */
export function ReportClaimPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [client, setClient] = useState<PickedClient | null>(null);
  const [policyId, setPolicyId] = useState<string | null>(null);
  const [v, setV] = useState({ lossDate: '', lossTime: '', lossPlace: '', description: '', insurerClaimNumber: '', partyName: '', partyInsurer: '', partyPlate: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [{ data: policies }] = useQuery({ query: ClientPoliciesForClaimQuery, variables: { clientId: client?.id ?? '' }, pause: !client });
  const [{ fetching }, report] = useMutation(ReportClaimMutation);
  const set = (key: keyof typeof v) => (e: { currentTarget: { value: string } }) => setV({ ...v, [key]: e.currentTarget.value });

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    if (!client) {
      setErrors({ clientId: t('claims.report.clientRequired') });
      return;
    }
    const parties = v.partyName.trim() ? [{ name: v.partyName, role: 'COUNTERPARTY' as const, insurerName: v.partyInsurer || null, plate: v.partyPlate || null }] : [];
    const result = await report({
      input: {
        clientId: client.id,
        policyId,
        lossDate: v.lossDate,
        lossTime: v.lossTime || null,
        lossPlace: v.lossPlace,
        description: v.description,
        insurerClaimNumber: v.insurerClaimNumber || null,
        parties,
      },
    });
    if (result.error) {
      const fields = claimFieldErrors(t, result.error);
      setErrors({ ...fields, partyName: fields['parties.0.name'], partyPlate: fields['parties.0.plate'] });
      if (!Object.keys(fields).length) setMessage(errorText(t, result.error));
      return;
    }
    navigate(`/claims/${result.data!.reportClaim.id}`);
  }

  return (
    <Stack>
      <PageHeader title={t('claims.report.title')} subtitle={t('claims.report.subtitle')} />
      <form onSubmit={submit} noValidate data-testid="report-claim-form">
        <Stack maw={820}>
          <FormError message={message} onClose={() => setMessage(null)} />
          <Paper withBorder p="md">
            <Stack>
              <ClientPicker label={t('claims.field.client')} value={client} onChange={(c) => { setClient(c); setPolicyId(null); }} error={errors.clientId} withAsterisk testId="claim-client" />
              <Select
                label={t('claims.field.policy')}
                placeholder={t('claims.report.noPolicy')}
                data={(policies?.policies.items ?? []).map((p) => ({ value: p.id, label: p.number }))}
                value={policyId}
                onChange={setPolicyId}
                clearable
                disabled={!client}
                error={errors.policyId}
                data-testid="claim-policy"
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput type="date" label={t('claims.field.lossDate')} value={v.lossDate} onChange={set('lossDate')} error={errors.lossDate} withAsterisk data-testid="field-lossDate" />
                <TextInput type="time" label={t('claims.field.lossTime')} value={v.lossTime} onChange={set('lossTime')} error={errors.lossTime} data-testid="field-lossTime" />
              </SimpleGrid>
              <TextInput label={t('claims.field.lossPlace')} value={v.lossPlace} onChange={set('lossPlace')} error={errors.lossPlace} withAsterisk data-testid="field-lossPlace" />
              <Textarea label={t('claims.field.description')} value={v.description} onChange={set('description')} error={errors.description} withAsterisk autosize minRows={3} data-testid="field-description" />
              <TextInput label={t('claims.field.insurerClaimNumber')} value={v.insurerClaimNumber} onChange={set('insurerClaimNumber')} error={errors.insurerClaimNumber} data-testid="field-insurerClaimNumber" />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h5" mb="sm">
              {t('claims.report.counterparty')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('claims.party.name')} value={v.partyName} onChange={set('partyName')} error={errors.partyName} data-testid="field-partyName" />
              <TextInput label={t('claims.party.insurer')} value={v.partyInsurer} onChange={set('partyInsurer')} data-testid="field-partyInsurer" />
              <TextInput label={t('claims.party.plate')} value={v.partyPlate} onChange={set('partyPlate')} error={errors.partyPlate} data-testid="field-partyPlate" />
            </SimpleGrid>
          </Paper>
          <Group justify="flex-end">
            <Button type="submit" loading={fetching} data-testid="report-claim-submit">
              {t('claims.report.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
