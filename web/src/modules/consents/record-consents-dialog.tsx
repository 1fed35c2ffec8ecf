import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, Paper, SegmentedControl, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { FormError, Loading } from '../../components/query-state';
import { useSession } from '../../session/session-context';
import { ConsentFormsQuery, RecordConsentsMutation } from './queries';
import { consentFieldErrors, pickText } from './texts';

const DELIVERED = ['ALLEGATO_3', 'ALLEGATO_4', 'ALLEGATO_4_TER'];

interface Props {
  clientId: string;
  documents: ReadonlyArray<{ id: string; fileName: string }>;
  onClose(recorded: boolean): void;
}

/**
 * Staff-assisted acceptance (item 7): pick forms, the client answers every clause yes or no (nothing
 * pre-ticked: each answer starts unanswered), on the staff screen or on paper with the signed scan.
 */
export function RecordConsentsDialog({ clientId, documents, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const companyLang = (session.me.company?.locale ?? 'en').slice(0, 2);
  const [{ data }] = useQuery({ query: ConsentFormsQuery, variables: { all: false } });
  const [result, record] = useMutation(RecordConsentsMutation);
  const [picked, setPicked] = useState<string[]>([]);
  const [answers, setAnswers] = useState<Record<string, Record<string, boolean | undefined>>>({});
  const [channel, setChannel] = useState<'STAFF_SCREEN' | 'PAPER'>('STAFF_SCREEN');
  const [scan, setScan] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  if (!data) return <Loading />;
  const forms = data.consentForms.filter((f) => f.current && !DELIVERED.includes(f.kind));
  const errors = consentFieldErrors(t, result.error);
  const chosen = forms.filter((f) => picked.includes(f.id));

  async function submit() {
    const unanswered = chosen.some((f) => f.current!.clauses.some((c) => answers[f.id]?.[c.key] === undefined));
    setMissing(unanswered);
    if (unanswered || !chosen.length) return;
    const r = await record({
      input: {
        clientId,
        channel,
        paperDocumentId: channel === 'PAPER' ? scan : null,
        forms: chosen.map((f) => ({ formVersionId: f.current!.id, answers: f.current!.clauses.map((c) => ({ key: c.key, accepted: !!answers[f.id]?.[c.key] })) })),
      },
    });
    if (!r.error) onClose(true);
  }

  const general = ['eConsent', 'email', 'forms', 'channel'].map((k) => errors[k]).filter(Boolean);
  return (
    <Modal opened onClose={() => onClose(false)} size="xl" title={t('consents.record.title')}>
      <Stack>
        <SegmentedControl
          value={channel}
          onChange={(v) => setChannel(v as typeof channel)}
          data={[
            { value: 'STAFF_SCREEN', label: t('consents.channel.STAFF_SCREEN') },
            { value: 'PAPER', label: t('consents.channel.PAPER') },
          ]}
          aria-label={t('consents.field.channel')}
          data-testid="record-channel"
        />
        {channel === 'PAPER' && (
          <Select
            label={t('consents.record.scan')}
            description={t('consents.record.scanHint')}
            data={documents.map((d) => ({ value: d.id, label: d.fileName }))}
            value={scan}
            onChange={setScan}
            error={errors.paperDocumentId}
            data-testid="record-scan"
          />
        )}
        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('consents.record.pickForms')}
          </Text>
          {forms.map((f) => (
            <Switch
              key={f.id}
              label={`${f.code} — ${pickText(f.current!.title, i18n.language, companyLang)}`}
              checked={picked.includes(f.id)}
              onChange={(e) => setPicked(e.currentTarget.checked ? [...picked, f.id] : picked.filter((x) => x !== f.id))}
              data-testid="record-pick"
              data-code={f.code}
            />
          ))}
        </Stack>
        {chosen.map((f, i) => (
          <Paper key={f.id} withBorder p="md" data-testid="record-form" data-code={f.code}>
            <Title order={3} size="h5" mb="xs">
              {pickText(f.current!.title, i18n.language, companyLang)}
            </Title>
            {f.current!.clauses.map((c) => {
              const v = answers[f.id]?.[c.key];
              const set = (val: boolean) => setAnswers({ ...answers, [f.id]: { ...answers[f.id], [c.key]: val } });
              return (
                <Group key={c.key} justify="space-between" wrap="nowrap" py={4} data-testid="record-clause" data-key={c.key}>
                  <Text size="sm">
                    {pickText(c.text, i18n.language, companyLang)}
                    {c.required && ` (${t('consents.field.required')})`}
                  </Text>
                  <Group gap="xs" wrap="nowrap">
                    <Checkbox label={t('consents.answer.yes')} checked={v === true} onChange={() => set(true)} data-testid="answer-yes" />
                    <Checkbox label={t('consents.answer.no')} checked={v === false} onChange={() => set(false)} data-testid="answer-no" />
                  </Group>
                </Group>
              );
            })}
            {errors[`forms.${i}.answers`] && (
              <Text c="red" size="sm">
                {errors[`forms.${i}.answers`]}
              </Text>
            )}
          </Paper>
        ))}
        {missing && (
          <Alert color="orange" data-testid="record-unanswered">
            {t('consents.record.unanswered')}
          </Alert>
        )}
        {general.map((g) => (
          <Alert key={g} color="red" data-testid="record-error">
            {g}
          </Alert>
        ))}
        <FormError message={result.error && !Object.keys(errors).length ? result.error.message : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={result.fetching} disabled={!chosen.length} data-testid="record-submit">
            {t('consents.record.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
