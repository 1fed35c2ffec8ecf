import { ActionIcon, Button, Card, Checkbox, Group, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LocalizedInput } from './localized-input';
import { QUESTION_TYPES, type Design, type DesignAdjustment, type DesignFactor, type DesignQuestion } from './design';

interface Props {
  value: Design;
  onChange(value: Design): void;
  /** Server errors by field path (names, questions.<key>.label, rating.factors.<key>.question …). */
  errors: Record<string, string>;
}

const CHOICES = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'YES_NO'];
const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
const errorFor = (errors: Record<string, string>, prefix: string) => Object.entries(errors).find(([k]) => k === prefix || k.startsWith(`${prefix}.`))?.[1];

/** The product designer (PR-1): names, questions (types, conditions, help) and rating rules. */
export function Designer({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const setQ = (i: number, q: Partial<DesignQuestion>) => onChange({ ...value, questions: value.questions.map((x, j) => (j === i ? { ...x, ...q } : x)) });
  const setF = (i: number, f: Partial<DesignFactor>) => onChange({ ...value, rating: { ...value.rating, factors: value.rating.factors.map((x, j) => (j === i ? { ...x, ...f } : x)) } });
  const setA = (i: number, a: Partial<DesignAdjustment>) => onChange({ ...value, rating: { ...value.rating, adjustments: value.rating.adjustments.map((x, j) => (j === i ? { ...x, ...a } : x)) } });
  const keys = value.questions.map((q) => q.key).filter(Boolean);

  return (
    <Stack gap="lg" data-testid="designer">
      <LocalizedInput label={t('products.design.name')} value={value.names} onChange={(names) => onChange({ ...value, names })} testId="design-name" error={errors.names} />

      <Title order={2} size="h4">{t('products.design.questions')}</Title>
      {value.questions.map((q, i) => {
        const at = `questions.${q.key || i}`;
        return (
          <Card key={i} withBorder data-testid="design-question">
            <Stack gap="xs">
              <Group align="flex-end">
                <TextInput label={t('products.design.key')} value={q.key} onChange={(e) => setQ(i, { key: e.currentTarget.value })} error={errorFor(errors, `${at}.key`)} data-testid="question-key" />
                <Select label={t('products.design.type')} data={QUESTION_TYPES.map((v) => ({ value: v, label: t(`products.questionType.${v}`) }))} value={q.type} onChange={(v) => v && setQ(i, { type: v as DesignQuestion['type'] })} allowDeselect={false} data-testid="question-type" />
                <Checkbox label={t('products.design.required')} checked={q.required} onChange={(e) => setQ(i, { required: e.currentTarget.checked })} data-testid="question-required" />
                <ActionIcon variant="subtle" color="red" aria-label={t('products.design.remove')} onClick={() => onChange({ ...value, questions: value.questions.filter((_, j) => j !== i) })}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              <LocalizedInput label={t('products.design.label')} value={q.label} onChange={(label) => setQ(i, { label })} testId={`question-label-${i}`} error={errorFor(errors, `${at}.label`)} />
              <LocalizedInput label={t('products.design.help')} value={q.help} onChange={(help) => setQ(i, { help })} testId={`question-help-${i}`} />
              {q.type === 'NUMBER' && (
                <Group grow>
                  <TextInput label={t('products.design.unit')} value={q.unit ?? ''} onChange={(e) => setQ(i, { unit: e.currentTarget.value || null })} data-testid="question-unit" />
                  <TextInput label={t('products.design.min')} value={q.min ?? ''} onChange={(e) => setQ(i, { min: e.currentTarget.value || null })} error={errorFor(errors, `${at}.min`)} data-testid="question-min" />
                  <TextInput label={t('products.design.max')} value={q.max ?? ''} onChange={(e) => setQ(i, { max: e.currentTarget.value || null })} error={errorFor(errors, `${at}.max`)} data-testid="question-max" />
                </Group>
              )}
              {(q.type === 'SINGLE_CHOICE' || q.type === 'MULTIPLE_CHOICE') && (
                <Stack gap={4}>
                  {(q.options ?? []).map((o, k) => (
                    <Group key={k} align="flex-end" wrap="nowrap">
                      <TextInput label={t('products.design.optionValue')} value={o.value} onChange={(e) => setQ(i, { options: (q.options ?? []).map((x, m) => (m === k ? { ...x, value: e.currentTarget.value } : x)) })} data-testid="option-value" />
                      <LocalizedInput label={t('products.design.optionLabel')} value={o.label} onChange={(label) => setQ(i, { options: (q.options ?? []).map((x, m) => (m === k ? { ...x, label } : x)) })} testId={`option-label-${i}-${k}`} />
                    </Group>
                  ))}
                  <Text c="red" size="sm">{errorFor(errors, `${at}.options`)}</Text>
                  <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setQ(i, { options: [...(q.options ?? []), { value: '', label: {} }] })} data-testid="add-option">
                    {t('products.design.addOption')}
                  </Button>
                </Stack>
              )}
              <Group grow align="flex-end">
                <Select
                  label={t('products.design.showWhen')}
                  description={t('products.design.showWhenHint')}
                  data={value.questions.slice(0, i).filter((x) => CHOICES.includes(x.type) && x.key).map((x) => x.key)}
                  value={q.showWhen?.question ?? null}
                  onChange={(v) => setQ(i, { showWhen: v ? { question: v, anyOf: q.showWhen?.anyOf ?? [] } : null })}
                  clearable
                  error={errorFor(errors, `${at}.showWhen`)}
                  data-testid="question-showWhen"
                />
                {q.showWhen && (
                  <TextInput label={t('products.design.anyOf')} value={q.showWhen.anyOf.join(', ')} onChange={(e) => setQ(i, { showWhen: { question: q.showWhen!.question, anyOf: list(e.currentTarget.value) } })} data-testid="question-anyOf" />
                )}
              </Group>
            </Stack>
          </Card>
        );
      })}
      <Text c="red" size="sm">{errors.questions}</Text>
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => onChange({ ...value, questions: [...value.questions, { key: '', type: 'NUMBER', required: true, label: {}, options: null, showWhen: null }] })} data-testid="add-question">
          {t('products.design.addQuestion')}
        </Button>
      </Group>

      <Title order={2} size="h4">{t('products.design.rating')}</Title>
      <Group grow>
        <TextInput label={t('products.design.basePremium')} value={value.rating.basePremium} onChange={(e) => onChange({ ...value, rating: { ...value.rating, basePremium: e.currentTarget.value } })} error={errors['rating.basePremium']} data-testid="rating-base" />
        <TextInput label={t('products.design.minimumPremium')} value={value.rating.minimumPremium ?? ''} onChange={(e) => onChange({ ...value, rating: { ...value.rating, minimumPremium: e.currentTarget.value || null } })} error={errors['rating.minimumPremium']} data-testid="rating-minimum" />
      </Group>
      {value.rating.factors.map((f, i) => {
        const at = `rating.factors.${f.key || i}`;
        const banded = !!f.bands;
        return (
          <Card key={i} withBorder data-testid="design-factor">
            <Stack gap="xs">
              <Group align="flex-end">
                <TextInput label={t('products.design.ruleKey')} value={f.key} onChange={(e) => setF(i, { key: e.currentTarget.value })} error={errorFor(errors, `${at}.key`)} data-testid="factor-key" />
                <Select label={t('products.design.question')} data={keys} value={f.question || null} onChange={(v) => setF(i, { question: v ?? '' })} error={errorFor(errors, `${at}.question`)} data-testid="factor-question" />
                <SegmentedControl
                  data={[{ value: 'bands', label: t('products.design.bands') }, { value: 'choices', label: t('products.design.choices') }]}
                  value={banded ? 'bands' : 'choices'}
                  onChange={(v) => setF(i, v === 'bands' ? { bands: [{ from: null, to: null, multiplier: '1' }], choices: null } : { choices: [{ value: '', multiplier: '1' }], bands: null })}
                  data-testid="factor-kind"
                />
                <ActionIcon variant="subtle" color="red" aria-label={t('products.design.remove')} onClick={() => onChange({ ...value, rating: { ...value.rating, factors: value.rating.factors.filter((_, j) => j !== i) } })}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              <LocalizedInput label={t('products.design.label')} value={f.label} onChange={(label) => setF(i, { label })} testId={`factor-label-${i}`} error={errorFor(errors, `${at}.label`)} />
              {banded
                ? (f.bands ?? []).map((b, k) => (
                    <Group key={k} grow data-testid="factor-band">
                      <TextInput label={t('products.design.from')} value={b.from ?? ''} onChange={(e) => setF(i, { bands: f.bands!.map((x, m) => (m === k ? { ...x, from: e.currentTarget.value || null } : x)) })} data-testid="band-from" />
                      <TextInput label={t('products.design.to')} value={b.to ?? ''} onChange={(e) => setF(i, { bands: f.bands!.map((x, m) => (m === k ? { ...x, to: e.currentTarget.value || null } : x)) })} data-testid="band-to" />
                      <TextInput label={t('products.design.multiplier')} value={b.multiplier} onChange={(e) => setF(i, { bands: f.bands!.map((x, m) => (m === k ? { ...x, multiplier: e.currentTarget.value } : x)) })} data-testid="band-multiplier" />
                    </Group>
                  ))
                : (f.choices ?? []).map((c, k) => (
                    <Group key={k} grow data-testid="factor-choice">
                      <TextInput label={t('products.design.optionValue')} value={c.value} onChange={(e) => setF(i, { choices: f.choices!.map((x, m) => (m === k ? { ...x, value: e.currentTarget.value } : x)) })} data-testid="choice-value" />
                      <TextInput label={t('products.design.multiplier')} value={c.multiplier} onChange={(e) => setF(i, { choices: f.choices!.map((x, m) => (m === k ? { ...x, multiplier: e.currentTarget.value } : x)) })} data-testid="choice-multiplier" />
                    </Group>
                  ))}
              <Text c="red" size="sm">{errorFor(errors, `${at}.bands`) ?? errorFor(errors, `${at}.choices`) ?? errors[at]}</Text>
              <Group>
                <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setF(i, banded ? { bands: [...(f.bands ?? []), { from: null, to: null, multiplier: '1' }] } : { choices: [...(f.choices ?? []), { value: '', multiplier: '1' }] })} data-testid="add-band">
                  {banded ? t('products.design.addBand') : t('products.design.addChoice')}
                </Button>
              </Group>
            </Stack>
          </Card>
        );
      })}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => onChange({ ...value, rating: { ...value.rating, factors: [...value.rating.factors, { key: '', label: {}, question: '', bands: [{ from: null, to: null, multiplier: '1' }], choices: null }] } })} data-testid="add-factor">
          {t('products.design.addFactor')}
        </Button>
      </Group>
      {value.rating.adjustments.map((a, i) => {
        const at = `rating.adjustments.${a.key || i}`;
        return (
          <Card key={i} withBorder data-testid="design-adjustment">
            <Stack gap="xs">
              <Group align="flex-end">
                <TextInput label={t('products.design.ruleKey')} value={a.key} onChange={(e) => setA(i, { key: e.currentTarget.value })} error={errorFor(errors, `${at}.key`)} data-testid="adjustment-key" />
                <Select label={t('products.design.adjustmentKind')} data={[{ value: 'LOADING', label: t('products.adjustment.LOADING') }, { value: 'DISCOUNT', label: t('products.adjustment.DISCOUNT') }]} value={a.kind} onChange={(v) => v && setA(i, { kind: v as DesignAdjustment['kind'] })} allowDeselect={false} data-testid="adjustment-kind" />
                <TextInput label={t('products.design.percent')} value={a.percent} onChange={(e) => setA(i, { percent: e.currentTarget.value })} error={errorFor(errors, `${at}.percent`)} data-testid="adjustment-percent" />
                <ActionIcon variant="subtle" color="red" aria-label={t('products.design.remove')} onClick={() => onChange({ ...value, rating: { ...value.rating, adjustments: value.rating.adjustments.filter((_, j) => j !== i) } })}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
              <LocalizedInput label={t('products.design.label')} value={a.label} onChange={(label) => setA(i, { label })} testId={`adjustment-label-${i}`} error={errorFor(errors, `${at}.label`)} />
              <Textarea label={t('products.design.when')} description={t('products.design.whenHint')} value={a.when ?? ''} onChange={(e) => setA(i, { when: e.currentTarget.value || null })} error={errorFor(errors, `${at}.when`)} autosize data-testid="adjustment-when" />
            </Stack>
          </Card>
        );
      })}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => onChange({ ...value, rating: { ...value.rating, adjustments: [...value.rating.adjustments, { key: '', label: {}, kind: 'LOADING', percent: '', when: null }] } })} data-testid="add-adjustment">
          {t('products.design.addAdjustment')}
        </Button>
      </Group>
    </Stack>
  );
}
