import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconDevices, IconLogout, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session/session-context';
import { SignOutEverywhereDialog } from './sign-out-everywhere-dialog';
import { roleLabel } from '../i18n/role-label';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase())
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const [confirm, setConfirm] = useState(false);
  const { user, roleName, roleTemplate } = session.me;
  return (
    <>
      <Menu position="bottom-end" width={260} withinPortal>
        <Menu.Target>
          <UnstyledButton data-testid="user-menu">
            <Group gap={8} wrap="nowrap">
              <Avatar color="blue" radius="xl" size={34} aria-hidden>
                {initials(user.displayName)}
              </Avatar>
              <div className="hide-narrow">
                <Text size="sm" fw={500} lh={1.2}>
                  {user.displayName}
                </Text>
                <Text size="xs" c="dimmed" lh={1.2}>
                  {roleName ? roleLabel(t, { name: roleName, template: roleTemplate }) : user.isOperator ? t('userMenu.operator') : ''}
                </Text>
              </div>
              <IconChevronDown size={14} aria-hidden />
              <VisuallyHidden>{t('userMenu.button')}</VisuallyHidden>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{user.email}</Menu.Label>
          <Menu.Item component={Link} to="/account/security" leftSection={<IconShieldLock size={16} />}>
            {t('userMenu.security')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void session.signOut()} data-testid="sign-out">
            {t('userMenu.signOut')}
          </Menu.Item>
          <Menu.Item leftSection={<IconDevices size={16} />} color="red" onClick={() => setConfirm(true)} data-testid="sign-out-everywhere">
            {t('userMenu.signOutEverywhere')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <SignOutEverywhereDialog opened={confirm} onClose={() => setConfirm(false)} />
    </>
  );
}
