import { Badge, Code, Drawer, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';
import { AuditSubjectLink } from './audit-subject';
import { useAuditText } from './audit-text';

export type AuditRow = AuditEventsQuery['auditEvents']['nodes'][number];

/** One audit event: who, when, via which channel, which record, and the values before → after. */
export function AuditEventDrawer({ event, onClose }: { event: AuditRow | null; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useAuditText();
  const changes = event ? text.changes(event) : [];
  return (
    <Drawer closeButtonProps={{ 'aria-label': t('common.close') }} opened={!!event} onClose={onClose} position="right" size="lg" title={event ? t('base.audit.eventTitle', { seq: event.seq }) : ''}>
      {event && (
        <Stack>
          <Group gap="xs">
            <Badge variant="light">{t(`base.audit.actions.${event.action}`, { defaultValue: event.action })}</Badge>
            <Badge variant="outline">{text.objectLabel(event)}</Badge>
            <Badge variant="light" color="gray">
              {t(`base.audit.channels.${event.channel}`, { defaultValue: event.channel })}
            </Badge>
          </Group>
          <Text size="sm">
            {format.dateTime(event.at)} · {event.userEmail ?? t('base.audit.system')} {event.roleName ? `(${event.roleName})` : ''}
          </Text>
          {event.subject && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('audit.subject')}:
              </Text>
              <AuditSubjectLink subject={event.subject} />
            </Group>
          )}
          <ScrollArea>
            <Table withTableBorder withColumnBorders fz="sm" aria-label={t('base.audit.changes')} data-testid="audit-changes-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('base.audit.field')}</Table.Th>
                  <Table.Th>{t('base.audit.before')}</Table.Th>
                  <Table.Th>{t('base.audit.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map((c) => (
                  <Table.Tr key={c.field}>
                    <Table.Td fw={600}>{c.label}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{c.before}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-word' }}>{c.after}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {t('base.audit.entityId')}: <Code>{event.entityId ?? '—'}</Code> · {t('base.audit.hash')}: <Code>{event.hash}</Code>
          </Text>
        </Stack>
      )}
    </Drawer>
  );
}
