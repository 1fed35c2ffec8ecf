import { ActionIcon, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';

interface ListAreaProps<T> {
  items: T[];
  /** Name of one item for screen readers and the remove button ("Address 2"). */
  itemLabel(index: number): string;
  renderItem(item: T, index: number): ReactNode;
  canEdit: boolean;
  addLabel: string;
  onAdd(): void;
  onRemove(index: number): void;
  emptyText: string;
  testId: string;
}

/** A list data area (addresses, contacts, bank accounts…): one framed group of fields per item. */
export function ListArea<T>({ items, itemLabel, renderItem, canEdit, addLabel, onAdd, onRemove, emptyText, testId }: ListAreaProps<T>) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid={`${testId}-empty`}>
          {emptyText}
        </Text>
      )}
      {items.map((item, index) => (
        <Paper key={index} withBorder p="md" radius="md" bg="var(--mantine-color-gray-0)" component="fieldset" aria-label={itemLabel(index)} data-testid={`${testId}-item`} style={{ margin: 0 }}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <div style={{ flex: 1, minWidth: 0 }}>{renderItem(item, index)}</div>
            {canEdit && (
              <Tooltip label={t('clients.panel.removeItem', { item: itemLabel(index) })} withinPortal>
                <ActionIcon variant="subtle" color="red" onClick={() => onRemove(index)} aria-label={t('clients.panel.removeItem', { item: itemLabel(index) })} data-testid={`${testId}-remove`}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Paper>
      ))}
      {canEdit && (
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={onAdd} data-testid={`${testId}-add`}>
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
