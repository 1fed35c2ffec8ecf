/** The texts of a record's PDF and e-mail, in the client's language (server-side, like the mail templates). */
export interface ConsentTexts {
  record: string;
  bundle: string;
  client: string;
  form: string;
  version: string;
  decision: string;
  channel: string;
  givenBy: string;
  recordedAt: string;
  stamp: string;
  sentTo: string;
  textHash: string;
  prevHash: string;
  hash: string;
  code: string;
  answers: string;
  yes: string;
  no: string;
  required: string;
  position: string;
  decisions: Record<string, string>;
  channels: Record<string, string>;
  staff: (name: string) => string;
  clientSelf: string;
  verifyNote: string;
  subject: (form: string, stamp: string) => string;
  mailBody: (name: string, form: string, decision: string, validation: string, code: string) => string;
  reminderSubject: (form: string) => string;
  reminderBody: (name: string, form: string, version: number) => string;
}

const en: ConsentTexts = {
  record: 'Consent record',
  bundle: 'Consent history',
  client: 'Client',
  form: 'Form',
  version: 'Version',
  decision: 'Decision',
  channel: 'Channel',
  givenBy: 'Given by',
  recordedAt: 'Recorded at',
  stamp: 'Validation stamp',
  sentTo: 'Sent to',
  textHash: 'Text hash of the version',
  prevHash: 'Hash of the previous record',
  hash: 'Hash of this record',
  code: 'Verification code',
  answers: 'Answers',
  yes: 'yes',
  no: 'no',
  required: 'required',
  position: 'Position in the chain',
  decisions: { accepted: 'accepted', refused: 'refused', withdrawn: 'withdrawn', delivered: 'delivered' },
  channels: { portal: 'client portal', staff_screen: 'on the staff screen', paper: 'on paper (signed scan stored)', email: 'by e-mail' },
  staff: (n) => `staff on the client's behalf: ${n}`,
  clientSelf: 'the client',
  verifyNote: 'The agency can prove this record unchanged: its hash covers every field and the previous record of the client.',
  subject: (f, s) => `Your consent record: ${f} (${s})`,
  mailBody: (n, f, d, v, c) => `Dear ${n},\n\nwe recorded your answer to "${f}": ${d}.\nValidation: ${v}\nVerification code: ${c}\n\nYou can withdraw a consent at any time, as easily as you gave it: contact your agency.\n`,
  reminderSubject: (f) => `Please review the new version of "${f}"`,
  reminderBody: (n, f, v) => `Dear ${n},\n\n"${f}" has a new version (${v}). Please review it and give your answers again at your next visit or in the client portal.\n`,
};

const it: ConsentTexts = {
  record: 'Registrazione del consenso',
  bundle: 'Storico dei consensi',
  client: 'Cliente',
  form: 'Modulo',
  version: 'Versione',
  decision: 'Esito',
  channel: 'Canale',
  givenBy: 'Reso da',
  recordedAt: 'Registrato il',
  stamp: 'Stringa di validazione',
  sentTo: 'Inviato a',
  textHash: 'Impronta del testo della versione',
  prevHash: 'Impronta della registrazione precedente',
  hash: 'Impronta di questa registrazione',
  code: 'Codice di verifica',
  answers: 'Risposte',
  yes: 'sì',
  no: 'no',
  required: 'obbligatorio',
  position: 'Posizione nella catena',
  decisions: { accepted: 'accettato', refused: 'rifiutato', withdrawn: 'revocato', delivered: 'consegnato' },
  channels: { portal: 'area clienti', staff_screen: "sullo schermo dell'agenzia", paper: 'su carta (scansione firmata archiviata)', email: 'per e-mail' },
  staff: (n) => `operatore per conto del cliente: ${n}`,
  clientSelf: 'il cliente',
  verifyNote: "L'agenzia può dimostrare che questa registrazione non è stata modificata: la sua impronta copre ogni campo e la registrazione precedente del cliente.",
  subject: (f, s) => `La registrazione del suo consenso: ${f} (${s})`,
  mailBody: (n, f, d, v, c) => `Gentile ${n},\n\nabbiamo registrato la sua risposta a "${f}": ${d}.\nValidazione: ${v}\nCodice di verifica: ${c}\n\nPuò revocare un consenso in qualsiasi momento, con la stessa facilità con cui l'ha dato: contatti la sua agenzia.\n`,
  reminderSubject: (f) => `Nuova versione di "${f}" da rivedere`,
  reminderBody: (n, f, v) => `Gentile ${n},\n\n"${f}" ha una nuova versione (${v}). La preghiamo di rivederla e di rispondere di nuovo alla prossima visita o nell'area clienti.\n`,
};

const de: ConsentTexts = {
  ...en,
  record: 'Einwilligungsnachweis',
  bundle: 'Einwilligungsverlauf',
  client: 'Kunde',
  form: 'Formular',
  version: 'Version',
  decision: 'Entscheidung',
  channel: 'Kanal',
  givenBy: 'Abgegeben von',
  recordedAt: 'Erfasst am',
  stamp: 'Validierungsstempel',
  sentTo: 'Gesendet an',
  textHash: 'Text-Hash der Version',
  prevHash: 'Hash des vorigen Nachweises',
  hash: 'Hash dieses Nachweises',
  code: 'Prüfcode',
  answers: 'Antworten',
  yes: 'ja',
  no: 'nein',
  required: 'erforderlich',
  position: 'Position in der Kette',
  decisions: { accepted: 'angenommen', refused: 'abgelehnt', withdrawn: 'widerrufen', delivered: 'übergeben' },
  channels: { portal: 'Kundenportal', staff_screen: 'am Bildschirm der Agentur', paper: 'auf Papier (unterschriebener Scan gespeichert)', email: 'per E-Mail' },
  staff: (n) => `Mitarbeiter im Auftrag des Kunden: ${n}`,
  clientSelf: 'der Kunde',
  subject: (f, s) => `Ihr Einwilligungsnachweis: ${f} (${s})`,
  mailBody: (n, f, d, v, c) => `Guten Tag ${n},\n\nwir haben Ihre Antwort auf „${f}" erfasst: ${d}.\nValidierung: ${v}\nPrüfcode: ${c}\n\nSie können eine Einwilligung jederzeit so einfach widerrufen, wie Sie sie gegeben haben.\n`,
  reminderSubject: (f) => `Neue Version von „${f}"`,
  reminderBody: (n, f, v) => `Guten Tag ${n},\n\n„${f}" hat eine neue Version (${v}). Bitte prüfen Sie sie und antworten Sie erneut.\n`,
};

