import type { Locale } from '@agency/shared';

/**
 * The privacy-notice consent of the embeddable quote form, as the visitor reads it next to the
 * checkbox. The server serves it and records the very text served with the request, so the text
 * lives here (not in the web catalogues); a change of wording is a new version.
 */
export const WEB_CONSENT_VERSION = 'web-quote-privacy-1';

const CONSENT: Record<Locale, string> = {
  en: 'I have read the privacy notice of {company} and agree that my data is used to prepare this quote and to contact me about it.',
  it: "Ho letto l'informativa sulla privacy di {company} e acconsento al trattamento dei miei dati per preparare questo preventivo e ricontattarmi.",
  de: 'Ich habe die Datenschutzhinweise von {company} gelesen und willige ein, dass meine Daten zur Erstellung dieses Angebots und zur Kontaktaufnahme verwendet werden.',
  nl: 'Ik heb de privacyverklaring van {company} gelezen en ga ermee akkoord dat mijn gegevens worden gebruikt om deze offerte op te stellen en contact met mij op te nemen.',
  pl: 'Zapoznałem się z informacją o prywatności {company} i zgadzam się na wykorzystanie moich danych do przygotowania tej oferty i kontaktu ze mną.',
};

export function webConsentText(locale: Locale, company: string): string {
  return CONSENT[locale].replace('{company}', company);
}
