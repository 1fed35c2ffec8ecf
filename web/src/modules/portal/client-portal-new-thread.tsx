import { useState } from 'react';
import { Button, Group, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useErrorText } from '../../graphql/error-text';
import { fieldErrors } from '../../graphql/errors';
import { StartClientPortalThreadMutation } from './queries';

/** Staff with portal:edit start a thread with the client (subject and first message); the client reads it on the portal. */
export function NewThreadForm({ clientId, onSent }: { clientId: string; onSent(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [{ fetching }, start] = useMutation(StartClientPortalThreadMutation);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<{ subject?: string; body?: string; other?: string }>({});

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const r = await start({ clientId, subject, body });
    if (r.error) {
      const fields = fieldErrors(r.error);
      const reason = (field: string) => {
        const f = fields.find((x) => x.field === field);
        return f ? t([`portalMessages.reason.${f.reason}`, 'portalMessages.reason.invalid']) : undefined;
      };
      setErrors(fields.length ? { subject: reason('subject'), body: reason('body') } : { other: errorText(r.error) });
      return;
    }
    setErrors({});
    setSubject('');
    setBody('');
    onSent();
  }

  return (
    <Paper withBorder p="md" data-testid="client-portal-new-thread">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('portalMessages.staff.newThread')}
          </Title>
          <TextInput label={t('portalMessages.staff.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} error={errors.subject} maxLength={200} data-testid="client-portal-new-subject" />
          <Textarea label={t('portalMessages.staff.message')} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={errors.body ?? errors.other} autosize minRows={2} data-testid="client-portal-new-body" />
          <Group>
            <Button type="submit" size="xs" loading={fetching} data-testid="client-portal-new-send">
              {t('portalMessages.staff.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
