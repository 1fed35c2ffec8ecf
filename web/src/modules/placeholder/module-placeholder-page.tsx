import { Badge, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { actionsOf, MODULES, type ModuleName } from '@agency/shared';
import { useSession } from '../../session/session-context';
import { PageHeader } from '../../components/page-header';

/**
 * What a granted module without pages shows: its name, what it will hold, and the rights the user's
 * role gives there. Honest: nothing of the module can be done here yet.
 */
export function ModulePlaceholderPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const session = useSession();
  const name = pathname.split('/').filter(Boolean)[0] as ModuleName;
  if (!(MODULES as readonly string[]).includes(name)) return null;
  const granted = actionsOf(name).filter((a) => session.can(name, a));
  return (
    <Stack gap="lg">
      <PageHeader title={t(`modules.${name}.title`)} subtitle={t(`modules.${name}.description`)} />
      <Paper withBorder p="xl" radius="md">
        <Group align="flex-start" wrap="nowrap" gap="lg">
          <ThemeIcon size={48} radius="md" variant="light" color="gray" aria-hidden>
            <IconTools size={28} />
          </ThemeIcon>
          <Stack gap="xs">
            <Group gap="xs">
              <Title order={2} size="h3">
                {t('placeholder.title')}
              </Title>
              <Badge color="gray" variant="light">
                {t('placeholder.badge')}
              </Badge>
            </Group>
            <Text c="dimmed" maw={640}>
              {t('placeholder.body', { module: t(`modules.${name}.title`) })}
            </Text>
            <Text fw={500} mt="sm">
              {t('placeholder.yourRights')}
            </Text>
            <List size="sm" data-testid="placeholder-rights">
              {granted.map((a) => (
                <List.Item key={a}>{t(`rights.action.${a}`)}</List.Item>
              ))}
            </List>
          </Stack>
        </Group>
      </Paper>
    </Stack>
  );
}
