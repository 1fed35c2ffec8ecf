import { Alert, Anchor, Badge, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { errorExtension } from '../../../graphql/errors';
import { clientPath } from '../common/client-types';
import { StatusBadge } from '../common/badges';

export interface DuplicateInfo {
  id: string;
  displayName: string;
  status: string;
  matchedOn: string[];
}

/** The candidates of a CONFLICT answer (`extensions.duplicates`) of createClient / updateClientRegistry. */
export function duplicatesOf(error: CombinedError | undefined): DuplicateInfo[] {
  if (errorExtension<string>(error, 'reason') !== 'DUPLICATE') return [];
  const list = errorExtension<unknown>(error, 'duplicates');
  if (!Array.isArray(list)) return [];
  return list.filter((d): d is DuplicateInfo => !!d && typeof d === 'object' && typeof (d as DuplicateInfo).id === 'string' && typeof (d as DuplicateInfo).displayName === 'string');
}

function Candidates({ items }: { items: DuplicateInfo[] }) {
  const { t } = useTranslation();
  return (
    <List spacing="xs" size="sm" listStyleType="none" data-testid="duplicate-candidates">
      {items.map((d) => (
        <List.Item key={d.id}>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={clientPath(d.id)} fw={500} data-testid="open-existing">
              {d.displayName}
            </Anchor>
            <StatusBadge status={d.status} />
            {d.matchedOn.map((m) => (
              <Badge key={m} size="sm" variant="light" color="orange">
                {t(`clients.duplicates.on.${m}`, { defaultValue: m })}
              </Badge>
            ))}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** While typing: cards that already have this tax id, VAT number or e-mail (CL-7). */
export function DuplicateHint({ items }: { items: DuplicateInfo[] }) {
  const { t } = useTranslation();
  if (!items.length) return null;
  return (
    <Alert color="orange" icon={<IconCopy />} title={t('clients.duplicates.hintTitle')} data-testid="duplicate-hint">
      <Stack gap="xs">
        <Text size="sm">{t('clients.duplicates.hintBody')}</Text>
        <Candidates items={items} />
      </Stack>
    </Alert>
  );
}

interface DialogProps {
  items: DuplicateInfo[];
  loading?: boolean;
  onConfirm(): void;
  onClose(): void;
}

/** The server refused a duplicate: open an existing card, or create anyway. */
export function DuplicateDialog({ items, loading, onConfirm, onClose }: DialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={items.length > 0} onClose={onClose} title={t('clients.duplicates.title')} closeButtonProps={{ 'aria-label': t('common.close') }} centered size="lg">
      <Stack>
        <Text size="sm">{t('clients.duplicates.body')}</Text>
        <Candidates items={items} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={loading} data-testid="create-anyway">
            {t('clients.duplicates.createAnyway')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
