import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from './langs';

/** A product version's design as the designer edits it (the shape of ProductVersionInput). */
export type Localized = Partial<Record<Lang, string | null>>;
export type QuestionType = 'TEXT' | 'NUMBER' | 'DATE' | 'YES_NO' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'ADDRESS' | 'VEHICLE' | 'PERSON';
export const QUESTION_TYPES: QuestionType[] = ['TEXT', 'NUMBER', 'DATE', 'YES_NO', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'ADDRESS', 'VEHICLE', 'PERSON'];

export interface DesignQuestion {
  key: string;
  type: QuestionType;
  required: boolean;
  label: Localized;
  help?: Localized | null;
  unit?: string | null;
  min?: string | null;
  max?: string | null;
  options?: Array<{ value: string; label: Localized }> | null;
  showWhen?: { question: string; anyOf: string[] } | null;
}
export interface DesignFactor {
  key: string;
  label: Localized;
  question: string;
  bands?: Array<{ from?: string | null; to?: string | null; multiplier: string }> | null;
  choices?: Array<{ value: string; multiplier: string }> | null;
}
export interface DesignAdjustment {
  key: string;
  label: Localized;
  kind: 'LOADING' | 'DISCOUNT';
  percent: string;
  when?: string | null;
}
export interface Design {
  names: Localized;
  questions: DesignQuestion[];
  rating: { basePremium: string; minimumPremium?: string | null; factors: DesignFactor[]; adjustments: DesignAdjustment[] };
}

export const emptyDesign = (): Design => ({ names: {}, questions: [], rating: { basePremium: '', minimumPremium: null, factors: [], adjustments: [] } });

const clean = (l: Localized | null | undefined): Localized => Object.fromEntries(LANGS.map((k) => [k, l?.[k] ?? null]));

/** A served version (GraphQL output, with __typename and nulls) as an editable design. */
export function designOf(v: {
  names: Localized;
  questions: Array<Omit<DesignQuestion, 'type'> & { type: string }>;
  rating: { basePremium: string; minimumPremium?: string | null; factors: DesignFactor[]; adjustments: Array<Omit<DesignAdjustment, 'kind'> & { kind: string }> };
}): Design {
  return {
    names: clean(v.names),
    questions: v.questions.map((q) => ({
      key: q.key,
      type: q.type as QuestionType,
      required: q.required,
      label: clean(q.label),
      help: q.help ? clean(q.help) : null,
      unit: q.unit ?? null,
      min: q.min ?? null,
      max: q.max ?? null,
      options: q.options?.map((o) => ({ value: o.value, label: clean(o.label) })) ?? null,
      showWhen: q.showWhen ? { question: q.showWhen.question, anyOf: [...q.showWhen.anyOf] } : null,
    })),
    rating: {
      basePremium: v.rating.basePremium,
      minimumPremium: v.rating.minimumPremium ?? null,
      factors: v.rating.factors.map((f) => ({
        key: f.key,
        label: clean(f.label),
        question: f.question,
        bands: f.bands?.map((b) => ({ from: b.from ?? null, to: b.to ?? null, multiplier: b.multiplier })) ?? null,
        choices: f.choices?.map((c) => ({ value: c.value, multiplier: c.multiplier })) ?? null,
      })),
      adjustments: v.rating.adjustments.map((a) => ({ key: a.key, label: clean(a.label), kind: a.kind as DesignAdjustment['kind'], percent: a.percent, when: a.when ?? null })),
    },
  };
}

/** A text in the user's language, else English, else any. */
export function useLocalized(): (l: Localized | null | undefined) => string {
  const { i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? 'en').slice(0, 2) as Lang;
  return (l) => (l?.[lang] || l?.en || LANGS.map((k) => l?.[k]).find(Boolean) || '') as string;
}
