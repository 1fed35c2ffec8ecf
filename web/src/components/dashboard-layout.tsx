import { Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { PageHeader } from './page-header';
import { useFormat } from '../i18n/format';

interface DashboardLayoutProps {
  title: string;
  subtitle?: string;
  /** When the figures were read: a dashboard is current when opened. */
  loadedAt?: Date;
  onRefresh?: () => void;
  refreshing?: boolean;
  /** StatCards. */
  stats: ReactNode;
  /** ChartPanels and other wide content. */
  children?: ReactNode;
  actions?: ReactNode;
}

/**
 * The dashboard every module opens on (BASE-8): a row of key figures, then charts. A module's
 * dashboard page fetches its figures and fills this layout.
 */
export function DashboardLayout({ title, subtitle, loadedAt, onRefresh, refreshing, stats, children, actions }: DashboardLayoutProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="lg">
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={
          <>
            {actions}
            {onRefresh && (
              <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={onRefresh} loading={refreshing}>
                {t('common.refresh')}
              </Button>
            )}
          </>
        }
      />
      {loadedAt && (
        <Text size="xs" c="dimmed" mt={-12}>
          {t('dashboard.asOf', { time: format.dateTime(loadedAt) })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 5 }} spacing="md">
        {stats}
      </SimpleGrid>
      {children}
    </Stack>
  );
}

/** A titled panel holding a chart. */
export function ChartPanel({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      )}
      {children}
    </Paper>
  );
}
