import { LineCode as L } from './policy.enums.js';

/**
 * The ten lines of business every company starts with, named in the company country's language,
 * with a default premium tax rate (percent, exact decimal; an administrator edits both). Rates are
 * starting values, not tax advice: IT imposte sulle assicurazioni (RC auto 12.5 % + SSN 10.5 %),
 * NL assurantiebelasting 21 %, DE Versicherungsteuer 19 %, PL none; life and health mostly exempt.
 */
type Names = Record<L, string>;

const NAMES: Record<'en' | 'it' | 'de' | 'nl' | 'pl', Names> = {
  en: {
    [L.MOTOR_LIABILITY]: 'Motor liability', [L.MOTOR_OWN_DAMAGE]: 'Motor own damage', [L.HOME]: 'Home', [L.LIABILITY]: 'Liability',
    [L.ACCIDENT]: 'Accident', [L.HEALTH]: 'Health', [L.LIFE]: 'Life', [L.LEGAL_PROTECTION]: 'Legal protection', [L.TRAVEL]: 'Travel',
    [L.BUSINESS_MULTI_RISK]: 'Business multi-risk',
  },
  it: {
    [L.MOTOR_LIABILITY]: 'RC Auto', [L.MOTOR_OWN_DAMAGE]: 'Corpi veicoli terrestri (Kasko)', [L.HOME]: 'Casa', [L.LIABILITY]: 'Responsabilità civile',
    [L.ACCIDENT]: 'Infortuni', [L.HEALTH]: 'Malattia', [L.LIFE]: 'Vita', [L.LEGAL_PROTECTION]: 'Tutela legale', [L.TRAVEL]: 'Viaggi',
    [L.BUSINESS_MULTI_RISK]: 'Multirischi impresa',
  },
  de: {
    [L.MOTOR_LIABILITY]: 'Kfz-Haftpflicht', [L.MOTOR_OWN_DAMAGE]: 'Kasko', [L.HOME]: 'Hausrat/Wohngebäude', [L.LIABILITY]: 'Haftpflicht',
    [L.ACCIDENT]: 'Unfall', [L.HEALTH]: 'Kranken', [L.LIFE]: 'Leben', [L.LEGAL_PROTECTION]: 'Rechtsschutz', [L.TRAVEL]: 'Reise',
    [L.BUSINESS_MULTI_RISK]: 'Gewerbe-Inhalt (gebündelt)',
  },
  nl: {
    [L.MOTOR_LIABILITY]: 'Autoverzekering WA', [L.MOTOR_OWN_DAMAGE]: 'Casco', [L.HOME]: 'Woonhuis/inboedel', [L.LIABILITY]: 'Aansprakelijkheid',
    [L.ACCIDENT]: 'Ongevallen', [L.HEALTH]: 'Zorg', [L.LIFE]: 'Leven', [L.LEGAL_PROTECTION]: 'Rechtsbijstand', [L.TRAVEL]: 'Reis',
    [L.BUSINESS_MULTI_RISK]: 'Bedrijvenpakket',
  },
  pl: {
    [L.MOTOR_LIABILITY]: 'OC komunikacyjne', [L.MOTOR_OWN_DAMAGE]: 'AC', [L.HOME]: 'Mieszkanie i dom', [L.LIABILITY]: 'OC w życiu prywatnym',
    [L.ACCIDENT]: 'NNW', [L.HEALTH]: 'Zdrowotne', [L.LIFE]: 'Na życie', [L.LEGAL_PROTECTION]: 'Ochrona prawna', [L.TRAVEL]: 'Turystyczne',
    [L.BUSINESS_MULTI_RISK]: 'Pakiet dla firm',
  },
};

const LANGUAGE: Record<string, keyof typeof NAMES> = { IT: 'it', SM: 'it', DE: 'de', AT: 'de', NL: 'nl', BE: 'nl', PL: 'pl' };

function rates(country: string): Record<L, string> {
  const flat = (general: string, life: string, health: string, motor = general, legal = general): Record<L, string> => ({
    [L.MOTOR_LIABILITY]: motor, [L.MOTOR_OWN_DAMAGE]: general, [L.HOME]: general, [L.LIABILITY]: general, [L.ACCIDENT]: general,
    [L.HEALTH]: health, [L.LIFE]: life, [L.LEGAL_PROTECTION]: legal, [L.TRAVEL]: general, [L.BUSINESS_MULTI_RISK]: general,
  });
  switch (country) {
    case 'IT':
      return flat('22.25', '0.00', '2.50', '23.00', '21.25');
    case 'NL':
      return flat('21.00', '0.00', '0.00');
    case 'DE':
    case 'AT':
      return flat('19.00', '0.00', '0.00');
    default:
      return flat('0.00', '0.00', '0.00');
  }
}

export function defaultLinesOf(country: string): Array<{ code: L; name: string; defaultTaxRate: string }> {
  const names = NAMES[LANGUAGE[country] ?? 'en'];
  const r = rates(country);
  return Object.values(L).map((code) => ({ code, name: names[code], defaultTaxRate: r[code] }));
}
