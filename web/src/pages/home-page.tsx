import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session/session-context';
import { MODULE_DEFINITIONS } from '../modules/registry';
import { visibleModules } from '../routing/navigation';
import { PageHeader } from '../components/page-header';
import { EmptyState } from '../components/query-state';
import { roleLabel } from '../i18n/role-label';

/** The start page: the active company and the modules the role opens there. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const { me } = session;
  const modules = visibleModules(MODULE_DEFINITIONS, session);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('home.welcome', { name: me.user.displayName })}
        subtitle={me.company ? t('home.companyRole', { company: me.company.name, code: me.company.code, role: roleLabel(t, { name: me.roleName, template: me.roleTemplate }) }) : me.user.isOperator ? t('home.operator') : t('home.noCompany')}
      />
      {modules.length === 0 ? (
        <EmptyState title={t('home.noModules')} hint={me.user.isOperator ? t('home.operatorHint') : t('home.noModulesHint')} />
      ) : (
        <section aria-labelledby="home-modules">
          <Title order={2} size="h4" mb="sm" id="home-modules">
            {t('home.modules')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {modules.map((m) => {
              const Icon = m.icon;
              return (
                <Card key={m.name} withBorder radius="md" padding="lg" component={Link} to={`/${m.name}`} data-testid={`home-module-${m.name}`}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <Group gap="sm" wrap="nowrap">
                      <ThemeIcon variant="light" size={40} radius="md" aria-hidden>
                        <Icon size={22} />
                      </ThemeIcon>
                      <Text fw={600}>{t(`modules.${m.name}.title`)}</Text>
                    </Group>
                    {!m.implemented && (
                      <Badge variant="light" color="gray" size="sm">
                        {t('nav.soon')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed" mt="sm">
                    {t(`modules.${m.name}.description`)}
                  </Text>
                </Card>
              );
            })}
          </SimpleGrid>
        </section>
      )}
    </Stack>
  );
}
