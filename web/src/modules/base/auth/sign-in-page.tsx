import { useState } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { z } from 'zod';
import { emailSchema, LOGIN_LOCK } from '@agency/shared';
import { AuthLayout } from './auth-layout';
import { SecondFactorForm } from './second-factor-form';
import { LoginMutation } from '../mutations';
import { sharedResolver } from '../../../forms/validation';
import { applyServerErrors } from '../../../forms/server-errors';
import { errorCode, retryAfterSeconds } from '../../../graphql/errors';
import { errorText } from '../../../graphql/error-text';
import { useClientControl } from '../../../graphql/client-host';

const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, 'Required') });

/** Password first; the second factor when the account has one. */
export function SignInPage() {
  const { t } = useTranslation();
  const { resetClient } = useClientControl();
  const [step, setStep] = useState<'password' | 'second-factor'>('password');
  const [notice, setNotice] = useState<string | null>(null);
  const [login, runLogin] = useMutation(LoginMutation);
  const [message, setMessage] = useState<string | null>(null);
  const [lockHint, setLockHint] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', password: '' },
    // Validated on submit only: a check on blur would move the links under the pointer.
    validate: sharedResolver(signInSchema, t),
  });

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    setNotice(null);
    setLockHint(false);
    const result = await runLogin({ input: { email: values.email.trim(), password: values.password } });
    if (result.error) {
      const code = errorCode(result.error);
      if (applyServerErrors(form, result.error, t, ['email', 'password'])) return;
      // A wrong password, an unknown address and a locked account get one answer (the server tells
      // them not apart); a locked-out person learns it by e-mail. RATE_LIMITED is the per-network limit.
      if (code === 'UNAUTHENTICATED') {
        setMessage(t('signIn.wrongPassword'));
        setLockHint(true);
      } else if (code === 'RATE_LIMITED') {
        const seconds = retryAfterSeconds(result.error) ?? LOGIN_LOCK.minutes * 60;
        setMessage(t('security.tooManyAttempts', { minutes: Math.max(1, Math.ceil(seconds / 60)) }));
      } else setMessage(errorText(t, result.error));
      form.setFieldValue('password', '');
      return;
    }
    if (result.data?.login.status === 'SECOND_FACTOR_REQUIRED') setStep('second-factor');
    else resetClient();
  });

  if (step === 'second-factor') {
    return (
      <AuthLayout title={t('signIn.secondFactorTitle')} subtitle={t('signIn.secondFactorSubtitle')}>
        <SecondFactorForm
          onSignedIn={resetClient}
          onRestart={(why) => {
            setStep('password');
            setNotice(why);
          }}
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={t('signIn.title')} subtitle={t('signIn.subtitle')}>
      <form onSubmit={submit} noValidate aria-label={t('signIn.title')} data-testid="sign-in-form">
        <Stack>
          {notice && (
            <Alert color="blue" role="status">
              {notice}
            </Alert>
          )}
          {message && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert" data-testid="sign-in-error">
              {message}
            </Alert>
          )}
          {lockHint && (
            <Text size="sm" c="dimmed" data-testid="sign-in-lock-hint">
              {t('security.wrongPasswordHint', { attempts: LOGIN_LOCK.attempts, minutes: LOGIN_LOCK.minutes })}
            </Text>
          )}
          <TextInput label={t('fields.email')} type="email" autoComplete="username" required autoFocus data-testid="email" {...form.getInputProps('email')} />
          <PasswordInput label={t('fields.password')} autoComplete="current-password" required data-testid="password" {...form.getInputProps('password')} />
          <Button type="submit" loading={login.fetching} leftSection={<IconLock size={16} />} fullWidth data-testid="sign-in-submit">
            {t('signIn.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm" ta="center" data-testid="forgot-link">
            {t('signIn.forgot')}
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
