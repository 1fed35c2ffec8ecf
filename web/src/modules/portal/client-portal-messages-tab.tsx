import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { ClientTabProps } from '../clients/panel-tabs';
import { EmptyState, Loading, QueryError } from '../../components/query-state';
import { useErrorText } from '../../graphql/error-text';
import { fieldErrors } from '../../graphql/errors';
import { useFormat } from '../../i18n/format';
import { useSession } from '../../session/session-context';
import { ClientPortalThreadsQuery, ReplyPortalThreadMutation } from './queries';
import { NewThreadForm } from './client-portal-new-thread';

/**
 * The client panel's "Portal messages" tab (PO-6): the client's threads with the agency, each with its
 * messages (who wrote, when) and whether the agency has answered the last one; staff with portal:edit
 * answer here or start a new thread, and the client reads them on the portal; staff with portal:view only read.
 */
export function ClientPortalMessagesTab({ clientId }: ClientTabProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const [{ data, error }, refetch] = useQuery({ query: ClientPortalThreadsQuery, variables: { clientId }, requestPolicy: 'network-only' });
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const canReply = session.can('portal', 'edit');
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Stack data-testid="client-portal-threads">
      {canReply && <NewThreadForm clientId={clientId} onSent={refresh} />}
      {!data.clientPortalThreads.length && <EmptyState title={t('portalMessages.staff.empty')} />}
      {data.clientPortalThreads.map((thread) => {
        // waiting (the client wrote last), answered (staff answered the client), or sent (staff wrote, the client has not replied)
        const state = thread.messages.at(-1)?.author !== 'staff' ? 'waiting' : thread.messages.some((m) => m.author !== 'staff') ? 'answered' : 'sent';
        return (
          <Paper key={thread.id} withBorder p="md" data-testid="client-portal-thread">
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h5">
                {thread.subject}
              </Title>
              <Badge variant="light" color={{ waiting: 'orange', answered: 'teal', sent: 'blue' }[state]} data-testid="client-portal-thread-state" data-state={state}>
                {t(`portalMessages.staff.${state}`)}
              </Badge>
            </Group>
            <Stack gap="xs">
              {thread.messages.map((m) => (
                <Paper key={m.id} p="xs" bg={m.author === 'staff' ? 'blue.0' : 'gray.0'} data-testid="client-portal-message">
                  <Text size="xs" c="dimmed" data-testid="client-portal-message-meta">
                    {t(m.author === 'staff' ? 'portalMessages.staff.byAgency' : 'portalMessages.staff.byClient', { name: m.authorName, date: format.dateTime(m.createdAt) })}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="client-portal-message-body">
                    {m.body}
                  </Text>
                </Paper>
              ))}
            </Stack>
            {canReply && <ReplyForm threadId={thread.id} onSent={refresh} />}
          </Paper>
        );
      })}
    </Stack>
  );
}

function ReplyForm({ threadId, onSent }: { threadId: string; onSent(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [{ fetching }, reply] = useMutation(ReplyPortalThreadMutation);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const r = await reply({ threadId, body });
    if (r.error) {
      const field = fieldErrors(r.error).find((f) => f.field === 'body');
      setError(field ? t([`portalMessages.reason.${field.reason}`, 'portalMessages.reason.invalid']) : errorText(r.error));
      return;
    }
    setError(null);
    setBody('');
    onSent();
  }

  return (
    <form onSubmit={submit} noValidate data-testid="client-portal-reply-form">
      <Stack gap="xs" mt="sm">
        <Textarea label={t('portalMessages.staff.reply')} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={error} autosize minRows={2} data-testid="client-portal-reply-body" />
        <Group>
          <Button type="submit" size="xs" loading={fetching} data-testid="client-portal-reply-send">
            {t('portalMessages.staff.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
