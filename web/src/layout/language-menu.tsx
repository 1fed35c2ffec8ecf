import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LANGUAGE_NATIVE_NAMES, rememberLanguage } from '../i18n/languages';
import { useOptionalSession } from '../session/session-context';

/** Switches the UI language; the choice is remembered on this device for this user. */
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const session = useOptionalSession();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={t('language.choose')}>
          <ActionIcon variant="default" size="lg" aria-label={t('language.choose')} data-testid="language-menu">
            <IconLanguage size={18} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.title')}</Menu.Label>
        {LANGUAGES.map((lng) => (
          <Menu.Item
            key={lng}
            lang={lng}
            rightSection={i18n.language === lng ? <IconCheck size={14} aria-hidden /> : null}
            onClick={() => {
              rememberLanguage(lng, session?.me.user.id);
              void i18n.changeLanguage(lng);
            }}
            data-testid={`language-${lng}`}
          >
            {LANGUAGE_NATIVE_NAMES[lng]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
