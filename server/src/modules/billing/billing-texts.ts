/**
 * The words of a premium document and its e-mail in the client's language (the document's `locale`).
 * Server-side like the merge note's texts (clients/client-merge.texts.ts): a document is issued once
 * and keeps its language.
 */
export type DocLocale = 'en' | 'it' | 'de' | 'nl' | 'pl';

export interface DocTexts {
  receipt: string;
  creditNote: string;
  number: string;
  issueDate: string;
  client: string;
  policy: string;
  insurer: string;
  line: string;
  period: string;
  dueDate: string;
  net: string;
  taxes: string;
  gross: string;
  cancels: string;
  reason: string;
  footer: string;
  mailSubject: (kind: string, number: string) => string;
  mailBody: (name: string, kind: string, number: string, policy: string, amount: string, due: string) => string;
}

export const DOC_TEXTS: Record<DocLocale, DocTexts> = {
  en: {
    receipt: 'Premium receipt', creditNote: 'Credit note', number: 'Number', issueDate: 'Issued on', client: 'Policyholder', policy: 'Policy', insurer: 'Insurer',
    line: 'Line of business', period: 'Period covered', dueDate: 'Due date', net: 'Net premium', taxes: 'Taxes', gross: 'Total premium', cancels: 'Cancels receipt', reason: 'Reason',
    footer: 'Premiums are collected on behalf of the insurer and kept on a separate premium account.',
    mailSubject: (k, n) => `${k} ${n}`,
    mailBody: (name, k, n, p, a, d) => `Dear ${name},\n\nplease find the details of your ${k.toLowerCase()} ${n} for policy ${p}: ${a}, due on ${d}.\n\nKind regards`,
  },
  it: {
    receipt: 'Quietanza di premio', creditNote: 'Nota di credito', number: 'Numero', issueDate: 'Emessa il', client: 'Contraente', policy: 'Polizza', insurer: 'Compagnia',
    line: 'Ramo', period: 'Periodo di copertura', dueDate: 'Scadenza', net: 'Premio netto', taxes: 'Imposte', gross: 'Premio lordo', cancels: 'Storna la quietanza', reason: 'Motivo',
    footer: "I premi sono incassati per conto della compagnia e custoditi sul conto separato premi (patrimonio autonomo).",
    mailSubject: (k, n) => `${k} ${n}`,
    mailBody: (name, k, n, p, a, d) => `Gentile ${name},\n\nle inviamo i dati della ${k.toLowerCase()} ${n} per la polizza ${p}: ${a}, con scadenza ${d}.\n\nCordiali saluti`,
  },
  de: {
    receipt: 'Prämienquittung', creditNote: 'Gutschrift', number: 'Nummer', issueDate: 'Ausgestellt am', client: 'Versicherungsnehmer', policy: 'Police', insurer: 'Versicherer',
    line: 'Sparte', period: 'Versicherungszeitraum', dueDate: 'Fällig am', net: 'Nettoprämie', taxes: 'Steuern', gross: 'Gesamtprämie', cancels: 'Storniert Quittung', reason: 'Grund',
    footer: 'Prämien werden im Auftrag des Versicherers eingezogen und auf einem getrennten Prämienkonto verwahrt.',
    mailSubject: (k, n) => `${k} ${n}`,
    mailBody: (name, k, n, p, a, d) => `Guten Tag ${name},\n\nhier die Angaben zu Ihrer ${k} ${n} für die Police ${p}: ${a}, fällig am ${d}.\n\nMit freundlichen Grüßen`,
  },
  nl: {
    receipt: 'Premiekwitantie', creditNote: 'Creditnota', number: 'Nummer', issueDate: 'Datum', client: 'Verzekeringnemer', policy: 'Polis', insurer: 'Maatschappij',
    line: 'Branche', period: 'Verzekerde periode', dueDate: 'Vervaldatum', net: 'Nettopremie', taxes: 'Assurantiebelasting', gross: 'Totaal premie', cancels: 'Crediteert kwitantie', reason: 'Reden',
    footer: 'Premies worden namens de maatschappij geïnd en op een aparte derdengeldenrekening bewaard.',
    mailSubject: (k, n) => `${k} ${n}`,
    mailBody: (name, k, n, p, a, d) => `Beste ${name},\n\nhierbij de gegevens van uw ${k.toLowerCase()} ${n} voor polis ${p}: ${a}, te voldoen op ${d}.\n\nMet vriendelijke groet`,
  },
  pl: {
    receipt: 'Pokwitowanie składki', creditNote: 'Nota uznaniowa', number: 'Numer', issueDate: 'Data wystawienia', client: 'Ubezpieczający', policy: 'Polisa', insurer: 'Ubezpieczyciel',
    line: 'Grupa ubezpieczeń', period: 'Okres ochrony', dueDate: 'Termin płatności', net: 'Składka netto', taxes: 'Podatki', gross: 'Składka brutto', cancels: 'Koryguje pokwitowanie', reason: 'Powód',
    footer: 'Składki są pobierane w imieniu ubezpieczyciela i przechowywane na odrębnym rachunku składek.',
    mailSubject: (k, n) => `${k} ${n}`,
    mailBody: (name, k, n, p, a, d) => `Szanowni Państwo (${name}),\n\nprzesyłamy dane dokumentu ${k.toLowerCase()} ${n} do polisy ${p}: ${a}, termin płatności ${d}.\n\nZ poważaniem`,
  },
};

export const textsOf = (locale: string): DocTexts => DOC_TEXTS[(locale in DOC_TEXTS ? locale : 'en') as DocLocale];

/** An exact amount ("1234.50") written the local way with its currency, without floating point. */
export function formatAmount(amount: string, locale: string, currency: string): string {
  const neg = amount.startsWith('-');
  const [int, dec = '00'] = amount.replace('-', '').split('.');
  const group = locale === 'en' ? ',' : locale === 'pl' ? '\u00a0' : '.';
  const point = locale === 'en' ? '.' : ',';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${neg ? '-' : ''}${currency} ${grouped}${point}${dec.padEnd(2, '0')}`;
}

/** YYYY-MM-DD written the local way. */
export function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-');
  if (locale === 'en') return `${y}-${m}-${d}`;
  if (locale === 'de' || locale === 'pl') return `${d}.${m}.${y}`;
  if (locale === 'nl') return `${d}-${m}-${y}`;
  return `${d}/${m}/${y}`;
}
