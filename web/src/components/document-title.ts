import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useOptionalSession } from '../session/session-context';

/**
 * The browser tab's title for the page on screen: "Clients · ROSSI · Agency" — the page, the active
 * company's code, the product — so that tabs and history entries tell pages and companies apart.
 */
export function useDocumentTitle(page: string | null | undefined): void {
  const { t, i18n } = useTranslation();
  const company = useOptionalSession()?.me.company?.code;
  const title = page ? (company ? t('texts.title.withCompany', { page, company }) : t('texts.title.page', { page })) : t('texts.title.app');
  useEffect(() => {
    const apply = () => {
      document.title = title;
    };
    apply();
    // the catalogue resets the title to the product's name on a change of language (i18n/index.ts): the page's wins
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [title, i18n]);
}
