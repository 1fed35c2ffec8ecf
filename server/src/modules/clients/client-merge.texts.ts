import type { Locale } from '@agency/shared';
import { AddressKind } from './client.enums.js';
import { fillTemplate } from '../mail/templates.js';

/** What the merge writes on the surviving card, in the company's language (the note is read by its staff). */
interface MergeTexts {
  subject: string;
  body: string;
  taxCode: string;
  vat: string;
  born: string;
  city: string;
  added: string;
  addressLabel: Record<'RESIDENCE' | 'DOMICILE', string>;
}

const TEXTS: Record<Locale, MergeTexts> = {
  en: {
    subject: 'Card "{{name}}" ({{detail}}) merged into this card',
    body: 'The merged card "{{name}}": {{details}}. Its addresses, contacts, accounts, documents, entries and e-mails are now on this card.',
    taxCode: 'tax code {{value}}',
    vat: 'VAT number {{value}}',
    born: 'born {{date}}',
    city: 'living in {{city}}',
    added: 'added on {{date}}',
    addressLabel: { RESIDENCE: 'Residence (merged card)', DOMICILE: 'Domicile (merged card)' },
  },
  it: {
    subject: 'Scheda "{{name}}" ({{detail}}) unita a questa scheda',
    body: 'La scheda unita "{{name}}": {{details}}. I suoi indirizzi, contatti, conti, documenti, registrazioni ed e-mail sono ora su questa scheda.',
    taxCode: 'codice fiscale {{value}}',
    vat: 'partita IVA {{value}}',
    born: 'nato/a il {{date}}',
    city: 'residente a {{city}}',
    added: 'inserita il {{date}}',
    addressLabel: { RESIDENCE: 'Residenza (scheda unita)', DOMICILE: 'Domicilio (scheda unita)' },
  },
  de: {
    subject: 'Karte „{{name}}“ ({{detail}}) mit dieser Karte zusammengeführt',
    body: 'Die zusammengeführte Karte „{{name}}“: {{details}}. Ihre Adressen, Kontakte, Konten, Dokumente, Einträge und E-Mails sind jetzt auf dieser Karte.',
    taxCode: 'Steuernummer {{value}}',
    vat: 'USt-IdNr. {{value}}',
    born: 'geboren am {{date}}',
    city: 'wohnhaft in {{city}}',
    added: 'angelegt am {{date}}',
    addressLabel: { RESIDENCE: 'Wohnsitz (zusammengeführte Karte)', DOMICILE: 'Aufenthaltsort (zusammengeführte Karte)' },
  },
  nl: {
    subject: 'Kaart "{{name}}" ({{detail}}) samengevoegd met deze kaart',
    body: 'De samengevoegde kaart "{{name}}": {{details}}. Haar adressen, contacten, rekeningen, documenten, notities en e-mails staan nu op deze kaart.',
    taxCode: 'BSN/fiscaal nummer {{value}}',
    vat: 'btw-nummer {{value}}',
    born: 'geboren op {{date}}',
    city: 'wonend in {{city}}',
    added: 'aangemaakt op {{date}}',
    addressLabel: { RESIDENCE: 'Woonadres (samengevoegde kaart)', DOMICILE: 'Verblijfadres (samengevoegde kaart)' },
  },
  pl: {
    subject: 'Karta „{{name}}” ({{detail}}) połączona z tą kartą',
    body: 'Połączona karta „{{name}}”: {{details}}. Jej adresy, kontakty, konta, dokumenty, wpisy i e-maile są teraz na tej karcie.',
    taxCode: 'identyfikator podatkowy {{value}}',
    vat: 'NIP {{value}}',
    born: 'ur. {{date}}',
    city: 'zamieszkały/a w {{city}}',
    added: 'dodana {{date}}',
    addressLabel: { RESIDENCE: 'Adres zamieszkania (połączona karta)', DOMICILE: 'Adres pobytu (połączona karta)' },
  },
};

const INTL: Record<Locale, string> = { en: 'en-GB', it: 'it-IT', de: 'de-DE', nl: 'nl-NL', pl: 'pl-PL' };

const textsOf = (locale: string): MergeTexts => TEXTS[(locale in TEXTS ? locale : 'en') as Locale];

export interface MergedCard {
  displayName: string;
  taxCode?: string | null;
  vatNumber?: string | null;
  birthDate?: string | null;
  city?: string | null;
  createdAt: Date;
}

/** The service entry written on the surviving card: the merged card by name and what told it apart (no internal ids). */
export function mergeNote(locale: string, card: MergedCard): { subject: string; body: string } {
  const tx = textsOf(locale);
  const intl = INTL[(locale in INTL ? locale : 'en') as Locale];
  const day = (d: Date) => new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  const details = [
    card.taxCode && fillTemplate(tx.taxCode, { value: card.taxCode }),
    card.vatNumber && fillTemplate(tx.vat, { value: card.vatNumber }),
    card.birthDate && fillTemplate(tx.born, { date: day(new Date(`${card.birthDate}T00:00:00Z`)) }),
    card.city && fillTemplate(tx.city, { city: card.city }),
    fillTemplate(tx.added, { date: day(card.createdAt) }),
  ].filter((d): d is string => !!d);
  return {
    subject: fillTemplate(tx.subject, { name: card.displayName, detail: details[0] }),
    body: fillTemplate(tx.body, { name: card.displayName, details: details.join(', ') }),
  };
}

/** The label of a residence or domicile of the merged card that becomes "other" on the surviving card. */
export function mergedAddressLabel(locale: string, kind: AddressKind): string {
  const labels = textsOf(locale).addressLabel;
  return kind === AddressKind.DOMICILE ? labels.DOMICILE : labels.RESIDENCE;
}
