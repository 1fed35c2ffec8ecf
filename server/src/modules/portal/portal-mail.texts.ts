import { renderFrom } from '../mail/templates.js';

/** The portal's e-mails in the five languages; `{{name}}`-style placeholders. */
type Kind = 'invite' | 'linked' | 'verify' | 'locked' | 'approved' | 'rejected' | 'registration_taken' | 'registration_exists';
type Template = { subject: string; text: string };
type Locale = 'en' | 'it' | 'de' | 'nl' | 'pl';

const TEXTS: Record<Locale, Record<Kind, Template>> = {
  en: {
    approved: { subject: '{{company}} has updated your data', text: 'Hello,\n\n{{company}} has checked and applied the change you entered on the portal.' },
    rejected: { subject: '{{company}} could not apply your change', text: 'Hello,\n\n{{company}} could not apply the change you entered on the portal:\n\n{{message}}' },
    invite: { subject: '{{company}} shares your documents with you', text: 'Hello,\n\n{{company}} invites you to its client portal ("{{grant}}"). Open this link within 7 days to create your account; it works once:\n{{link}}' },
    linked: { subject: '{{company}} shares more with you', text: 'Hello {{name}},\n\n{{company}} has shared "{{grant}}" with your portal account. Sign in to see it:\n{{link}}' },
    verify: { subject: 'Confirm your e-mail address for {{company}}', text: 'Hello {{name}},\n\nopen this link within 24 hours to confirm your e-mail address; it works once:\n{{link}}' },
    locked: { subject: 'Your portal account is locked for {{minutes}} minutes', text: 'Hello {{name}},\n\nafter several failed sign-ins your portal account at {{company}} is locked for {{minutes}} minutes. If this was not you, tell the agency.' },
    registration_taken: { subject: 'Your registration with {{company}} could not be completed', text: 'Hello,\n\nsomeone registered on the client portal of {{company}} with this e-mail address. The registration could not be completed: the tax id entered is already registered with the agency. Please contact the agency.\n\nIf this was not you, you can ignore this message.' },
    registration_exists: { subject: 'Registration attempt on the portal of {{company}}', text: 'Hello {{name}},\n\nsomeone tried to register on the client portal of {{company}} with your e-mail address, which already has an account. Nothing was changed. If it was you, sign in with your account:\n{{link}}\n\nIf it was not you, you can ignore this message.' },
  },
  it: {
    approved: { subject: '{{company}} ha aggiornato i suoi dati', text: 'Gentile cliente,\n\n{{company}} ha verificato e applicato la modifica inserita nell\'area clienti.' },
    rejected: { subject: '{{company}} non ha potuto applicare la sua modifica', text: 'Gentile cliente,\n\n{{company}} non ha potuto applicare la modifica inserita nell\'area clienti:\n\n{{message}}' },
    invite: { subject: '{{company}} condivide i suoi documenti con lei', text: 'Gentile cliente,\n\n{{company}} la invita alla sua area clienti ("{{grant}}"). Apra questo link entro 7 giorni per creare il suo account; vale una sola volta:\n{{link}}' },
    linked: { subject: '{{company}} condivide altro con lei', text: 'Gentile {{name}},\n\n{{company}} ha condiviso "{{grant}}" con il suo account. Acceda per vederlo:\n{{link}}' },
    verify: { subject: 'Confermi il suo indirizzo e-mail per {{company}}', text: 'Gentile {{name}},\n\napra questo link entro 24 ore per confermare il suo indirizzo e-mail; vale una sola volta:\n{{link}}' },
    locked: { subject: 'Il suo account è bloccato per {{minutes}} minuti', text: 'Gentile {{name}},\n\ndopo diversi accessi non riusciti il suo account presso {{company}} è bloccato per {{minutes}} minuti. Se non è stato lei, avvisi l\'agenzia.' },
    registration_taken: { subject: 'La sua registrazione presso {{company}} non è stata completata', text: 'Gentile cliente,\n\nqualcuno si è registrato all\'area clienti di {{company}} con questo indirizzo e-mail. La registrazione non è stata completata: il codice fiscale indicato è già registrato presso l\'agenzia. La preghiamo di contattare l\'agenzia.\n\nSe non è stato lei, può ignorare questo messaggio.' },
    registration_exists: { subject: 'Tentativo di registrazione all\'area clienti di {{company}}', text: 'Gentile {{name}},\n\nqualcuno ha tentato di registrarsi all\'area clienti di {{company}} con il suo indirizzo e-mail, che ha già un account. Non è stato modificato nulla. Se è stato lei, acceda con il suo account:\n{{link}}\n\nSe non è stato lei, può ignorare questo messaggio.' },
  },
  de: {
    approved: { subject: '{{company}} hat Ihre Daten aktualisiert', text: 'Guten Tag,\n\n{{company}} hat Ihre Änderung aus dem Portal geprüft und übernommen.' },
    rejected: { subject: '{{company}} konnte Ihre Änderung nicht übernehmen', text: 'Guten Tag,\n\n{{company}} konnte Ihre Änderung aus dem Portal nicht übernehmen:\n\n{{message}}' },
    invite: { subject: '{{company}} teilt Ihre Unterlagen mit Ihnen', text: 'Guten Tag,\n\n{{company}} lädt Sie in sein Kundenportal ein ("{{grant}}"). Öffnen Sie diesen Link innerhalb von 7 Tagen, um Ihr Konto anzulegen; er gilt einmal:\n{{link}}' },
    linked: { subject: '{{company}} teilt mehr mit Ihnen', text: 'Guten Tag {{name}},\n\n{{company}} hat "{{grant}}" für Ihr Portalkonto freigeschaltet. Melden Sie sich an:\n{{link}}' },
    verify: { subject: 'Bestätigen Sie Ihre E-Mail-Adresse für {{company}}', text: 'Guten Tag {{name}},\n\nöffnen Sie diesen Link innerhalb von 24 Stunden, um Ihre E-Mail-Adresse zu bestätigen; er gilt einmal:\n{{link}}' },
    locked: { subject: 'Ihr Portalkonto ist für {{minutes}} Minuten gesperrt', text: 'Guten Tag {{name}},\n\nnach mehreren fehlgeschlagenen Anmeldungen ist Ihr Konto bei {{company}} für {{minutes}} Minuten gesperrt. Waren Sie das nicht, informieren Sie die Agentur.' },
    registration_taken: { subject: 'Ihre Registrierung bei {{company}} konnte nicht abgeschlossen werden', text: 'Guten Tag,\n\njemand hat sich mit dieser E-Mail-Adresse im Kundenportal von {{company}} registriert. Die Registrierung konnte nicht abgeschlossen werden: Die angegebene Steuernummer ist bei der Agentur bereits registriert. Bitte wenden Sie sich an die Agentur.\n\nWaren Sie das nicht, können Sie diese Nachricht ignorieren.' },
    registration_exists: { subject: 'Registrierungsversuch im Portal von {{company}}', text: 'Guten Tag {{name}},\n\njemand hat versucht, sich mit Ihrer E-Mail-Adresse, für die bereits ein Konto besteht, im Kundenportal von {{company}} zu registrieren. Es wurde nichts geändert. Waren Sie das, melden Sie sich mit Ihrem Konto an:\n{{link}}\n\nWaren Sie das nicht, können Sie diese Nachricht ignorieren.' },
  },
  nl: {
    approved: { subject: '{{company}} heeft uw gegevens bijgewerkt', text: 'Beste klant,\n\n{{company}} heeft uw wijziging uit het portaal gecontroleerd en doorgevoerd.' },
    rejected: { subject: '{{company}} kon uw wijziging niet doorvoeren', text: 'Beste klant,\n\n{{company}} kon uw wijziging uit het portaal niet doorvoeren:\n\n{{message}}' },
    invite: { subject: '{{company}} deelt uw documenten met u', text: 'Beste klant,\n\n{{company}} nodigt u uit voor het klantenportaal ("{{grant}}"). Open deze link binnen 7 dagen om uw account aan te maken; hij werkt één keer:\n{{link}}' },
    linked: { subject: '{{company}} deelt meer met u', text: 'Beste {{name}},\n\n{{company}} heeft "{{grant}}" met uw portaalaccount gedeeld. Meld u aan:\n{{link}}' },
    verify: { subject: 'Bevestig uw e-mailadres voor {{company}}', text: 'Beste {{name}},\n\nopen deze link binnen 24 uur om uw e-mailadres te bevestigen; hij werkt één keer:\n{{link}}' },
    locked: { subject: 'Uw portaalaccount is {{minutes}} minuten geblokkeerd', text: 'Beste {{name}},\n\nna meerdere mislukte aanmeldingen is uw account bij {{company}} {{minutes}} minuten geblokkeerd. Was u dit niet, laat het het kantoor weten.' },
    registration_taken: { subject: 'Uw registratie bij {{company}} kon niet worden voltooid', text: 'Beste klant,\n\niemand heeft zich met dit e-mailadres geregistreerd in het klantenportaal van {{company}}. De registratie kon niet worden voltooid: het opgegeven fiscaal nummer is al bij het kantoor geregistreerd. Neem contact op met het kantoor.\n\nWas u dit niet, dan kunt u dit bericht negeren.' },
    registration_exists: { subject: 'Registratiepoging in het portaal van {{company}}', text: 'Beste {{name}},\n\niemand heeft geprobeerd zich in het klantenportaal van {{company}} te registreren met uw e-mailadres, dat al een account heeft. Er is niets gewijzigd. Was u dit, meld u dan aan met uw account:\n{{link}}\n\nWas u dit niet, dan kunt u dit bericht negeren.' },
  },
  pl: {
    approved: { subject: '{{company}} zaktualizowała Twoje dane', text: 'Dzień dobry,\n\n{{company}} sprawdziła i wprowadziła zmianę wpisaną w portalu.' },
    rejected: { subject: '{{company}} nie mogła wprowadzić Twojej zmiany', text: 'Dzień dobry,\n\n{{company}} nie mogła wprowadzić zmiany wpisanej w portalu:\n\n{{message}}' },
    invite: { subject: '{{company}} udostępnia Ci Twoje dokumenty', text: 'Dzień dobry,\n\n{{company}} zaprasza Cię do portalu klienta ("{{grant}}"). Otwórz ten link w ciągu 7 dni, aby założyć konto; działa jeden raz:\n{{link}}' },
    linked: { subject: '{{company}} udostępnia Ci więcej', text: 'Witaj {{name}},\n\n{{company}} udostępniła "{{grant}}" na Twoim koncie w portalu. Zaloguj się:\n{{link}}' },
    verify: { subject: 'Potwierdź adres e-mail dla {{company}}', text: 'Witaj {{name}},\n\notwórz ten link w ciągu 24 godzin, aby potwierdzić adres e-mail; działa jeden raz:\n{{link}}' },
    locked: { subject: 'Twoje konto w portalu jest zablokowane na {{minutes}} minut', text: 'Witaj {{name}},\n\npo kilku nieudanych próbach logowania Twoje konto w {{company}} jest zablokowane na {{minutes}} minut. Jeśli to nie Ty, powiadom agencję.' },
    registration_taken: { subject: 'Nie udało się dokończyć rejestracji w {{company}}', text: 'Dzień dobry,\n\nktoś zarejestrował się w portalu klienta {{company}}, podając ten adres e-mail. Rejestracji nie udało się dokończyć: podany numer identyfikacji podatkowej jest już zarejestrowany w agencji. Prosimy o kontakt z agencją.\n\nJeśli to nie Ty, zignoruj tę wiadomość.' },
    registration_exists: { subject: 'Próba rejestracji w portalu {{company}}', text: 'Witaj {{name}},\n\nktoś próbował zarejestrować się w portalu klienta {{company}}, podając Twój adres e-mail, dla którego istnieje już konto. Nic nie zostało zmienione. Jeśli to Ty, zaloguj się na swoje konto:\n{{link}}\n\nJeśli to nie Ty, zignoruj tę wiadomość.' },
  },
};

export function portalMail(kind: Kind, locale: string, vars: Record<string, string>): Template {
  return renderFrom(TEXTS, kind, locale, vars);
}
