import { useState } from 'react';
import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Loading } from '../../components/query-state';
import { useSession } from '../../session/session-context';
import { ConsentFormsQuery, RecordConsentDeliveryMutation } from './queries';
import { consentFieldErrors, pickText } from './texts';

const DELIVERED = ['ALLEGATO_3', 'ALLEGATO_4', 'ALLEGATO_4_TER'];

/** Pre-contract delivery (item 8): Allegato 3 / 4 / 4-ter handed over or sent, recorded with its version and hash. */
export function RecordDeliveryDialog({ clientId, documents, onClose }: { clientId: string; documents: ReadonlyArray<{ id: string; fileName: string }>; onClose(recorded: boolean): void }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const companyLang = (session.me.company?.locale ?? 'en').slice(0, 2);
  const [{ data }] = useQuery({ query: ConsentFormsQuery, variables: { all: false } });
  const [result, deliver] = useMutation(RecordConsentDeliveryMutation);
  const [formId, setFormId] = useState<string | null>(null);
  const [channel, setChannel] = useState<'EMAIL' | 'STAFF_SCREEN' | 'PAPER'>('EMAIL');
  const [scan, setScan] = useState<string | null>(null);
  if (!data) return <Loading />;
  const forms = data.consentForms.filter((f) => f.current && DELIVERED.includes(f.kind));
  const errors = consentFieldErrors(t, result.error);

  async function submit() {
    if (!formId) return;
    const r = await deliver({ formId, input: { clientId, channel, paperDocumentId: channel === 'PAPER' ? scan : null } });
    if (!r.error) onClose(true);
  }

  return (
    <Modal opened onClose={() => onClose(false)} title={t('consents.delivery.title')}>
      <Stack>
        <Select
          label={t('consents.field.form')}
          data={forms.map((f) => ({ value: f.id, label: `${f.code} — ${pickText(f.current!.title, i18n.language, companyLang)}` }))}
          value={formId}
          onChange={setFormId}
          error={errors.formId}
          data-testid="delivery-form"
        />
        <SegmentedControl
          value={channel}
          onChange={(v) => setChannel(v as typeof channel)}
          data={(['EMAIL', 'STAFF_SCREEN', 'PAPER'] as const).map((c) => ({ value: c, label: t(`consents.channel.${c}`) }))}
          aria-label={t('consents.field.channel')}
        />
        {channel === 'PAPER' && (
          <Select label={t('consents.record.scan')} description={t('consents.record.scanHint')} data={documents.map((d) => ({ value: d.id, label: d.fileName }))} value={scan} onChange={setScan} error={errors.paperDocumentId} />
        )}
        {['eConsent', 'email'].map((k) => errors[k]).filter(Boolean).map((g) => (
          <Alert key={g} color="red">
            {g}
          </Alert>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(false)}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={result.fetching} disabled={!formId} data-testid="delivery-submit">
            {t('consents.delivery.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
