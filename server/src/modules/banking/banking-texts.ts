/**
 * The words of the mandate form (PDF for signature) in the client's language. Server-side like the
 * premium documents' texts (billing/billing-texts.ts); the web shows the ISO reason codes in words
 * from its own catalogues (`banking.reason.*`).
 */
export type BankLocale = 'en' | 'it' | 'de' | 'nl' | 'pl';

export interface MandateTexts {
  title: (scheme: string) => string;
  reference: string;
  creditor: string;
  creditorId: string;
  debtor: string;
  address: string;
  iban: string;
  bic: string;
  paymentType: string;
  recurrent: string;
  oneOff: string;
  authorisation: (creditor: string) => string;
  rights: string;
  b2bNote: string;
  placeDate: string;
  signature: string;
  signedOn: string;
}

export const MANDATE_TEXTS: Record<BankLocale, MandateTexts> = {
  en: {
    title: (s) => `SEPA Direct Debit Mandate${s === 'B2B' ? ' (Business to Business)' : ''}`,
    reference: 'Mandate reference',
    creditor: 'Creditor',
    creditorId: 'Creditor identifier',
    debtor: 'Debtor',
    address: 'Address',
    iban: 'Account number (IBAN)',
    bic: 'BIC',
    paymentType: 'Type of payment',
    recurrent: 'Recurrent payment',
    oneOff: 'One-off payment',
    authorisation: (c) => `By signing this mandate form, you authorise (A) ${c} to send instructions to your bank to debit your account and (B) your bank to debit your account in accordance with the instructions from ${c}.`,
    rights: 'As part of your rights, you are entitled to a refund from your bank under the terms and conditions of your agreement with your bank. A refund must be claimed within 8 weeks starting from the date on which your account was debited.',
    b2bNote: 'This mandate is only intended for business-to-business transactions. You are not entitled to a refund from your bank after your account has been debited.',
    placeDate: 'Place and date',
    signature: 'Signature',
    signedOn: 'Date of signature',
  },
  it: {
    title: (s) => `Mandato per addebito diretto SEPA${s === 'B2B' ? ' (B2B)' : ''}`,
    reference: 'Riferimento del mandato',
    creditor: 'Creditore',
    creditorId: 'Codice identificativo del creditore',
    debtor: 'Debitore',
    address: 'Indirizzo',
    iban: 'Conto di addebito (IBAN)',
    bic: 'BIC',
    paymentType: 'Tipo di pagamento',
    recurrent: 'Ricorrente',
    oneOff: 'Singolo',
    authorisation: (c) => `La sottoscrizione del presente mandato comporta l'autorizzazione a ${c} a richiedere alla banca del debitore l'addebito del suo conto e l'autorizzazione alla banca del debitore di procedere a tale addebito conformemente alle disposizioni impartite da ${c}.`,
    rights: "Il debitore ha diritto di essere rimborsato dalla propria banca secondo gli accordi ed alle condizioni che regolano il rapporto con quest'ultima. Se del caso, il rimborso deve essere richiesto nel termine di 8 settimane a decorrere dalla data di addebito in conto.",
    b2bNote: "Il presente mandato è destinato unicamente a operazioni tra imprese. Il debitore non ha diritto al rimborso dopo l'addebito in conto.",
    placeDate: 'Luogo e data',
    signature: 'Firma',
    signedOn: 'Data di sottoscrizione',
  },
  de: {
    title: (s) => `SEPA-${s === 'B2B' ? 'Firmen-' : ''}Lastschriftmandat`,
    reference: 'Mandatsreferenz',
    creditor: 'Zahlungsempfänger',
    creditorId: 'Gläubiger-Identifikationsnummer',
    debtor: 'Zahlungspflichtiger',
    address: 'Anschrift',
    iban: 'IBAN',
    bic: 'BIC',
    paymentType: 'Zahlungsart',
    recurrent: 'Wiederkehrende Zahlung',
    oneOff: 'Einmalige Zahlung',
    authorisation: (c) => `Ich ermächtige ${c}, Zahlungen von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von ${c} auf mein Konto gezogenen Lastschriften einzulösen.`,
    rights: 'Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.',
    b2bNote: 'Dieses Mandat dient nur dem Einzug von Lastschriften, die auf Konten von Unternehmen gezogen sind. Ich bin nicht berechtigt, nach der erfolgten Einlösung eine Erstattung des belasteten Betrages zu verlangen.',
    placeDate: 'Ort und Datum',
    signature: 'Unterschrift',
    signedOn: 'Datum der Unterschrift',
  },
  nl: {
    title: (s) => `Doorlopende machtiging SEPA${s === 'B2B' ? ' Bedrijven Incasso' : ''}`,
    reference: 'Kenmerk machtiging',
    creditor: 'Incassant',
    creditorId: 'Incassant-ID',
    debtor: 'Geïncasseerde',
    address: 'Adres',
    iban: 'Rekeningnummer (IBAN)',
    bic: 'BIC',
    paymentType: 'Soort betaling',
    recurrent: 'Doorlopend',
    oneOff: 'Eenmalig',
    authorisation: (c) => `Door ondertekening van dit formulier geeft u toestemming aan ${c} om doorlopende incasso-opdrachten te sturen naar uw bank om een bedrag van uw rekening af te schrijven en aan uw bank om doorlopend een bedrag van uw rekening af te schrijven overeenkomstig de opdracht van ${c}.`,
    rights: 'Als u het niet eens bent met deze afschrijving kunt u deze laten terugboeken. Neem hiervoor binnen 8 weken na afschrijving contact op met uw bank. Vraag uw bank naar de voorwaarden.',
    b2bNote: 'Deze machtiging is alleen bestemd voor transacties tussen bedrijven. U hebt na de afschrijving geen recht op terugboeking.',
    placeDate: 'Plaats en datum',
    signature: 'Handtekening',
    signedOn: 'Datum van ondertekening',
  },
  pl: {
    title: (s) => `Polecenie zapłaty SEPA — upoważnienie${s === 'B2B' ? ' (B2B)' : ''}`,
    reference: 'Numer referencyjny upoważnienia',
    creditor: 'Wierzyciel',
    creditorId: 'Identyfikator wierzyciela',
    debtor: 'Dłużnik',
    address: 'Adres',
    iban: 'Numer rachunku (IBAN)',
    bic: 'BIC',
    paymentType: 'Rodzaj płatności',
    recurrent: 'Płatność cykliczna',
    oneOff: 'Płatność jednorazowa',
    authorisation: (c) => `Podpisując to upoważnienie, upoważniasz (A) ${c} do wysyłania poleceń do Twojego banku w celu obciążenia Twojego rachunku oraz (B) Twój bank do obciążania Twojego rachunku zgodnie z poleceniami ${c}.`,
    rights: 'W ramach swoich praw możesz żądać od swojego banku zwrotu środków na warunkach umowy z bankiem. Żądanie zwrotu należy zgłosić w ciągu 8 tygodni od dnia obciążenia rachunku.',
    b2bNote: 'To upoważnienie dotyczy wyłącznie transakcji między przedsiębiorcami. Po obciążeniu rachunku nie przysługuje zwrot środków.',
    placeDate: 'Miejscowość i data',
    signature: 'Podpis',
    signedOn: 'Data podpisania',
  },
};

export const mandateTextsOf = (locale: string | null | undefined): MandateTexts => {
  const l = (locale ?? 'en').split('-')[0];
  return MANDATE_TEXTS[(l in MANDATE_TEXTS ? l : 'en') as BankLocale];
};

/** ISO 20022 return / reject reason codes most seen in SEPA direct debit (ExternalStatusReason1Code). */
export const SEPA_REASON_CODES = ['AC01', 'AC04', 'AC06', 'AC13', 'AG01', 'AG02', 'AM04', 'AM05', 'BE05', 'CNOR', 'DNOR', 'FF01', 'MD01', 'MD02', 'MD06', 'MD07', 'MS02', 'MS03', 'RC01', 'RR01', 'RR02', 'RR03', 'RR04', 'SL01', 'FOCR', 'DUPL', 'TECH', 'FRAD'] as const;
