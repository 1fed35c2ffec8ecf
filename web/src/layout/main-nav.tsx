import { NavLink, ScrollArea, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconHome, IconHourglassLow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../session/session-context';
import { EXTRA_SECTIONS, MODULE_DEFINITIONS } from '../modules/registry';
import { allowed } from '../modules/types';
import { visibleModules, visibleSections } from '../routing/navigation';

const joinPath = (root: string, path: string) => (path ? `${root}/${path}` : root);

/** Navigation from rights: a module appears only when the role grants `view` on it. */
export function MainNav({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  const modules = visibleModules(MODULE_DEFINITIONS, session);
  const sections = visibleSections(EXTRA_SECTIONS, session).filter((s) => s.key !== 'account');
  const isActive = (path: string, exact = false) => (exact ? pathname === path : pathname === path || pathname.startsWith(`${path}/`));

  return (
    <ScrollArea type="auto" style={{ flex: 1 }}>
      <nav aria-label={t('nav.label')}>
        <Stack gap={2}>
          <NavLink component={Link} to="/" label={t('nav.home')} leftSection={<IconHome size={18} />} active={pathname === '/'} onClick={onNavigate} />
          {modules.length > 0 && (
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
              {t('nav.modules')}
            </Text>
          )}
          {modules.map((m) => {
            const root = `/${m.name}`;
            const Icon = m.icon;
            const items = m.nav.filter((item) => allowed(session, item.access));
            if (!m.implemented || items.length === 0) {
              return (
                <NavLink
                  key={m.name}
                  component={Link}
                  to={root}
                  label={t(`modules.${m.name}.title`)}
                  leftSection={<Icon size={18} />}
                  rightSection={
                    m.implemented ? null : (
                      <Tooltip label={t('nav.soon')} position="right" withinPortal>
                        <span>
                          <IconHourglassLow size={14} aria-hidden opacity={0.6} />
                          <VisuallyHidden>{t('nav.soon')}</VisuallyHidden>
                        </span>
                      </Tooltip>
                    )
                  }
                  active={isActive(root)}
                  onClick={onNavigate}
                  data-testid={`nav-${m.name}`}
                />
              );
            }
            return (
              <NavLink
                key={m.name}
                label={t(`modules.${m.name}.title`)}
                leftSection={<Icon size={18} />}
                defaultOpened={isActive(root)}
                childrenOffset={28}
                data-testid={`nav-${m.name}`}
              >
                {items.map((item) => {
                  const to = joinPath(root, item.path);
                  return <NavLink key={to} component={Link} to={to} label={t(item.label)} active={isActive(to, item.path === '')} onClick={onNavigate} data-testid={`nav-${m.name}-${item.path || 'dashboard'}`} />;
                })}
              </NavLink>
            );
          })}
          {sections.map((s) => {
            const Icon = s.icon;
            return (
              <div key={s.key}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
                  {t(s.label)}
                </Text>
                {s.nav
                  .filter((item) => allowed(session, item.access))
                  .map((item) => {
                    const to = joinPath(s.root, item.path);
                    return <NavLink key={to} component={Link} to={to} label={t(item.label)} leftSection={<Icon size={18} />} active={isActive(to)} onClick={onNavigate} data-testid={`nav-${s.key}-${item.path}`} />;
                  })}
              </div>
            );
          })}
        </Stack>
      </nav>
    </ScrollArea>
  );
}
