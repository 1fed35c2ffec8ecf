import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DateField } from '../../components/date-field';
import { useFormat } from '../../i18n/format';
import { SetConsentTimelineStartMutation } from './queries';
import { consentFieldErrors } from './texts';

export interface AgreedStart {
  agreedFrom: string;
  note?: string | null;
  earlierRecords: number;
}

const day = (d: string) => `${d}T12:00:00`;

/**
 * Where the consent timeline starts (CN-6: "from the start of the relationship, or from an agreed
 * date"): the date agreed with the client (kept per client), the day the list is shown from (the agreed
 * date by default, any other day, or the whole chain), how many earlier records are not listed (they
 * stay in the verified chain), and — with consents:edit — setting or removing the agreed date.
 */
export function ConsentTimelineStartBar(props: {
  clientId: string;
  agreed: AgreedStart | null;
  from: string | null;
  canEdit: boolean;
  onShowFrom(day: string | null | undefined): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { agreed, from } = props;
  const [editing, setEditing] = useState(false);
  const fromAgreed = !!agreed && from === agreed.agreedFrom;
  return (
    <Stack gap={6} data-testid="consent-timeline-start">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <DatePickerInput
            label={t('consents.start.showFrom')}
            placeholder={t('consents.start.wholeChain')}
            value={from}
            onChange={(v) => props.onShowFrom(v ?? null)}
            clearable
            clearButtonProps={{ 'aria-label': t('common.clearDate') }}
            valueFormat="L"
            w={200}
            data-testid="consent-show-from"
          />
          {agreed && !fromAgreed && (
            <Button variant="subtle" size="compact-sm" onClick={() => props.onShowFrom(undefined)} data-testid="consent-show-agreed">
              {t('consents.start.showAgreed')}
            </Button>
          )}
          {from && (
            <Button variant="subtle" size="compact-sm" onClick={() => props.onShowFrom(null)} data-testid="consent-show-all">
              {t('consents.start.showAll')}
            </Button>
          )}
        </Group>
        {props.canEdit && (
          <Button variant="light" leftSection={<IconCalendarEvent size={16} />} onClick={() => setEditing(true)} data-testid="consent-agreed-start-edit">
            {agreed ? t('consents.start.change') : t('consents.start.set')}
          </Button>
        )}
      </Group>
      <Text size="sm" data-testid="consent-timeline-from" data-from={from ?? ''}>
        {agreed
          ? t('consents.start.agreed', { date: format.date(day(agreed.agreedFrom)) }) + (agreed.note ? ` — ${agreed.note}` : '')
          : t('consents.start.relationship')}
        {' · '}
        {from ? t('consents.start.showingFrom', { date: format.date(day(from)) }) : t('consents.start.showingAll')}
      </Text>
      {fromAgreed && agreed.earlierRecords > 0 && (
        <Text size="xs" c="dimmed" data-testid="consent-earlier">
          {t('consents.start.earlier', { count: agreed.earlierRecords })}
        </Text>
      )}
      {editing && (
        <AgreedStartDialog
          clientId={props.clientId}
          agreed={agreed}
          onClose={(saved) => {
            setEditing(false);
            if (saved) props.onSaved();
          }}
        />
      )}
    </Stack>
  );
}

function AgreedStartDialog({ clientId, agreed, onClose }: { clientId: string; agreed: AgreedStart | null; onClose(saved: boolean): void }) {
  const { t } = useTranslation();
  const [result, save] = useMutation(SetConsentTimelineStartMutation);
  const [date, setDate] = useState<string | null>(agreed?.agreedFrom ?? null);
  const [note, setNote] = useState(agreed?.note ?? '');
  const errors = consentFieldErrors(t, result.error);

  async function submit(agreedFrom: string | null) {
    const r = await save({ input: { clientId, agreedFrom, note: agreedFrom ? note : null } });
    if (!r.error) onClose(true);
  }

  return (
    <Modal opened onClose={() => onClose(false)} title={t('consents.start.title')}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('consents.start.hint')}
        </Text>
        <DateField label={t('consents.start.date')} value={date} onChange={(v) => setDate((v as string | null) || null)} error={errors.agreedFrom} data-testid="consent-agreed-date" />
        <Textarea label={t('consents.start.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={500} autosize minRows={2} error={errors.note} data-testid="consent-agreed-note" />
        {errors.id && <Alert color="red">{errors.id}</Alert>}
        <Group justify="space-between">
          {agreed ? (
            <Button variant="subtle" color="red" onClick={() => submit(null)} loading={result.fetching} data-testid="consent-agreed-remove">
              {t('consents.start.remove')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => submit(date)} disabled={!date} loading={result.fetching} data-testid="consent-agreed-save">
              {t('common.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
