import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { FormError } from '../../components/query-state';
import { CONSENT_LANGS, consentFieldErrors } from './texts';

export const FORM_KINDS = ['PRIVACY_NOTICE', 'MARKETING', 'PROFILING', 'THIRD_PARTY_TRANSFER', 'ALLEGATO_3', 'ALLEGATO_4', 'ALLEGATO_4_TER', 'BROKER_MANDATE', 'TAX_LIST_248', 'E_CONSENT'] as const;

type Texts = Record<string, string>;
export interface DraftState {
  code: string;
  kind: string;
  title: Texts;
  body: Texts;
  clauses: Array<{ key: string; required: boolean; text: Texts }>;
}

const fromList = (list: ReadonlyArray<{ lang: string; text: string }> | undefined): Texts => Object.fromEntries((list ?? []).map((x) => [x.lang, x.text]));
const toList = (texts: Texts) => Object.entries(texts).filter(([, v]) => v.trim()).map(([lang, text]) => ({ lang, text }));

export function draftFrom(v: { title: ReadonlyArray<{ lang: string; text: string }>; body: ReadonlyArray<{ lang: string; text: string }>; clauses: ReadonlyArray<{ key: string; required: boolean; text: ReadonlyArray<{ lang: string; text: string }> }> } | null | undefined, code = '', kind = 'PRIVACY_NOTICE'): DraftState {
  return { code, kind, title: fromList(v?.title), body: fromList(v?.body), clauses: (v?.clauses ?? []).map((c) => ({ key: c.key, required: c.required, text: fromList(c.text) })) };
}

export function draftInput(d: DraftState) {
  return { title: toList(d.title), body: toList(d.body), clauses: d.clauses.map((c) => ({ key: c.key, required: c.required, text: toList(c.text) })) };
}

interface Props {
  opened: boolean;
  isNew: boolean;
  initial: DraftState;
  companyLang: string;
  saving: boolean;
  error: CombinedError | undefined;
  onSave(d: DraftState): void;
  onClose(): void;
}

/** Edits a form's draft one language at a time: title, text, clauses (key, required, text). */
export function ConsentDraftEditor({ opened, isNew, initial, companyLang, saving, error, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [d, setD] = useState<DraftState>(initial);
  const [lang, setLang] = useState(companyLang);
  const errors = consentFieldErrors(t, error);
  const err = (prefix: string) => Object.entries(errors).find(([k]) => k === prefix || k.startsWith(`${prefix}.`))?.[1];
  const p = isNew ? 'draft.' : '';
  const unplaced = Object.keys(errors).length === 0 && error ? error.message : null;
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={isNew ? t('consents.forms.new') : t('consents.forms.editDraft', { code: d.code })}>
      <Stack>
        {isNew && (
          <Group grow>
            <TextInput label={t('consents.field.code')} value={d.code} onChange={(e) => setD({ ...d, code: e.currentTarget.value })} error={errors.code} data-testid="form-code" />
            <Select
              label={t('consents.field.kind')}
              data={FORM_KINDS.map((k) => ({ value: k, label: t(`consents.kind.${k}`, { defaultValue: k }) }))}
              value={d.kind}
              onChange={(v) => v && setD({ ...d, kind: v })}
              allowDeselect={false}
              data-testid="form-kind"
            />
          </Group>
        )}
        <SegmentedControl value={lang} onChange={setLang} data={CONSENT_LANGS.map((l) => ({ value: l, label: t(`consents.lang.${l}`, { defaultValue: l }) }))} aria-label={t('consents.field.language')} />
        <TextInput label={t('consents.field.title')} value={d.title[lang] ?? ''} onChange={(e) => setD({ ...d, title: { ...d.title, [lang]: e.currentTarget.value } })} error={err(`${p}title`)} data-testid="draft-title" />
        <Textarea label={t('consents.field.body')} autosize minRows={5} value={d.body[lang] ?? ''} onChange={(e) => setD({ ...d, body: { ...d.body, [lang]: e.currentTarget.value } })} error={err(`${p}body`)} data-testid="draft-body" />
        <Text fw={600} size="sm">
          {t('consents.field.clauses')}
        </Text>
        {d.clauses.map((c, i) => (
          <Group key={i} align="flex-end" wrap="nowrap" data-testid="draft-clause">
            <TextInput
              label={t('consents.field.clauseKey')}
              value={c.key}
              w={160}
              onChange={(e) => setD({ ...d, clauses: d.clauses.map((x, j) => (j === i ? { ...x, key: e.currentTarget.value } : x)) })}
              error={err(`${p}clauses.${i}.key`)}
              data-testid="clause-key"
            />
            <TextInput
              label={t('consents.field.clauseText')}
              style={{ flex: 1 }}
              value={c.text[lang] ?? ''}
              onChange={(e) => setD({ ...d, clauses: d.clauses.map((x, j) => (j === i ? { ...x, text: { ...x.text, [lang]: e.currentTarget.value } } : x)) })}
              error={err(`${p}clauses.${i}.text`)}
              data-testid="clause-text"
            />
            <Checkbox label={t('consents.field.required')} checked={c.required} mb={8} onChange={(e) => setD({ ...d, clauses: d.clauses.map((x, j) => (j === i ? { ...x, required: e.currentTarget.checked } : x)) })} />
            <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('consents.forms.removeClause')} onClick={() => setD({ ...d, clauses: d.clauses.filter((_, j) => j !== i) })}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {err(`${p}clauses`) && (
          <Text c="red" size="sm">
            {err(`${p}clauses`)}
          </Text>
        )}
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setD({ ...d, clauses: [...d.clauses, { key: '', required: false, text: {} }] })} data-testid="add-clause">
            {t('consents.forms.addClause')}
          </Button>
        </Group>
        <FormError message={unplaced} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={saving} onClick={() => onSave(d)} data-testid="draft-save">
            {t('consents.forms.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
