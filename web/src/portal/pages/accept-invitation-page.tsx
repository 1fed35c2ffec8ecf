import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useErrorText } from '../../graphql/error-text';
import { applyServerErrors } from '../../forms/server-errors';
import { graphql } from '../gql';

const Accept = graphql(`
  mutation PortalAcceptInvitation($input: PortalAcceptInvitationInput!) {
    portalAcceptInvitation(input: $input) {
      status
    }
  }
`);

/** An invitation to a grant: a new address chooses its name and password; a known one is linked. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const [state, accept] = useMutation(Accept);
  const form = useForm({ initialValues: { displayName: '', password: '' } });
  const submit = form.onSubmit(async (v) => {
    const r = await accept({ input: { token: params.get('token') ?? '', displayName: v.displayName, password: v.password } });
    if (r.error) applyServerErrors(form, r.error, t, ['displayName', 'password']);
    else if (r.data?.portalAcceptInvitation.status === 'SIGNED_IN') window.location.assign('/portal/home');
  });
  if (state.data?.portalAcceptInvitation.status === 'LINKED') {
    return <Alert color="green">{t('portal.invitation.linked')}</Alert>;
  }
  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={submit}>
        <Stack>
          <Title order={2}>{t('portal.invitation.title')}</Title>
          <Text size="sm">{t('portal.invitation.intro')}</Text>
          {state.error && <Alert color="red">{errorText(state.error)}</Alert>}
          <TextInput label={t('fields.displayName')} required data-testid="portal-invite-name" {...form.getInputProps('displayName')} />
          <PasswordInput label={t('fields.password')} description={t('password.rules', { min: 12 })} autoComplete="new-password" required data-testid="portal-invite-password" {...form.getInputProps('password')} />
          <Button type="submit" loading={state.fetching} fullWidth data-testid="portal-invite-submit">
            {t('portal.invitation.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
