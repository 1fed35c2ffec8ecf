import { Alert, Anchor, Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useErrorText } from '../../graphql/error-text';
import { graphql } from '../gql';

const SignIn = graphql(`
  mutation PortalSignIn($input: PortalSignInInput!) {
    portalSignIn(input: $input) {
      status
    }
  }
`);

const SecondFactor = graphql(`
  mutation PortalVerifySecondFactor($code: String!) {
    portalVerifySecondFactor(code: $code) {
      status
    }
  }
`);

/** The second step when the account has two-step sign-in on: a code from the authenticator app. */
function SecondFactorStep() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [state, verify] = useMutation(SecondFactor);
  const form = useForm({ initialValues: { code: '' } });
  const submit = form.onSubmit(async ({ code }) => {
    const r = await verify({ code: code.trim() });
    if (!r.error) window.location.assign('/portal/home');
  });
  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={submit}>
        <Stack>
          <Title order={2}>{t('portal3.security.totpTitle')}</Title>
          {state.error && (
            <Alert color="red" data-testid="portal-sign-in-error">
              {errorText(state.error)}
            </Alert>
          )}
          <TextInput label={t('portal3.security.codeToSignIn')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required data-testid="portal-second-factor-code" {...form.getInputProps('code')} />
          <Button type="submit" loading={state.fetching} fullWidth data-testid="portal-second-factor-submit">
            {t('portal.signIn.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** Sign-in on the agency's portal: its company code comes with the address (`?company=`) or is typed. */
export function SignInPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const [state, signIn] = useMutation(SignIn);
  const [secondFactor, setSecondFactor] = useState(false);
  const form = useForm({ initialValues: { company: params.get('company') ?? '', email: '', password: '' } });
  const submit = form.onSubmit(async (values) => {
    const r = await signIn({ input: { ...values, bearer: false } });
    if (r.error) return;
    if (r.data?.portalSignIn.status === 'SECOND_FACTOR_REQUIRED') setSecondFactor(true);
    else window.location.assign('/portal/home');
  });
  if (secondFactor) return <SecondFactorStep />;
  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={submit}>
        <Stack>
          <Title order={2}>{t('portal.signIn.title')}</Title>
          {state.error && (
            <Alert color="red" data-testid="portal-sign-in-error">
              {errorText(state.error)}
            </Alert>
          )}
          <TextInput label={t('portal.fields.company')} required data-testid="portal-company-code" {...form.getInputProps('company')} />
          <TextInput label={t('fields.email')} type="email" autoComplete="username" required data-testid="portal-email" {...form.getInputProps('email')} />
          <PasswordInput label={t('fields.password')} autoComplete="current-password" required data-testid="portal-password" {...form.getInputProps('password')} />
          <Button type="submit" loading={state.fetching} fullWidth data-testid="portal-sign-in-submit">
            {t('portal.signIn.submit')}
          </Button>
          <Anchor component={Link} to={`/register${form.values.company ? `?company=${encodeURIComponent(form.values.company)}` : ''}`}>
            {t('portal.signIn.register')}
          </Anchor>
        </Stack>
      </form>
    </Paper>
  );
}
