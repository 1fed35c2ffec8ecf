import { Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAuditText, type AuditRowLike } from './audit-text';

/** The changes of one audit row, field by field: "Phone: +39 333… → +39 347…"; only "after" for a creation, only "before" for a deletion. */
export function AuditChanges({ row }: { row: AuditRowLike }) {
  const { t } = useTranslation();
  const text = useAuditText();
  const changes = text.changes(row);
  if (!changes.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.noVisibleChanges')}
      </Text>
    );
  }
  return (
    <Stack gap={2} data-testid="audit-changes">
      {changes.map((c) => (
        <Group key={c.field} gap={6} wrap="wrap" data-testid="audit-change" data-field={c.field}>
          <Text size="sm" fw={600}>
            {t('audit.fieldLabel', { field: c.label })}
          </Text>
          {row.action !== 'create' && (
            <Text size="sm" td={row.action === 'delete' ? undefined : 'line-through'} c="dimmed" data-testid="audit-before">
              {c.before}
            </Text>
          )}
          {row.action === 'update' && <IconArrowRight size={14} aria-label={t('audit.becomes')} />}
          {row.action !== 'delete' && (
            <Text size="sm" data-testid="audit-after">
              {c.after}
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}
