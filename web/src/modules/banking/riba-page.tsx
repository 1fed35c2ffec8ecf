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
import { BankRunList, BankRunStartForm } from './bank-run-list';
import { translatedFieldErrors } from '../../graphql/errors';
import { RibaRunsQuery, RibaSettingsQuery, SetRibaSettingsMutation, StartRibaRunMutation } from './riba-queries';
import { RibaUnpaidTile } from './riba-unpaid-tile';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const FIELDS = ['siaCode', 'iban', 'street', 'town', 'taxId', 'unpaidFee'] as const;
type Fields = Record<(typeof FIELDS)[number], string>;

/** The company's RiBa data: SIA code, the account the bank credits (ABI/CAB read from it), the unpaid fee. */
function RibaSettingsForm() {
  const { t } = useTranslation();
  const session = useSession();
  const [{ data }] = useQuery({ query: RibaSettingsQuery });
  const [, save] = useMutation(SetRibaSettingsMutation);
  const [v, setV] = useState<Fields>({ siaCode: '', iban: '', street: '', town: '', taxId: '', unpaidFee: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const s = data?.ribaSettings;
    if (s) setV({ siaCode: s.siaCode ?? '', iban: s.iban ?? '', street: s.street ?? '', town: s.town ?? '', taxId: s.taxId ?? '', unpaidFee: s.unpaidFee ?? '' });
  }, [data]);
  const canEdit = session.can('billing', 'edit');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaved(false);
    const r = await save({ input: v });
    if (r.error) return setErrors(translatedFieldErrors(t, r.error, 'riba.fieldReason'));
    setErrors({});
    setSaved(true);
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} data-testid="riba-settings-form">
      <Title order={2} size="h4" mb="sm">
        {t('riba.settings.title')}
      </Title>
      <Group align="start">
        {FIELDS.map((key) => (
          <TextInput key={key} label={t(`riba.field.${key}`)} value={v[key]} readOnly={!canEdit} onChange={(e) => setV({ ...v, [key]: e.currentTarget.value })} error={errors[key]} data-testid={`riba-field-${key}`} />
        ))}
        {canEdit && (
          <Button type="submit" mt={24} data-testid="save-riba-settings">
            {t('riba.settings.save')}
          </Button>
        )}
      </Group>
      {data?.ribaSettings.abi && (
        <Badge mt="sm" variant="light" data-testid="riba-bank-codes">
          {t('riba.settings.codes', { abi: data.ribaSettings.abi, cab: data.ribaSettings.cab })}
        </Badge>
      )}
      {saved && (
        <Badge mt="sm" ml="sm" color="teal" variant="light" data-testid="riba-settings-saved">
          {t('riba.settings.saved')}
        </Badge>
      )}
    </Paper>
  );
}

/** RiBa: the settings, starting a run (a job on the server), the runs with their progress, the unpaid tile. */
export function RibaPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const navigate = useNavigate();
  const [dueTo, setDueTo] = useState(day(30));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [{ data, error }, refetch] = useQuery({ query: RibaRunsQuery, requestPolicy: 'network-only' });
  const [, start] = useMutation(StartRibaRunMutation);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const r = await start({ input: { dueTo } });
    if (r.error) {
      const f = translatedFieldErrors(t, r.error, 'riba.fieldReason');
      setErrors(f);
      setMessage(f.siaCode ? t('riba.runs.settingsMissing') : f.company ? t('riba.runs.notItalian') : Object.keys(f).length ? null : errorText(t, r.error));
      return;
    }
    navigate(`/billing/riba/${r.data!.startRibaRun.id}`);
  }

  return (
    <Stack>
      <PageHeader title={t('riba.title')} subtitle={t('riba.subtitle')} />
      <FormError message={message} onClose={() => setMessage(null)} />
      <RibaUnpaidTile />
      <RibaSettingsForm />
      {session.can('billing', 'create') && (
        <BankRunStartForm title={t('riba.runs.new')} submitLabel={t('riba.runs.start')} submitTestId="start-riba-run" onSubmit={submit}>
          <TextInput type="date" label={t('riba.field.dueTo')} value={dueTo} onChange={(e) => setDueTo(e.currentTarget.value)} error={errors.dueTo} data-testid="riba-field-dueTo" />
        </BankRunStartForm>
      )}
      <BankRunList
        runs={data.ribaRuns}
        columns={[
          { header: t('riba.runs.supportName'), cell: (r) => r.supportName },
          { header: t('riba.field.dueTo'), cell: (r) => format.day(r.dueTo) },
        ]}
        figures={[
          { header: t('riba.runs.count'), cell: (r) => r.total, align: 'right' },
          { header: t('riba.runs.amount'), cell: (r) => r.totalAmount, align: 'right' },
        ]}
        linkTo={(r) => `/billing/riba/${r.id}`}
        labels={{ empty: t('riba.runs.empty'), started: t('riba.runs.started'), status: t('riba.runs.status'), progress: t('riba.runs.progress') }}
        testId="riba-runs-table"
        rowTestId="riba-run-row"
      />
    </Stack>
  );
}
