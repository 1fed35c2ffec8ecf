import type { TFunction } from 'i18next';
import type { Formatters } from '../../../i18n/format';

export interface LabelledCard {
  displayName: string;
  taxCode?: string | null;
  vatNumber?: string | null;
  birthDate?: string | null;
  residence?: { city: string } | null;
  createdAt?: string | null;
}

/** What can tell a card apart from a namesake, most telling first: tax id, VAT number, birth date, city, day added. */
function details(t: TFunction, format: Formatters, card: LabelledCard): Array<string | null> {
  const born = format.day(card.birthDate);
  const added = format.date(card.createdAt);
  return [
    card.taxCode ? t('texts.card.taxCode', { value: card.taxCode }) : null,
    card.vatNumber ? t('texts.card.vat', { value: card.vatNumber }) : null,
    born ? t('texts.card.born', { date: born }) : null,
    card.residence?.city ? t('texts.card.city', { city: card.residence.city }) : null,
    added ? t('texts.card.added', { date: added }) : null,
  ];
}

const label = (t: TFunction, card: LabelledCard, detail: string | null | undefined) => (detail ? t('texts.card.label', { name: card.displayName, detail }) : card.displayName);

/** A card's name with its most telling detail ("Rossi Mario (tax code RSSMRA…)"). */
export function cardLabel(t: TFunction, format: Formatters, card: LabelledCard): string {
  return label(t, card, details(t, format, card).find((d) => d));
}

/**
 * Two cards (usually of the same name) each with a detail that tells them apart: the first kind of
 * detail on which they differ; a card that lacks it shows its own most telling detail instead.
 */
export function cardLabels(t: TFunction, format: Formatters, a: LabelledCard, b: LabelledCard): [string, string] {
  const da = details(t, format, a);
  const db = details(t, format, b);
  const i = da.findIndex((d, k) => d !== db[k]);
  if (i < 0) return [cardLabel(t, format, a), cardLabel(t, format, b)];
  return [label(t, a, da[i] ?? da.find((d) => d)), label(t, b, db[i] ?? db.find((d) => d))];
}
