import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { fieldErrors } from '../../graphql/errors';
import { useErrorText } from '../../graphql/error-text';
import { graphql } from '../gql';

const Verify = graphql(`
  mutation PortalVerifyEmail($token: String!, $password: String!) {
    portalVerifyEmail(token: $token, password: $password) {
      status
    }
  }
`);

/**
 * The link from the verification e-mail: the address is confirmed (once) with the password chosen at
 * registration, then the person is signed in. Opening the link alone confirms nothing — whoever
 * receives the mail without having registered cannot confirm someone else's account.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const [state, verify] = useMutation(Verify);
  const form = useForm({ initialValues: { password: '' } });
  const submit = form.onSubmit(async (v) => {
    const r = await verify({ token: params.get('token') ?? '', password: v.password });
    if (!r.error) {
      window.location.assign('/portal/home');
      return;
    }
    if (fieldErrors(r.error).some((f) => f.field === 'password')) form.setFieldError('password', t('portal.verify.wrongPassword'));
  });
  const wrongPassword = fieldErrors(state.error).some((f) => f.field === 'password');
  return (
    <Stack>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit}>
          <Stack>
            <Title order={2}>{t('portal.verify.title')}</Title>
            <Text size="sm">{t('portal.verify.intro')}</Text>
            {state.error && !wrongPassword && (
              <Alert color="red" title={t('portal.verify.failed')}>
                {errorText(state.error)}
              </Alert>
            )}
            <PasswordInput
              label={t('fields.password')}
              autoComplete="current-password"
              required
              data-testid="portal-verify-password"
              errorProps={{ 'data-testid': 'portal-verify-password-error' }}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={state.fetching} fullWidth data-testid="portal-verify-submit">
              {t('portal.verify.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Anchor component={Link} to="/sign-in">
        {t('portal.signIn.title')}
      </Anchor>
    </Stack>
  );
}
