import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

import { EmptyState, Loading, QueryError } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';
import { PolicyAuditTrailQuery } from '../queries';
import { AuditChanges } from '../../base/audit/audit-changes';
import { useAuditText } from '../../base/audit/audit-text';

const PAGE = 50;
const ACTION_COLORS: Record<string, string> = { create: 'teal', update: 'blue', delete: 'red' };

/**
 * The History of a policy (BASE-7): who changed what on the policy, its schedule and documents,
 * when, before → after, in the user's language. Read with `policies:view` (policyAuditTrail).
 */
export function PolicyHistory({ policyId }: { policyId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useAuditText();
  const [first, setFirst] = useState(PAGE);
  const [{ data, fetching, error }, refetch] = useQuery({ query: PolicyAuditTrailQuery, variables: { policyId, first }, requestPolicy: 'cache-and-network' });
  const trail = data?.policyAuditTrail;
  if (error && !trail) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!trail) return <Loading />;
  // an update that touched only bookkeeping columns (the card's modification time) tells a person nothing
  const rows = trail.nodes.filter((row) => row.action !== 'update' || text.changes(row).length > 0);
  if (!rows.length && !trail.hasNextPage) return <EmptyState title={t('audit.empty')} hint={t('audit.emptyHint')} />;
  return (
    <Stack gap="sm" data-testid="policy-history">
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
      {trail.hasNextPage && first < 500 && (
        <Group justify="center">
          <Button variant="default" size="xs" loading={fetching} onClick={() => setFirst((n) => Math.min(n + PAGE, 500))} data-testid="history-more">
            {t('audit.older')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
