import type { Locale } from '@agency/shared';

type Template = { subject: string; text: string };
type Catalogue = Record<'reset' | 'invite' | 'added' | 'supportGranted' | 'locked', Template>;

/** The e-mail catalogue, one entry per language; `{{name}}` placeholders are filled by `render`. */
const CATALOGUE: Record<Locale, Catalogue> = {
  en: {
    reset: { subject: 'Reset your password', text: 'Hello {{name}},\n\nopen this link within 1 hour to choose a new password:\n{{link}}\n\nIf you did not ask for it, ignore this message: your password stays as it is.' },
    invite: { subject: 'You are invited to {{company}}', text: 'Hello {{name}},\n\n{{company}} invites you to its agency platform. Open this link within 7 days to choose your password:\n{{link}}' },
    added: { subject: 'You now have access to {{company}}', text: 'Hello {{name}},\n\nyou can now switch to {{company}} after signing in at {{link}}.' },
    supportGranted: { subject: 'Support access granted by {{company}}', text: '{{company}} granted support access until {{until}}.\nReason: {{reason}}' },
    locked: { subject: 'Your account is locked for {{minutes}} minutes', text: 'Hello {{name}},\n\nafter repeated failed sign-ins your account is locked for {{minutes}} minutes. Sign in again afterwards.\n\nIf it was not you, choose a new password now:\n{{link}}' },
  },
  it: {
    reset: { subject: 'Reimposta la password', text: 'Gentile {{name}},\n\napra questo link entro 1 ora per scegliere una nuova password:\n{{link}}\n\nSe non l\'ha richiesto, ignori questo messaggio: la password resta invariata.' },
    invite: { subject: 'Invito a {{company}}', text: 'Gentile {{name}},\n\n{{company}} la invita alla sua piattaforma di agenzia. Apra questo link entro 7 giorni per scegliere la password:\n{{link}}' },
    added: { subject: 'Accesso a {{company}}', text: 'Gentile {{name}},\n\nora può passare a {{company}} dopo l\'accesso su {{link}}.' },
    supportGranted: { subject: 'Accesso di assistenza concesso da {{company}}', text: '{{company}} ha concesso l\'accesso di assistenza fino a {{until}}.\nMotivo: {{reason}}' },
    locked: { subject: 'Il suo account è bloccato per {{minutes}} minuti', text: 'Gentile {{name}},\n\ndopo ripetuti accessi non riusciti il suo account è bloccato per {{minutes}} minuti. Potrà accedere di nuovo in seguito.\n\nSe non è stato lei, scelga subito una nuova password:\n{{link}}' },
  },
  de: {
    reset: { subject: 'Passwort zurücksetzen', text: 'Hallo {{name}},\n\nöffnen Sie diesen Link innerhalb einer Stunde, um ein neues Passwort zu wählen:\n{{link}}\n\nWenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht.' },
    invite: { subject: 'Einladung zu {{company}}', text: 'Hallo {{name}},\n\n{{company}} lädt Sie zu seiner Agenturplattform ein. Öffnen Sie diesen Link innerhalb von 7 Tagen, um Ihr Passwort zu wählen:\n{{link}}' },
    added: { subject: 'Zugang zu {{company}}', text: 'Hallo {{name}},\n\nSie können nach der Anmeldung unter {{link}} zu {{company}} wechseln.' },
    supportGranted: { subject: 'Supportzugang von {{company}} gewährt', text: '{{company}} hat Supportzugang bis {{until}} gewährt.\nGrund: {{reason}}' },
    locked: { subject: 'Ihr Konto ist für {{minutes}} Minuten gesperrt', text: 'Hallo {{name}},\n\nnach wiederholten fehlgeschlagenen Anmeldungen ist Ihr Konto für {{minutes}} Minuten gesperrt. Danach können Sie sich wieder anmelden.\n\nWenn Sie das nicht waren, wählen Sie jetzt ein neues Passwort:\n{{link}}' },
  },
  nl: {
    reset: { subject: 'Wachtwoord opnieuw instellen', text: 'Beste {{name}},\n\nopen deze link binnen 1 uur om een nieuw wachtwoord te kiezen:\n{{link}}\n\nHeeft u dit niet gevraagd, negeer dan dit bericht.' },
    invite: { subject: 'Uitnodiging van {{company}}', text: 'Beste {{name}},\n\n{{company}} nodigt u uit voor het agentschapsplatform. Open deze link binnen 7 dagen om uw wachtwoord te kiezen:\n{{link}}' },
    added: { subject: 'Toegang tot {{company}}', text: 'Beste {{name}},\n\nu kunt na het inloggen op {{link}} naar {{company}} overschakelen.' },
    supportGranted: { subject: 'Supporttoegang verleend door {{company}}', text: '{{company}} heeft supporttoegang verleend tot {{until}}.\nReden: {{reason}}' },
    locked: { subject: 'Uw account is {{minutes}} minuten geblokkeerd', text: 'Beste {{name}},\n\nna herhaalde mislukte aanmeldingen is uw account {{minutes}} minuten geblokkeerd. Daarna kunt u weer inloggen.\n\nWas u dit niet, kies dan nu een nieuw wachtwoord:\n{{link}}' },
  },
  pl: {
    reset: { subject: 'Zresetuj hasło', text: 'Witaj {{name}},\n\notwórz ten link w ciągu 1 godziny, aby ustawić nowe hasło:\n{{link}}\n\nJeśli to nie Ty, zignoruj tę wiadomość.' },
    invite: { subject: 'Zaproszenie do {{company}}', text: 'Witaj {{name}},\n\n{{company}} zaprasza Cię na swoją platformę agencyjną. Otwórz ten link w ciągu 7 dni, aby ustawić hasło:\n{{link}}' },
    added: { subject: 'Dostęp do {{company}}', text: 'Witaj {{name}},\n\npo zalogowaniu na {{link}} możesz przełączyć się na {{company}}.' },
    supportGranted: { subject: 'Dostęp serwisowy przyznany przez {{company}}', text: '{{company}} przyznała dostęp serwisowy do {{until}}.\nPowód: {{reason}}' },
    locked: { subject: 'Twoje konto jest zablokowane na {{minutes}} minut', text: 'Witaj {{name}},\n\npo kilku nieudanych próbach logowania Twoje konto jest zablokowane na {{minutes}} minut. Potem możesz zalogować się ponownie.\n\nJeśli to nie Ty, ustaw teraz nowe hasło:\n{{link}}' },
  },
};

/** `{{name}}` placeholders of a text filled from `vars` (an unknown one becomes empty). */
export function fillTemplate(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
}

/** A message of `kind` from a catalogue with one entry per language (English when the language has none), filled. */
export function renderFrom<K extends string>(catalogue: Record<Locale, Record<K, Template>>, kind: K, locale: string, vars: Record<string, string>): Template {
  const t = catalogue[(locale in catalogue ? locale : 'en') as Locale][kind];
  return { subject: fillTemplate(t.subject, vars), text: fillTemplate(t.text, vars) };
}

export function render(kind: keyof Catalogue, locale: string, vars: Record<string, string>): Template {
  return renderFrom(CATALOGUE, kind, locale, vars);
}
