import type { Locale } from '@agency/shared';
import { fillTemplate } from '../mail/templates.js';

/** The e-mail telling a requester their quote is ready, in their language ({{...}} filled by quoteReadyMail). */
const TEXTS: Record<Locale, { subject: string; text: string; line: string }> = {
  en: { subject: 'Your quote from {{company}}', text: 'Hello {{name}},\n\nthank you for your request. Our offer:\n{{offers}}\n\nWe will be glad to answer any question.\n{{company}}', line: '- {{product}}: {{total}} a year, valid until {{until}}' },
  it: { subject: 'Il suo preventivo da {{company}}', text: 'Gentile {{name}},\n\ngrazie per la sua richiesta. La nostra offerta:\n{{offers}}\n\nSiamo a disposizione per qualsiasi domanda.\n{{company}}', line: '- {{product}}: {{total}} all\'anno, valida fino al {{until}}' },
  de: { subject: 'Ihr Angebot von {{company}}', text: 'Hallo {{name}},\n\nvielen Dank für Ihre Anfrage. Unser Angebot:\n{{offers}}\n\nFür Fragen stehen wir gern zur Verfügung.\n{{company}}', line: '- {{product}}: {{total}} im Jahr, gültig bis {{until}}' },
  nl: { subject: 'Uw offerte van {{company}}', text: 'Beste {{name}},\n\nbedankt voor uw aanvraag. Ons aanbod:\n{{offers}}\n\nWij beantwoorden graag uw vragen.\n{{company}}', line: '- {{product}}: {{total}} per jaar, geldig tot {{until}}' },
  pl: { subject: 'Twoja oferta od {{company}}', text: 'Witaj {{name}},\n\ndziękujemy za zapytanie. Nasza oferta:\n{{offers}}\n\nChętnie odpowiemy na pytania.\n{{company}}', line: '- {{product}}: {{total}} rocznie, ważna do {{until}}' },
};


export function quoteReadyMail(locale: string, vars: { name: string; company: string }, offers: Array<{ product: string; total: string; until: string }>) {
  const t = TEXTS[(locale in TEXTS ? locale : 'en') as Locale];
  const lines = offers.map((o) => fillTemplate(t.line, o)).join('\n');
  return { subject: fillTemplate(t.subject, vars), text: fillTemplate(t.text, { ...vars, offers: lines }) };
}
