import { Badge, Code, Drawer, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';

export type AuditRow = AuditEventsQuery['auditEvents']['nodes'][number];

const asRecord = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** One audit event: who, when, via which channel, and the values before and after. */
export function AuditEventDrawer({ event, onClose }: { event: AuditRow | null; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const before = asRecord(event?.before);
  const after = asRecord(event?.after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return (
    <Drawer closeButtonProps={{ 'aria-label': t('common.close') }} opened={!!event} onClose={onClose} position="right" size="lg" title={event ? t('base.audit.eventTitle', { seq: event.seq }) : ''}>
      {event && (
        <Stack>
          <Group gap="xs">
            <Badge variant="light">{t(`base.audit.actions.${event.action}`, { defaultValue: event.action })}</Badge>
            <Badge variant="outline">{event.entityType}</Badge>
            <Badge variant="light" color="gray">
              {t(`base.audit.channels.${event.channel}`, { defaultValue: event.channel })}
            </Badge>
          </Group>
          <Text size="sm">
            {format.dateTime(event.at)} · {event.userEmail ?? t('base.audit.system')} {event.roleName ? `(${event.roleName})` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {t('base.audit.entityId')}: <Code>{event.entityId ?? '—'}</Code>
          </Text>
          <ScrollArea>
            <Table withTableBorder withColumnBorders fz="xs" aria-label={t('base.audit.changes')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('base.audit.field')}</Table.Th>
                  <Table.Th>{t('base.audit.before')}</Table.Th>
                  <Table.Th>{t('base.audit.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.map((k) => {
                  const changed = show(before[k]) !== show(after[k]);
                  return (
                    <Table.Tr key={k} bg={changed ? 'yellow.0' : undefined}>
                      <Table.Td fw={changed ? 600 : undefined}>{k}</Table.Td>
                      <Table.Td className="mono" style={{ wordBreak: 'break-all' }}>{show(before[k])}</Table.Td>
                      <Table.Td className="mono" style={{ wordBreak: 'break-all' }}>{show(after[k])}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {t('base.audit.hash')}: <Code>{event.hash}</Code>
          </Text>
        </Stack>
      )}
    </Drawer>
  );
}
