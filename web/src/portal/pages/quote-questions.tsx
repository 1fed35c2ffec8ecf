import { Checkbox, Group, NativeSelect, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortalQuoteAnswerInput } from '../gql/graphql';

/** A question of a product's questionnaire as the portal receives it (portalQuoteProducts). */
export interface QuoteQuestion {
  key: string;
  type: string;
  required: boolean;
  label: string;
  help?: string | null;
  unit?: string | null;
  min?: string | null;
  max?: string | null;
  options?: Array<{ value: string; label: string }> | null;
  showWhen?: { question: string; anyOf: string[] } | null;
}

export type Address = { street: string; postalCode: string; city: string; country: string };
export type Given = { value?: string; values?: string[]; address?: Address };
const EMPTY_ADDRESS: Address = { street: '', postalCode: '', city: '', country: '' };

function shown(q: QuoteQuestion, given: Record<string, Given>): boolean {
  if (!q.showWhen) return true;
  const a = given[q.showWhen.question];
  const values = a?.values ?? (a?.value ? [a.value] : []);
  return values.some((v) => q.showWhen!.anyOf.includes(v));
}

/** The questions asked, given the answers so far (a question shows when its condition holds). */
export function visibleQuestions(questions: QuoteQuestion[], given: Record<string, Given>): QuoteQuestion[] {
  const visible: Record<string, Given> = {};
  return questions.filter((q) => {
    if (!shown(q, visible)) return false;
    if (given[q.key]) visible[q.key] = given[q.key];
    return true;
  });
}

/** The answers to send: only questions asked and answered. */
export function answersOf(questions: QuoteQuestion[], given: Record<string, Given>): PortalQuoteAnswerInput[] {
  const out: PortalQuoteAnswerInput[] = [];
  for (const q of visibleQuestions(questions, given)) {
    const a = given[q.key];
    if (!a) continue;
    if (q.type === 'multiple_choice') out.push({ question: q.key, values: a.values ?? [] });
    else if (q.type === 'address') out.push({ question: q.key, address: a.address ?? EMPTY_ADDRESS });
    else if (a.value?.trim()) out.push({ question: q.key, value: a.value.trim() });
  }
  return out;
}

/** One question with the control of its type; `error` is the refusal's reason for `answers.<key>`. */
export function QuoteQuestionField({ q, given, error, onChange }: { q: QuoteQuestion; given?: Given; error?: string; onChange: (a: Given) => void }) {
  const { t } = useTranslation();
  const description = [q.help, q.min != null || q.max != null ? t('embed.range', { min: q.min ?? '…', max: q.max ?? '…' }) : null, q.unit].filter(Boolean).join(' · ') || undefined;
  const testId = `portal-quote-q-${q.key}`;
  switch (q.type) {
    case 'yes_no':
      return (
        <Radio.Group label={q.label} description={description} required={q.required} error={error} value={given?.value ?? ''} onChange={(v) => onChange({ value: v })} data-testid={testId}>
          <Group mt={4}>
            <Radio value="true" label={t('embed.yes')} data-testid={`${testId}-true`} />
            <Radio value="false" label={t('embed.no')} data-testid={`${testId}-false`} />
          </Group>
        </Radio.Group>
      );
    case 'single_choice':
      return (
        <NativeSelect
          label={q.label}
          description={description}
          required={q.required}
          error={error}
          value={given?.value ?? ''}
          onChange={(e) => onChange({ value: e.currentTarget.value })}
          data={[{ value: '', label: t('embed.choose') }, ...(q.options ?? [])]}
          data-testid={testId}
        />
      );
    case 'multiple_choice':
      return (
        <Checkbox.Group label={q.label} description={description} required={q.required} error={error} value={given?.values ?? []} onChange={(values) => onChange({ values })} data-testid={testId}>
          <Stack gap={4} mt={4}>
            {(q.options ?? []).map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'address': {
      const a = given?.address ?? EMPTY_ADDRESS;
      const set = (part: keyof Address, v: string) => onChange({ address: { ...a, [part]: v } });
      return (
        <Stack gap={4} data-testid={testId}>
          <TextInput label={q.label} description={t('embed.address.street')} required={q.required} error={error} value={a.street} onChange={(e) => set('street', e.currentTarget.value)} />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
            <TextInput aria-label={t('embed.address.postalCode')} placeholder={t('embed.address.postalCode')} value={a.postalCode} onChange={(e) => set('postalCode', e.currentTarget.value)} />
            <TextInput aria-label={t('embed.address.city')} placeholder={t('embed.address.city')} value={a.city} onChange={(e) => set('city', e.currentTarget.value)} />
            <TextInput aria-label={t('embed.address.country')} placeholder={t('embed.address.country')} value={a.country} onChange={(e) => set('country', e.currentTarget.value)} />
          </SimpleGrid>
        </Stack>
      );
    }
    default:
      return (
        <TextInput
          label={q.label}
          description={description}
          required={q.required}
          error={error}
          type={q.type === 'date' ? 'date' : 'text'}
          inputMode={q.type === 'number' ? 'decimal' : undefined}
          value={given?.value ?? ''}
          onChange={(e) => onChange({ value: e.currentTarget.value })}
          data-testid={testId}
        />
      );
  }
}
