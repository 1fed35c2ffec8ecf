import { Badge, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconChevronDown, IconBuilding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { useSession } from '../session/session-context';
import { roleLabel } from '../i18n/role-label';

/**
 * The active company's code and name, on every page; a menu to switch among the companies the user
 * belongs to (or, for the operator, holds a support grant for).
 */
export function CompanySwitcher() {
  const { t } = useTranslation();
  const session = useSession();
  const { company, companies } = session.me;
  const [switching, setSwitching] = useState(false);
  const label = company ? (
    <Group gap={8} wrap="nowrap" miw={0}>
      <Badge variant="filled" radius="sm" style={{ flexShrink: 0 }} data-testid="active-company-code">
        {company.code}
      </Badge>
      {/* on a phone the code says which company; the name needs the room the header lacks */}
      <Text size="sm" fw={500} truncate="end" maw={{ base: 140, sm: 260 }} visibleFrom="xs" data-testid="active-company-name">
        {company.name}
      </Text>
    </Group>
  ) : (
    <Group gap={8} wrap="nowrap">
      <IconBuilding size={18} aria-hidden />
      <Text size="sm" fw={500} data-testid="active-company-name">
        {t('switcher.noCompany')}
      </Text>
    </Group>
  );
  if (companies.length <= 1 && company) {
    return (
      <div aria-label={t('switcher.active', { name: company.name })} role="group">
        {label}
      </div>
    );
  }
  if (companies.length === 0) return label;
  return (
    <Menu position="bottom-start" width={320} withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="company-switcher" disabled={switching} px={6} py={4} style={{ borderRadius: 8 }}>
          <Group gap={6} wrap="nowrap">
            {label}
            <IconChevronDown size={16} aria-hidden />
            <VisuallyHidden>{t('switcher.button')}</VisuallyHidden>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('switcher.title')}</Menu.Label>
        {companies.map((access) => {
          const active = access.company.id === company?.id;
          return (
            <Menu.Item
              key={access.company.id}
              leftSection={<Badge variant={active ? 'filled' : 'light'} radius="sm" miw={72}>{access.company.code}</Badge>}
              rightSection={active ? <IconCheck size={16} aria-label={t('switcher.current')} /> : null}
              onClick={async () => {
                if (active) return;
                setSwitching(true);
                await session.switchCompany(access.company.id);
                setSwitching(false);
              }}
              data-testid={`switch-to-${access.company.code}`}
            >
              <Text size="sm" truncate="end">
                {access.company.name}
              </Text>
              <Text size="xs" c="dimmed">
                {roleLabel(t, { name: access.roleName, template: access.roleTemplate })}
              </Text>
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
