import { useEffect, useRef } from 'react';
import { ActionIcon, Burger, CloseButton, Group, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconSearch, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { CompanySwitcher } from './company-switcher';
import { LanguageMenu } from './language-menu';
import { UserMenu } from './user-menu';
import { useSession } from '../session/session-context';
import { MODULE_DEFINITIONS } from '../modules/registry';
import { visibleModules } from '../routing/navigation';

/** Below this width the header's tools (the client search) wait behind a button (issue #8 §3). */
export const PHONE = '(max-width: 48em)';

/**
 * The header: navigation button, home, company, the modules' header tools (the global client
 * search), language and account. On a phone there is no room for a search box beside the company
 * and the two menus, so a search button opens the tools over the whole header width instead.
 */
export function AppHeader({ navOpened, toggleNav }: { navOpened: boolean; toggleNav(): void }) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const [searching, search] = useDisclosure(false);
  const bar = useRef<HTMLDivElement>(null);
  const tools = session.me.company ? visibleModules(MODULE_DEFINITIONS, session).filter((m) => m.header) : [];
  const toolElements = tools.map((m) => {
    const Tool = m.header!;
    return <Tool key={m.name} />;
  });

  // a result opened (another page) or a wider screen: back to the ordinary header
  useEffect(() => search.close(), [location.pathname, phone]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (searching) bar.current?.querySelector('input')?.focus();
  }, [searching]);

  if (phone && searching) {
    return (
      <Group ref={bar} h="100%" px="sm" wrap="nowrap" gap="xs" className="header-search-full" data-testid="header-search-bar">
        {toolElements}
        <CloseButton size="lg" aria-label={t('ux.search.close')} onClick={search.close} data-testid="close-search" />
      </Group>
    );
  }
  return (
    <Group h="100%" px={{ base: 'sm', sm: 'md' }} justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="md" size="sm" aria-label={t(navOpened ? 'nav.close' : 'nav.open')} />
        <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }} aria-label={t('app.home')}>
          <Group gap={8} wrap="nowrap">
            <ThemeIcon size={32} radius="md" aria-hidden>
              <IconShieldCheck size={20} />
            </ThemeIcon>
            <Text fw={700} visibleFrom="lg">
              {t('app.name')}
            </Text>
          </Group>
        </Link>
        <CompanySwitcher />
        {!phone && toolElements}
      </Group>
      <Group gap={phone ? 6 : 'sm'} wrap="nowrap">
        {phone && tools.length > 0 && (
          <ActionIcon variant="default" size="lg" aria-label={t('ux.search.open')} onClick={search.open} data-testid="open-search">
            <IconSearch size={18} />
          </ActionIcon>
        )}
        <LanguageMenu />
        <UserMenu />
      </Group>
    </Group>
  );
}
