import { useEffect, useState } from 'react';
import { Badge, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PageHeader } from '../../components/page-header';
import { FormError, Loading, QueryError } from '../../components/query-state';
import { errorText } from '../../graphql/error-text';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { bankingFieldErrors, bankingSettingsFieldErrors } from './field-errors';
import { BankRunList, BankRunStartForm } from './bank-run-list';
import { BankingSettingsQuery, SepaRunsQuery, SetBankingSettingsMutation, StartSepaRunMutation } from './queries';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The creditor data (identifier checked on the server, ISO 7064 mod 97-10) and the return fee. */
function CreditorForm() {
  const { t } = useTranslation();
  const session = useSession();
  const [{ data }] = useQuery({ query: BankingSettingsQuery });
  const [, save] = useMutation(SetBankingSettingsMutation);
  const [v, setV] = useState({ creditorId: '', creditorName: '', creditorIban: '', creditorBic: '', returnFee: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const s = data?.bankingSettings;
    if (s) setV({ creditorId: s.creditorId ?? '', creditorName: s.creditorName ?? '', creditorIban: s.creditorIban ?? '', creditorBic: s.creditorBic ?? '', returnFee: s.returnFee ?? '' });
  }, [data]);
  const canEdit = session.can('billing', 'edit');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    const r = await save({ input: v });
    if (r.error) return setErrors(bankingSettingsFieldErrors(t, r.error));
    setErrors({});
    setSaved(true);
  }
  const field = (key: keyof typeof v) => (
    <TextInput
      key={key}
      label={t(`banking.field.${key}`)}
      value={v[key]}
      readOnly={!canEdit}
      onChange={(e) => setV({ ...v, [key]: e.currentTarget.value })}
      error={errors[key]}
      data-testid={`field-${key}`}
    />
  );
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} data-testid="creditor-form">
      <Title order={2} size="h4" mb="sm">
        {t('banking.creditor.title')}
      </Title>
      <Group align="start">
        {field('creditorId')}
        {field('creditorName')}
        {field('creditorIban')}
        {field('creditorBic')}
        {field('returnFee')}
        {canEdit && (
          <Button type="submit" mt={24} data-testid="save-creditor">
            {t('banking.creditor.save')}
          </Button>
        )}
      </Group>
      {saved && (
        <Badge mt="sm" color="teal" variant="light" data-testid="creditor-saved">
          {t('banking.creditor.saved')}
        </Badge>
      )}
    </Paper>
  );
}

/** SEPA direct debit: the creditor data, starting a run (a job on the server), the runs with their progress. */
export function SepaPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const [v, setV] = useState({ collectionDate: day(5), dueTo: day(0) });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: SepaRunsQuery, requestPolicy: 'network-only' });
  const [, start] = useMutation(StartSepaRunMutation);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const r = await start({ input: v });
    if (r.error) {
      const f = bankingFieldErrors(t, r.error);
      setErrors(f);
      setMessage(f.creditorId ? t('banking.runs.creditorMissing') : Object.keys(f).length ? null : errorText(t, r.error));
      return;
    }
    navigate(`/billing/sepa/${r.data!.startSepaRun.id}`);
  }

  return (
    <Stack>
      <PageHeader title={t('banking.runs.title')} subtitle={t('banking.runs.subtitle')} />
      <FormError message={message} onClose={() => setMessage(null)} />
      <CreditorForm />
      {/* a run books every collection as a payment: what recording a payment needs too */}
      {session.can('billing', 'create') && session.can('collections', 'create') && (
        <BankRunStartForm title={t('banking.runs.new')} submitLabel={t('banking.runs.start')} submitTestId="start-sepa-run" onSubmit={submit}>
          <TextInput type="date" label={t('banking.field.collectionDate')} value={v.collectionDate} onChange={(e) => setV({ ...v, collectionDate: e.currentTarget.value })} error={errors.collectionDate} data-testid="field-collectionDate" />
          <TextInput type="date" label={t('banking.field.dueTo')} value={v.dueTo} onChange={(e) => setV({ ...v, dueTo: e.currentTarget.value })} error={errors.dueTo} data-testid="field-dueTo" />
        </BankRunStartForm>
      )}
      <BankRunList
        runs={data.sepaRuns}
        columns={[{ header: t('banking.field.collectionDate'), cell: (r) => format.day(r.collectionDate) }]}
        figures={[
          { header: t('banking.runs.count'), cell: (r) => r.total, align: 'right' },
          { header: t('banking.runs.controlSum'), cell: (r) => r.controlSum, align: 'right' },
        ]}
        linkTo={(r) => `/billing/sepa/${r.id}`}
        labels={{ empty: t('banking.runs.empty'), started: t('banking.runs.started'), status: t('banking.runs.status'), progress: t('banking.runs.progress') }}
        testId="sepa-runs-table"
        rowTestId="sepa-run-row"
      />
    </Stack>
  );
}
