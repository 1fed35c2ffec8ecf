import { Group, MultiSelect, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DesignQuestion, useLocalized } from './design';

/** An answer as the form keeps it (the shape of AnswerInput). */
export interface AnswerValue {
  value?: string | null;
  values?: string[] | null;
  address?: { street: string; postalCode: string; city: string; country: string } | null;
}
export type Answers = Record<string, AnswerValue>;

/** Whether a question is asked: no condition, or the earlier answer is one of the listed values. */
export function shown(q: DesignQuestion, answers: Answers, all: DesignQuestion[]): boolean {
  if (!q.showWhen) return true;
  const earlier = all.find((x) => x.key === q.showWhen!.question);
  if (earlier && !shown(earlier, answers, all)) return false;
  const a = answers[q.showWhen.question];
  const values = a?.values ?? (a?.value ? [a.value] : []);
  return values.some((v) => q.showWhen!.anyOf.includes(v));
}

/** The answers to send: only questions asked and answered. */
export function answerInputs(questions: DesignQuestion[], answers: Answers) {
  return questions
    .filter((q) => shown(q, answers, questions))
    .map((q) => ({ question: q.key, ...answers[q.key] }))
    .filter((a) => (a.value ?? '') !== '' || (a.values?.length ?? 0) > 0 || !!a.address);
}

interface Props {
  questions: DesignQuestion[];
  answers: Answers;
  onChange(answers: Answers): void;
  /** Server errors by question key. */
  errors: Record<string, string>;
}

/** The questionnaire as the client sees it: each question in the user's language with its help, unit and conditions. */
export function Questionnaire({ questions, answers, onChange, errors }: Props) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const set = (key: string, a: AnswerValue) => onChange({ ...answers, [key]: a });
  return (
    <Stack gap="sm" data-testid="questionnaire">
      {questions.filter((q) => shown(q, answers, questions)).map((q) => {
        const common = { label: loc(q.label), description: loc(q.help) || undefined, withAsterisk: q.required, error: errors[q.key], 'data-testid': `answer-${q.key}` };
        const a = answers[q.key] ?? {};
        const options = (q.options ?? []).map((o) => ({ value: o.value, label: loc(o.label) || o.value }));
        switch (q.type) {
          case 'YES_NO':
            return (
              <Radio.Group key={q.key} {...common} value={a.value ?? ''} onChange={(v) => set(q.key, { value: v })}>
                <Group mt={4}>
                  <Radio value="true" label={t('products.yes')} data-testid={`answer-${q.key}-yes`} />
                  <Radio value="false" label={t('products.no')} data-testid={`answer-${q.key}-no`} />
                </Group>
              </Radio.Group>
            );
          case 'SINGLE_CHOICE':
            return <Select key={q.key} {...common} data={options} value={a.value ?? null} onChange={(v) => set(q.key, { value: v })} />;
          case 'MULTIPLE_CHOICE':
            return <MultiSelect key={q.key} {...common} data={options} value={a.values ?? []} onChange={(v) => set(q.key, { values: v })} />;
          case 'ADDRESS': {
            const ad = a.address ?? { street: '', postalCode: '', city: '', country: '' };
            const put = (k: keyof typeof ad, v: string) => set(q.key, { address: { ...ad, [k]: v } });
            return (
              <Stack key={q.key} gap={4} data-testid={`answer-${q.key}`}>
                <Group grow align="flex-start">
                  <TextInput label={`${loc(q.label)} — ${t('products.address.street')}`} value={ad.street} onChange={(e) => put('street', e.currentTarget.value)} error={errors[q.key]} withAsterisk={q.required} />
                  <TextInput label={t('products.address.postalCode')} value={ad.postalCode} onChange={(e) => put('postalCode', e.currentTarget.value)} />
                  <TextInput label={t('products.address.city')} value={ad.city} onChange={(e) => put('city', e.currentTarget.value)} />
                  <TextInput label={t('products.address.country')} value={ad.country} onChange={(e) => put('country', e.currentTarget.value)} maxLength={2} />
                </Group>
              </Stack>
            );
          }
          case 'NUMBER':
            return <TextInput key={q.key} {...common} inputMode="decimal" rightSection={q.unit ? <span>{q.unit}</span> : undefined} rightSectionWidth={q.unit ? 56 : undefined} value={a.value ?? ''} onChange={(e) => set(q.key, { value: e.currentTarget.value })} />;
          case 'DATE':
            return <TextInput key={q.key} {...common} type="date" value={a.value ?? ''} onChange={(e) => set(q.key, { value: e.currentTarget.value })} />;
          default:
            return <TextInput key={q.key} {...common} value={a.value ?? ''} onChange={(e) => set(q.key, { value: e.currentTarget.value })} />;
        }
      })}
    </Stack>
  );
}
