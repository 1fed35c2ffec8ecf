import { useState } from 'react';
import { Anchor, Button, Card, Group, Loader, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { graphql } from '../gql';
import { useFormat } from '../../i18n/format';
import { PortalMeQuery } from '../portal-shell';

const Threads = graphql(`
  query PortalMessagesPage {
    portalHome {
      clients {
        id
        displayName
      }
    }
    portalThreads {
      id
      clientId
      subject
      lastMessageAt
      messages {
        id
        author
        authorName
        body
        createdAt
      }
    }
  }
`);

const StartThread = graphql(`
  mutation PortalStartThreadPage($input: PortalStartThreadInput!) {
    portalStartThread(input: $input) {
      id
    }
  }
`);

const PostMessage = graphql(`
  mutation PortalPostMessagePage($threadId: ID!, $body: String!) {
    portalPostMessage(threadId: $threadId, body: $body) {
      id
    }
  }
`);

/** The refused fields of an answer, each with its text in the user's language. */
function useFieldMessages() {
  const { t } = useTranslation();
  return (error: CombinedError | undefined): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const e of error?.graphQLErrors ?? []) {
      const fields = (e.extensions?.fields ?? []) as Array<{ field: string; reason: string }>;
      for (const f of fields) out[f.field.replace(/^input\./, '')] ??= t([`portalMessages.reason.${f.reason}`, 'portalMessages.reason.invalid']);
    }
    if (error && !Object.keys(out).length) out.form = t('portalMessages.portal.failed');
    return out;
  };
}

/** Messages with the agency (PO-6): a thread per case; the client starts one, writes in it and reads the agency's answers. */
export function MessagesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({ query: Threads, requestPolicy: 'cache-and-network' });
  const [{ data: me }] = useQuery({ query: PortalMeQuery });
  if (error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return <Navigate to="/sign-in" replace />;
  if (fetching && !data) return <Loader />;
  if (!data) return null;
  const readOnly = me?.portalMe?.readOnly ?? false;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const clientName = (id: string) => data.portalHome.clients.find((c) => c.id === id)?.displayName ?? '';
  return (
    <Stack data-testid="portal-messages">
      <Anchor component={Link} to="/home" size="sm">
        {t('portal2.back')}
      </Anchor>
      <Title order={2}>{t('portalMessages.portal.title')}</Title>
      {!readOnly && data.portalHome.clients.length > 0 && <NewThreadForm clients={data.portalHome.clients} onSent={reload} />}
      {!data.portalThreads.length && <Text c="dimmed">{t('portalMessages.portal.none')}</Text>}
      {data.portalThreads.map((thread) => (
        <Card key={thread.id} withBorder padding="sm" data-testid="portal-thread">
          <Text fw={600}>{thread.subject}</Text>
          {data.portalHome.clients.length > 1 && (
            <Text size="xs" c="dimmed">
              {clientName(thread.clientId)}
            </Text>
          )}
          <Stack gap="xs" mt="xs">
            {thread.messages.map((m) => (
              <Paper key={m.id} p="xs" bg={m.author === 'staff' ? 'blue.0' : 'gray.0'} data-testid={m.author === 'staff' ? 'portal-message-agency' : 'portal-message-mine'}>
                <Text size="xs" c="dimmed">
                  {t(m.author === 'staff' ? 'portalMessages.portal.byAgency' : 'portalMessages.portal.byYou', { name: m.authorName, date: format.dateTime(m.createdAt) })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="portal-message-body">
                  {m.body}
                </Text>
              </Paper>
            ))}
          </Stack>
          {!readOnly && <PostForm threadId={thread.id} onSent={reload} />}
        </Card>
      ))}
    </Stack>
  );
}

function NewThreadForm({ clients, onSent }: { clients: Array<{ id: string; displayName: string }>; onSent(): void }) {
  const { t } = useTranslation();
  const messages = useFieldMessages();
  const [{ fetching }, start] = useMutation(StartThread);
  const [v, setV] = useState({ clientId: clients[0].id, subject: '', body: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const r = await start({ input: v });
    if (r.error) return setErrors(messages(r.error));
    setErrors({});
    setV({ ...v, subject: '', body: '' });
    onSent();
  }

  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate data-testid="portal-new-thread">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('portalMessages.portal.new')}
        </Title>
        {clients.length > 1 && (
          <NativeSelect label={t('portalMessages.portal.client')} value={v.clientId} onChange={(e) => setV({ ...v, clientId: e.currentTarget.value })} data={clients.map((c) => ({ value: c.id, label: c.displayName }))} error={errors.clientId} />
        )}
        <TextInput label={t('portalMessages.portal.subject')} value={v.subject} onChange={(e) => setV({ ...v, subject: e.currentTarget.value })} error={errors.subject} data-testid="portal-thread-subject" />
        <Textarea label={t('portalMessages.portal.body')} value={v.body} onChange={(e) => setV({ ...v, body: e.currentTarget.value })} error={errors.body} autosize minRows={3} data-testid="portal-thread-body" />
        {errors.form && (
          <Text c="red" size="sm" role="alert">
            {errors.form}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={fetching} data-testid="portal-thread-send">
            {t('portalMessages.portal.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function PostForm({ threadId, onSent }: { threadId: string; onSent(): void }) {
  const { t } = useTranslation();
  const messages = useFieldMessages();
  const [{ fetching }, post] = useMutation(PostMessage);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const r = await post({ threadId, body });
    if (r.error) return setErrors(messages(r.error));
    setErrors({});
    setBody('');
    onSent();
  }

  return (
    <form onSubmit={submit} noValidate data-testid="portal-thread-reply">
      <Group align="end" gap="xs" mt="xs" wrap="nowrap">
        <Textarea style={{ flex: 1 }} aria-label={t('portalMessages.portal.reply')} placeholder={t('portalMessages.portal.reply')} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={errors.body ?? errors.form} autosize minRows={1} data-testid="portal-thread-reply-body" />
        <Button type="submit" size="sm" loading={fetching} data-testid="portal-thread-reply-send">
          {t('portalMessages.portal.send')}
        </Button>
      </Group>
    </form>
  );
}