const nl: ConsentTexts = {
  ...en,
  record: 'Toestemmingsbewijs',
  bundle: 'Toestemmingsgeschiedenis',
  client: 'Klant',
  form: 'Formulier',
  version: 'Versie',
  decision: 'Besluit',
  channel: 'Kanaal',
  givenBy: 'Gegeven door',
  recordedAt: 'Vastgelegd op',
  stamp: 'Validatiestempel',
  sentTo: 'Verzonden aan',
  textHash: 'Teksthash van de versie',
  prevHash: 'Hash van het vorige bewijs',
  hash: 'Hash van dit bewijs',
  code: 'Verificatiecode',
  answers: 'Antwoorden',
  yes: 'ja',
  no: 'nee',
  required: 'verplicht',
  position: 'Positie in de keten',
  decisions: { accepted: 'aanvaard', refused: 'geweigerd', withdrawn: 'ingetrokken', delivered: 'overhandigd' },
  channels: { portal: 'klantportaal', staff_screen: 'op het scherm van het kantoor', paper: 'op papier (getekende scan bewaard)', email: 'per e-mail' },
  staff: (n) => `medewerker namens de klant: ${n}`,
  clientSelf: 'de klant',
  subject: (f, s) => `Uw toestemmingsbewijs: ${f} (${s})`,
  mailBody: (n, f, d, v, c) => `Beste ${n},\n\nwe hebben uw antwoord op "${f}" vastgelegd: ${d}.\nValidatie: ${v}\nVerificatiecode: ${c}\n\nU kunt een toestemming altijd even gemakkelijk intrekken als u ze gaf.\n`,
  reminderSubject: (f) => `Nieuwe versie van "${f}"`,
  reminderBody: (n, f, v) => `Beste ${n},\n\n"${f}" heeft een nieuwe versie (${v}). Bekijk die en antwoord opnieuw.\n`,
};

const pl: ConsentTexts = {
  ...en,
  record: 'Zapis zgody',
  bundle: 'Historia zgód',
  client: 'Klient',
  form: 'Formularz',
  version: 'Wersja',
  decision: 'Decyzja',
  channel: 'Kanał',
  givenBy: 'Udzielona przez',
  recordedAt: 'Zapisano',
  stamp: 'Znacznik walidacji',
  sentTo: 'Wysłano do',
  textHash: 'Skrót tekstu wersji',
  prevHash: 'Skrót poprzedniego zapisu',
  hash: 'Skrót tego zapisu',
  code: 'Kod weryfikacyjny',
  answers: 'Odpowiedzi',
  yes: 'tak',
  no: 'nie',
  required: 'wymagane',
  position: 'Pozycja w łańcuchu',
  decisions: { accepted: 'zaakceptowano', refused: 'odmówiono', withdrawn: 'wycofano', delivered: 'doręczono' },
  channels: { portal: 'portal klienta', staff_screen: 'na ekranie agencji', paper: 'na papierze (podpisany skan zapisany)', email: 'e-mailem' },
  staff: (n) => `pracownik w imieniu klienta: ${n}`,
  clientSelf: 'klient',
  subject: (f, s) => `Zapis Pana/Pani zgody: ${f} (${s})`,
  mailBody: (n, f, d, v, c) => `Szanowni Państwo (${n}),\n\nzapisaliśmy odpowiedź na „${f}": ${d}.\nWalidacja: ${v}\nKod weryfikacyjny: ${c}\n\nZgodę można wycofać w każdej chwili, równie łatwo, jak jej udzielono.\n`,
  reminderSubject: (f) => `Nowa wersja „${f}"`,
  reminderBody: (n, f, v) => `Szanowni Państwo (${n}),\n\n„${f}" ma nową wersję (${v}). Prosimy o zapoznanie się i ponowną odpowiedź.\n`,
};

const CATALOGUE: Record<string, ConsentTexts> = { en, it, de, nl, pl };

export function consentTexts(lang: string): ConsentTexts {
  return CATALOGUE[lang.slice(0, 2).toLowerCase()] ?? en;
}

/** A text of a form in the wanted language, else the company's, else any. */
export function pick(texts: Partial<Record<string, string>>, ...langs: string[]): string {
  for (const l of langs) if (texts[l]) return texts[l]!;
  return Object.values(texts).find(Boolean) ?? '';
}

/** The short verification code printed on a record: the first 12 hex digits of its hash, in groups of 4. */
export function verificationCode(hash: string): string {
  return (hash.slice(0, 12).toUpperCase().match(/.{4}/g) ?? []).join('-');
}

/** The validation string of the source document: the stamp plus the e-mail address(es) it was sent to. */
export function validationString(stamp: string, sentTo: string[]): string {
  return [stamp, ...sentTo].join(' ');
}
