import { Group, Paper, Text, ThemeIcon } from '@mantine/core';
import type { ComponentType, ReactNode } from 'react';

interface StatCardProps {
  label: string;
  value: string | number;
  /** A short line under the value: period, comparison. */
  hint?: string;
  icon?: ComponentType<{ size?: number | string; stroke?: number }>;
  color?: string;
  /** Extra content (a link to the list behind the figure). */
  footer?: ReactNode;
}

/** One key figure of a module dashboard (BASE-8). */
export function StatCard({ label, value, hint, icon: Icon, color = 'blue', footer }: StatCardProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={label}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {label}
          </Text>
          <Text fz={28} fw={700} lh={1.2} mt={4} data-testid="stat-value">
            {value}
          </Text>
        </div>
        {Icon && (
          <ThemeIcon color={color} variant="light" size={40} radius="md" aria-hidden>
            <Icon size={22} stroke={1.6} />
          </ThemeIcon>
        )}
      </Group>
      {hint && (
        <Text size="xs" c="dimmed" mt="xs">
          {hint}
        </Text>
      )}
      {footer}
    </Paper>
  );
}
