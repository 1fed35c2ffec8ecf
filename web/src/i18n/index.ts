import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import it from './it.json';
import de from './de.json';
import nl from './nl.json';
import pl from './pl.json';
import { initialLanguage } from './languages';

export const CATALOGUES = { en, it, de, nl, pl } as const;

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(Object.entries(CATALOGUES).map(([lng, catalogue]) => [lng, { translation: catalogue }])),
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function reflect(lng: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  document.title = i18n.t('app.title');
}
i18n.on('languageChanged', reflect);
reflect(i18n.language);
