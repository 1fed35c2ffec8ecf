import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { EmptyState, Loading, QueryError } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';
import { AuditChanges } from './audit-changes';
import { useAuditText, type AuditRowLike } from './audit-text';

/** Rows a record's history shows at first, and again each time older ones are asked for (at most MAX). */
export const TRAIL_PAGE = 50;
const MAX = 500;
const ACTION_COLORS: Record<string, string> = { create: 'teal', update: 'blue', delete: 'red' };

export interface TrailRow extends AuditRowLike {
  id: string;
  at: string;
  userEmail?: string | null;
  channel: string;
}

/**
 * One record's history (BASE-7) as a person reads it — the client card's History tab, a policy's
 * History: who changed what, when, before → after, in the user's language. The caller runs its own
 * trail query (`clientAuditTrail`, `policyAuditTrail`, …) with `first` rows.
 */
export function AuditTrailView(props: {
  trail: { nodes: readonly TrailRow[]; hasNextPage: boolean } | null | undefined;
  fetching: boolean;
  error?: CombinedError;
  first: number;
  onRetry(): void;
  onMore(first: number): void;
  testId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useAuditText();
  const { trail, first } = props;
  if (props.error && !trail) return <QueryError error={props.error} onRetry={props.onRetry} />;
  if (!trail) return <Loading />;
  // an update that touched only bookkeeping columns (a modification time) tells a person nothing
  const rows = trail.nodes.filter((row) => row.action !== 'update' || text.changes(row).length > 0);
  if (!rows.length && !trail.hasNextPage) return <EmptyState title={t('audit.empty')} hint={t('audit.emptyHint')} />;
  return (
    <Stack gap="sm" data-testid={props.testId}>
      {rows.map((row) => (
        <Paper key={row.id} withBorder p="sm" radius="md" data-testid="history-entry" data-entity={row.entityType}>
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <Group gap="xs" wrap="wrap">
              <IconHistory size={16} aria-hidden />
              <Text fw={600} size="sm" data-testid="history-object">
                {text.objectLabel(row)}
              </Text>
              <Badge variant="light" color={ACTION_COLORS[row.action] ?? 'gray'}>
                {t(`base.audit.actions.${row.action}`, { defaultValue: row.action })}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed" data-testid="history-who">
              {t('audit.byAt', { at: format.dateTime(row.at), who: row.userEmail ?? t('base.audit.system') })}
              {row.channel !== 'staff' && ` · ${t(`base.audit.channels.${row.channel}`, { defaultValue: row.channel })}`}
            </Text>
          </Group>
          <div style={{ marginTop: 6 }}>
            <AuditChanges row={row} />
          </div>
        </Paper>
      ))}
      {trail.hasNextPage && first < MAX && (
        <Group justify="center">
          <Button variant="default" size="xs" loading={props.fetching} onClick={() => props.onMore(Math.min(first + TRAIL_PAGE, MAX))} data-testid="history-more">
            {t('audit.older')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
