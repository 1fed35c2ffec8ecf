import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { useErrorText } from '../graphql/error-text';

/** Loading spinner with a label for screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed" size="sm">
          {label ?? t('common.loading')}
        </Text>
      </Group>
    </Center>
  );
}

/** An error from the API in words, with a way to try again. */
export function QueryError({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <Alert color="red" icon={<IconAlertCircle />} title={t('errors.title')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{text(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** A message where a list has nothing to show. */
export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  return (
    <Stack align="center" gap={4} py="xl" data-testid="empty-state">
      <Text fw={500}>{title}</Text>
      {hint && (
        <Text c="dimmed" size="sm" ta="center" maw={420}>
          {hint}
        </Text>
      )}
    </Stack>
  );
}

/** A form's message that belongs to no field (a refusal in words); nothing when there is none. */
export function FormError({ message, onClose }: { message: string | null | undefined; onClose?: () => void }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <Alert color="red" role="alert" withCloseButton={!!onClose} onClose={onClose} closeButtonLabel={onClose ? t('common.close') : undefined}>
      {message}
    </Alert>
  );
}

