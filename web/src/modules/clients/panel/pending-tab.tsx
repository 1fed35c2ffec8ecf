import { Paper, Stack, Text, ThemeIcon, Group } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A tab another module announced on the server whose pages are not built yet: honest, with its count. */
export function PendingTab({ title, count }: { title: string; count: number | null }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xl" radius="md">
      <Group align="flex-start" wrap="nowrap">
        <ThemeIcon size={40} radius="md" variant="light" color="gray" aria-hidden>
          <IconTools size={22} />
        </ThemeIcon>
        <Stack gap={4}>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {count === null ? t('clients.panel.pendingTab') : t('clients.panel.pendingTabCount', { count })}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
