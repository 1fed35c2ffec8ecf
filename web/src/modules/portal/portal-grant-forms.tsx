import { useState } from 'react';
import { Button, Checkbox, CloseButton, Group, MultiSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { PolicyStatus, PortalGrantInput } from '../../gql/graphql';
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

const UpdateGrantMutation = graphql(`
  mutation UpdatePortalGrant($id: ID!, $input: PortalGrantInput!) {
    updatePortalGrant(id: $id, input: $input) {
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

/** What the grant form edits: its name, its clients and what it shares. */
export interface GrantFormValue {
  id: string;
  name: string;
  clients: PickedClient[];
  includeClaims: boolean;
  commercialView: boolean;
  shareMode: PortalGrantInput['shareMode'];
  shareStatuses: PolicyStatus[];
  shareLines?: PortalGrantInput['shareLines'];
  policyIds: string[];
}

/** The contract statuses a grant may share, in the order of the access-grants guide (PO-6). */
const STATUSES: PolicyStatus[] = ['REQUEST', 'OFFER', 'APPLICATION', 'POLICY', 'OWN', 'FOREIGN', 'FOREIGN_PART', 'BLOCKED', 'INFO', 'DORMANT', 'CANCELLED'];

const NEW_GRANT: Omit<GrantFormValue, 'id'> = { name: '', clients: [], includeClaims: false, commercialView: false, shareMode: null, shareStatuses: ['POLICY'], shareLines: null, policyIds: [] };

/**
 * An access grant's form: its name, the clients whose data and contracts its users will see, and what it
 * shares (claims, the commercial view, the contracts' statuses). Without `grant` it creates one (portal:create);
 * with `grant` it edits that grant (portal:edit) — what the form does not show (lines of business, picked
 * contracts) is kept as it is.
 */
export function GrantForm({ grant, onSaved, onCancel }: { grant?: GrantFormValue; onSaved(): void; onCancel?(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const messages = useFieldMessages();
  const [createState, create] = useMutation(CreateGrantMutation);
  const [updateState, update] = useMutation(UpdateGrantMutation);
  const [v, setV] = useState<Omit<GrantFormValue, 'id'>>(grant ?? NEW_GRANT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const testId = (name: string) => (grant ? `portal-grant-edit-${name}` : `portal-grant-${name}`);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const input: PortalGrantInput = {
      name: v.name,
      clientIds: v.clients.map((c) => c.id),
      includeClaims: v.includeClaims,
      commercialView: v.commercialView,
      shareMode: v.shareMode,
      shareStatuses: v.shareStatuses,
      shareLines: v.shareLines,
      policyIds: v.policyIds,
    };
    const r = grant ? await update({ id: grant.id, input }) : await create({ input });
    if (r.error) {
      const f = messages(r.error);
      setErrors(f);
      if (!Object.keys(f).length) setMessage(errorText(r.error));
      return;
    }
    setErrors({});
    if (!grant) setV(NEW_GRANT);
    if (grant) notifications.show({ color: 'teal', message: t('portalGrants.saved', { name: v.name.trim() }) });
    onSaved();
  }

  const byStatus = (v.shareMode ?? 'BY_STATUS') === 'BY_STATUS';
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate data-testid={grant ? 'portal-edit-grant' : 'portal-new-grant'}>
      <Title order={2} size="h5" mb="sm">
        {grant ? t('portalGrants.editTitle', { name: grant.name }) : t('portalGrants.new')}
      </Title>
      <FormError message={message} onClose={() => setMessage(null)} />
      <Stack gap="sm">
        <TextInput label={t('portalGrants.name')} value={v.name} onChange={(e) => setV({ ...v, name: e.currentTarget.value })} error={errors.name} withAsterisk data-testid={testId('name')} />
        <ClientPicker
          label={t('portalGrants.addClient')}
          value={null}
          onChange={(c) => c && !v.clients.some((x) => x.id === c.id) && setV({ ...v, clients: [...v.clients, c] })}
          error={errors.clientIds}
          testId={testId('client')}
        />
        {v.clients.length > 0 && (
          <Group gap="xs" data-testid={testId('clients')}>
            {v.clients.map((c) => (
              <Group key={c.id} gap={2} wrap="nowrap">
                <Text size="sm">{c.displayName}</Text>
                <CloseButton size="sm" aria-label={t('portalGrants.removeClient', { name: c.displayName })} onClick={() => setV({ ...v, clients: v.clients.filter((x) => x.id !== c.id) })} />
              </Group>
            ))}
          </Group>
        )}
        {byStatus && (
          <MultiSelect
            label={t('portalGrants.shareStatuses')}
            data={STATUSES.map((s) => ({ value: s, label: t(`policies.status.${s.toLowerCase()}`, { defaultValue: s }) }))}
            value={v.shareStatuses}
            onChange={(values) => setV({ ...v, shareStatuses: values as PolicyStatus[] })}
            error={errors.shareStatuses}
            data-testid={testId('statuses')}
          />
        )}
        <Checkbox label={t('portalGrants.includeClaims')} checked={v.includeClaims} onChange={(e) => setV({ ...v, includeClaims: e.currentTarget.checked })} data-testid={testId('claims')} />
        <Checkbox label={t('portalGrants.commercialView')} checked={v.commercialView} onChange={(e) => setV({ ...v, commercialView: e.currentTarget.checked })} data-testid={testId('commercial')} />
        <Group>
          <Button type="submit" loading={createState.fetching || updateState.fetching} data-testid={grant ? 'portal-grant-save' : 'portal-grant-create'}>
            {grant ? t('portalGrants.save') : t('portalGrants.create')}
          </Button>
          {onCancel && (
            <Button variant="subtle" onClick={onCancel} data-testid="portal-grant-cancel">
              {t('portalGrants.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** A new access grant (portal:create). */
export function NewGrantForm({ onCreated }: { onCreated(): void }) {
  return <GrantForm onSaved={onCreated} />;
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
