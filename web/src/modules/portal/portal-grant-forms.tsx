import { useState } from 'react';
import { Button, CloseButton, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { FormError } from '../../components/query-state';
import { useErrorText } from '../../graphql/error-text';
import { fieldErrors } from '../../graphql/errors';
import { ClientPicker, type PickedClient } from '../clients/common/client-picker';

const CreateGrantMutation = graphql(`
  mutation CreatePortalGrant($input: PortalGrantInput!) {
    createPortalGrant(input: $input) {
      id
    }
  }
`);

const AddGrantUserMutation = graphql(`
  mutation AddPortalGrantUser($grantId: ID!, $email: String!) {
    addPortalGrantUser(grantId: $grantId, email: $email) {
      id
    }
  }
`);

const ResendInvitationMutation = graphql(`
  mutation ResendPortalInvitation($grantUserId: ID!) {
    resendPortalInvitation(grantUserId: $grantUserId) {
      id
      invitedAt
    }
  }
`);

const RemoveGrantUserMutation = graphql(`
  mutation RemovePortalGrantUser($grantUserId: ID!) {
    removePortalGrantUser(grantUserId: $grantUserId)
  }
`);

/** The errors of a refused form, by field (first one each), in the user's language where the reason has a text. */
function useFieldMessages() {
  const { t } = useTranslation();
  return (error: Parameters<typeof fieldErrors>[0]): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const f of fieldErrors(error)) {
      const field = f.field.replace(/^input\./, '');
      out[field] ??= t([`portalGrants.reason.${field}_${f.reason}`, `portalGrants.reason.${f.reason}`], { defaultValue: f.message });
    }
    return out;
  };
}

/** A new access grant: its name and the clients whose data and contracts its users will see. Needs portal:create. */
export function NewGrantForm({ onCreated }: { onCreated(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const messages = useFieldMessages();
  const [{ fetching }, create] = useMutation(CreateGrantMutation);
  const [name, setName] = useState('');
  const [clients, setClients] = useState<PickedClient[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const r = await create({ input: { name, clientIds: clients.map((c) => c.id) } });
    if (r.error) {
      const f = messages(r.error);
      setErrors(f);
      if (!Object.keys(f).length) setMessage(errorText(r.error));
      return;
    }
    setErrors({});
    setName('');
    setClients([]);
    onCreated();
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} data-testid="portal-new-grant">
      <Title order={2} size="h5" mb="sm">
        {t('portalGrants.new')}
      </Title>
      <FormError message={message} onClose={() => setMessage(null)} />
      <Stack gap="sm">
        <TextInput label={t('portalGrants.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} withAsterisk data-testid="portal-grant-name" />
        <ClientPicker
          label={t('portalGrants.addClient')}
          value={null}
          onChange={(c) => c && !clients.some((x) => x.id === c.id) && setClients([...clients, c])}
          error={errors.clientIds}
          testId="portal-grant-client"
        />
        {clients.length > 0 && (
          <Group gap="xs" data-testid="portal-grant-clients">
            {clients.map((c) => (
              <Group key={c.id} gap={2} wrap="nowrap">
                <Text size="sm">{c.displayName}</Text>
                <CloseButton size="sm" aria-label={t('portalGrants.removeClient', { name: c.displayName })} onClick={() => setClients(clients.filter((x) => x.id !== c.id))} />
              </Group>
            ))}
          </Group>
        )}
        <Group>
          <Button type="submit" loading={fetching} data-testid="portal-grant-create">
            {t('portalGrants.create')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Invites a person by e-mail to a grant (the invitation is e-mailed through the outbox). Needs portal:edit. */
export function InviteUserForm({ grantId, onChanged }: { grantId: string; onChanged(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const messages = useFieldMessages();
  const [{ fetching }, add] = useMutation(AddGrantUserMutation);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const r = await add({ grantId, email });
    if (r.error) {
      setError(messages(r.error).email ?? errorText(r.error));
      return;
    }
    setError(null);
    setEmail('');
    notifications.show({ color: 'teal', message: t('portalGrants.invited', { email }) });
    onChanged();
  }

  return (
    <form onSubmit={submit} noValidate data-testid="portal-invite-form">
      <Group align="start" gap="xs">
      <TextInput type="email" size="xs" placeholder={t('portalGrants.email')} aria-label={t('portalGrants.email')} value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={error} data-testid="portal-invite-email" />
      <Button type="submit" size="xs" loading={fetching} data-testid="portal-invite-send">
          {t('portalGrants.invite')}
        </Button>
      </Group>
    </form>
  );
}

/** A grant user's actions: re-send a waiting invitation, remove the user from the grant. Needs portal:edit. */
export function GrantUserActions({ user, onChanged }: { user: { id: string; email: string; linked: boolean }; onChanged(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [resendState, resend] = useMutation(ResendInvitationMutation);
  const [removeState, remove] = useMutation(RemoveGrantUserMutation);

  async function run(action: () => Promise<{ error?: Parameters<typeof errorText>[0] }>, done: string) {
    const r = await action();
    if (r.error) notifications.show({ color: 'red', message: errorText(r.error) });
    else {
      notifications.show({ color: 'teal', message: done });
      onChanged();
    }
  }

  return (
    <Group gap="xs">
      {!user.linked && (
        <Button size="xs" variant="subtle" loading={resendState.fetching} onClick={() => void run(() => resend({ grantUserId: user.id }), t('portalGrants.resent', { email: user.email }))} data-testid="portal-resend-invitation">
          {t('portalGrants.resend')}
        </Button>
      )}
      <Button size="xs" variant="subtle" color="red" loading={removeState.fetching} onClick={() => void run(() => remove({ grantUserId: user.id }), t('portalGrants.removed', { email: user.email }))} data-testid="portal-remove-user">
        {t('portalGrants.remove')}
      </Button>
    </Group>
  );
}
