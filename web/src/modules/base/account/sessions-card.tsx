import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDevices } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { MySessionsQuery } from '../queries';
import { RevokeSessionMutation } from '../mutations';
import { Loading, QueryError } from '../../../components/query-state';
import { SignOutEverywhereDialog } from '../../../layout/sign-out-everywhere-dialog';
import { useFormat } from '../../../i18n/format';
import { useErrorText } from '../../../graphql/error-text';

const SESSION_CONTEXT = { additionalTypenames: ['Session'] };

/** A readable device name from a user agent. */
function device(userAgent: string | null | undefined): string {
  if (!userAgent) return '—';
  const browser = /Edg\//.test(userAgent) ? 'Edge' : /Firefox\//.test(userAgent) ? 'Firefox' : /Chrom(e|ium)\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : '';
  const os = /Windows/.test(userAgent) ? 'Windows' : /Mac OS X/.test(userAgent) ? 'macOS' : /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Linux/.test(userAgent) ? 'Linux' : '';
  return [browser, os].filter(Boolean).join(' · ') || userAgent.slice(0, 40);
}

/** The user's active sessions: end one, or all of them. */
export function SessionsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useErrorText();
  const [{ data, error }, refetch] = useQuery({ query: MySessionsQuery, context: SESSION_CONTEXT, requestPolicy: 'network-only' });
  const [, revoke] = useMutation(RevokeSessionMutation);
  const [confirm, setConfirm] = useState(false);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="sessions-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="sessions-title">
          {t('account.sessionsTitle')}
        </Title>
        <Button variant="light" color="red" leftSection={<IconDevices size={16} />} onClick={() => setConfirm(true)}>
          {t('userMenu.signOutEverywhere')}
        </Button>
      </Group>
      {error && <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {!data && !error ? (
        <Loading />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('account.sessionsTitle')} verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('account.device')}</Table.Th>
                <Table.Th>{t('account.ip')}</Table.Th>
                <Table.Th>{t('account.signedInAt')}</Table.Th>
                <Table.Th>{t('account.lastSeen')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data?.mySessions ?? []).map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Text size="sm">{device(s.userAgent)}</Text>
                    <Text size="xs" c="dimmed">
                      {s.kind === 'bearer' ? t('account.apiToken') : t('account.browser')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{s.ip ?? '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.dateTime(s.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.dateTime(s.lastSeenAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {s.current ? (
                      <Badge variant="light" color="teal">
                        {t('account.thisDevice')}
                      </Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={async () => {
                          const result = await revoke({ id: s.id }, SESSION_CONTEXT);
                          if (result.error) notifications.show({ color: 'red', message: errorText(result.error) });
                          else notifications.show({ color: 'teal', message: t('account.sessionEnded') });
                        }}
                      >
                        {t('account.endSession')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Stack />
      <SignOutEverywhereDialog opened={confirm} onClose={() => setConfirm(false)} />
    </Paper>
  );
}
