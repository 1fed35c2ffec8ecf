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

/** The e-mails of a request sent from the client portal (PO-4): the client's receipt and the agency's notice, {{...}} filled by quoteReceivedMail. */
const RECEIVED: Record<Locale, { client: { subject: string; text: string }; agency: { subject: string; text: string } }> = {
  en: {
    client: { subject: 'We received your quote request — {{company}}', text: 'Hello {{name}},\n\nwe received your request for a quote for {{product}} ({{date}}). We will answer with an offer on your client area.\n\n{{company}}' },
    agency: { subject: 'Quote request from the portal: {{product}} for {{client}}', text: 'A client asked for a quote on the portal.\n\nClient: {{client}}\nProduct: {{product}}\nSent by: {{name}} <{{email}}>\n{{note}}\n\nThe request waits in the quote requests queue.' },
  },
  it: {
    client: { subject: 'Abbiamo ricevuto la sua richiesta di preventivo — {{company}}', text: 'Gentile {{name}},\n\nabbiamo ricevuto la sua richiesta di preventivo per {{product}} ({{date}}). Le risponderemo con un\'offerta nella sua area clienti.\n\n{{company}}' },
    agency: { subject: 'Richiesta di preventivo dal portale: {{product}} per {{client}}', text: 'Un cliente ha chiesto un preventivo nell\'area clienti.\n\nCliente: {{client}}\nProdotto: {{product}}\nInviata da: {{name}} <{{email}}>\n{{note}}\n\nLa richiesta attende nella coda delle richieste di preventivo.' },
  },
  de: {
    client: { subject: 'Ihre Angebotsanfrage ist eingegangen — {{company}}', text: 'Guten Tag {{name}},\n\nwir haben Ihre Angebotsanfrage für {{product}} ({{date}}) erhalten. Wir antworten mit einem Angebot in Ihrem Kundenportal.\n\n{{company}}' },
    agency: { subject: 'Angebotsanfrage aus dem Portal: {{product}} für {{client}}', text: 'Ein Kunde hat im Portal ein Angebot angefragt.\n\nKunde: {{client}}\nProdukt: {{product}}\nGesendet von: {{name}} <{{email}}>\n{{note}}\n\nDie Anfrage wartet in der Liste der Angebotsanfragen.' },
  },
  nl: {
    client: { subject: 'Wij hebben uw offerteaanvraag ontvangen — {{company}}', text: 'Beste {{name}},\n\nwij hebben uw offerteaanvraag voor {{product}} ({{date}}) ontvangen. Wij antwoorden met een offerte in uw klantenportaal.\n\n{{company}}' },
    agency: { subject: 'Offerteaanvraag via het portaal: {{product}} voor {{client}}', text: 'Een klant heeft via het portaal een offerte aangevraagd.\n\nKlant: {{client}}\nProduct: {{product}}\nVerstuurd door: {{name}} <{{email}}>\n{{note}}\n\nDe aanvraag wacht in de lijst met offerteaanvragen.' },
  },
  pl: {
    client: { subject: 'Otrzymaliśmy Twoje zapytanie ofertowe — {{company}}', text: 'Witaj {{name}},\n\notrzymaliśmy Twoje zapytanie ofertowe dotyczące {{product}} ({{date}}). Odpowiemy ofertą w Twojej strefie klienta.\n\n{{company}}' },
    agency: { subject: 'Zapytanie ofertowe z portalu: {{product}} dla {{client}}', text: 'Klient poprosił o ofertę w portalu.\n\nKlient: {{client}}\nProdukt: {{product}}\nWysłał: {{name}} <{{email}}>\n{{note}}\n\nZapytanie czeka w kolejce zapytań ofertowych.' },
  },
};

export function quoteReceivedMail(who: 'client' | 'agency', locale: string, vars: { name: string; email: string; company: string; client: string; product: string; date: string; note: string }) {
  const t = RECEIVED[(locale in RECEIVED ? locale : 'en') as Locale][who];
  return { subject: fillTemplate(t.subject, vars), text: fillTemplate(t.text, vars).replace(/\n{3,}/g, '\n\n') };
}
