import type { Locale } from '@agency/shared';

/** The offer PDF's words in each language (the client's language, else the company's). */
export interface OfferPdfTexts {
  title: string;
  client: string;
  product: string;
  insurer: string;
  validity: string;
  answers: string;
  premium: string;
  base: string;
  net: string;
  taxes: string;
  total: string;
  minimum: string;
  test: string;
  yes: string;
  no: string;
  footer: string;
}

export const OFFER_PDF_TEXTS: Record<Locale, OfferPdfTexts> = {
  en: { title: 'Offer', client: 'Client', product: 'Product', insurer: 'Insurer', validity: 'Valid from {{from}} to {{until}}', answers: 'Your answers', premium: 'Premium', base: 'Base premium', net: 'Net premium', taxes: 'Insurance tax ({{rate}} %)', total: 'Total a year', minimum: 'Minimum premium', test: 'TEST — not an offer that can be accepted', yes: 'yes', no: 'no', footer: 'This offer is not a policy; cover starts once the policy is issued.' },
  it: { title: 'Offerta', client: 'Cliente', product: 'Prodotto', insurer: 'Compagnia', validity: 'Valida dal {{from}} al {{until}}', answers: 'Le sue risposte', premium: 'Premio', base: 'Premio base', net: 'Premio netto', taxes: 'Imposte ({{rate}} %)', total: 'Totale annuo', minimum: 'Premio minimo', test: 'PROVA — offerta non accettabile', yes: 'sì', no: 'no', footer: 'La presente offerta non è una polizza; la copertura decorre dall\'emissione della polizza.' },
  de: { title: 'Angebot', client: 'Kunde', product: 'Produkt', insurer: 'Versicherer', validity: 'Gültig vom {{from}} bis {{until}}', answers: 'Ihre Angaben', premium: 'Beitrag', base: 'Grundbeitrag', net: 'Nettobeitrag', taxes: 'Versicherungsteuer ({{rate}} %)', total: 'Gesamt pro Jahr', minimum: 'Mindestbeitrag', test: 'TEST — kein annehmbares Angebot', yes: 'ja', no: 'nein', footer: 'Dieses Angebot ist keine Police; der Schutz beginnt mit der Ausstellung der Police.' },
  nl: { title: 'Offerte', client: 'Klant', product: 'Product', insurer: 'Verzekeraar', validity: 'Geldig van {{from}} tot {{until}}', answers: 'Uw antwoorden', premium: 'Premie', base: 'Basispremie', net: 'Nettopremie', taxes: 'Assurantiebelasting ({{rate}} %)', total: 'Totaal per jaar', minimum: 'Minimumpremie', test: 'TEST — geen aanvaardbare offerte', yes: 'ja', no: 'nee', footer: 'Deze offerte is geen polis; de dekking begint zodra de polis is opgemaakt.' },
  pl: { title: 'Oferta', client: 'Klient', product: 'Produkt', insurer: 'Ubezpieczyciel', validity: 'Ważna od {{from}} do {{until}}', answers: 'Twoje odpowiedzi', premium: 'Składka', base: 'Składka podstawowa', net: 'Składka netto', taxes: 'Podatek ({{rate}} %)', total: 'Razem rocznie', minimum: 'Składka minimalna', test: 'TEST — oferta nie do przyjęcia', yes: 'tak', no: 'nie', footer: 'Oferta nie jest polisą; ochrona zaczyna się z chwilą wystawienia polisy.' },
};
