import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { LanguageMenu } from '../../../layout/language-menu';

/** The frame of the pages before sign-in: product name, a card, the language choice. */
export function AuthLayout({ title, subtitle, children, width = 420 }: { title: string; subtitle?: string; children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" p="md" component="header">
        <Group gap={8}>
          <ThemeIcon size={32} radius="md" aria-hidden>
            <IconShieldCheck size={20} />
          </ThemeIcon>
          <Text fw={700}>{t('app.name')}</Text>
        </Group>
        <LanguageMenu />
      </Group>
      <Center component="main" px="md" pb="xl" pt={{ base: 'md', sm: 60 }}>
        <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} radius="md" w="100%" maw={width}>
          <Stack gap="xs" mb="lg">
            <Title order={1} size="h2">
              {title}
            </Title>
            {subtitle && (
              <Text c="dimmed" size="sm">
                {subtitle}
              </Text>
            )}
          </Stack>
          {children}
        </Paper>
      </Center>
    </Box>
  );
}
