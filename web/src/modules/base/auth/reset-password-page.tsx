import { useState } from 'react';
import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { z } from 'zod';
import { passwordSchema, PASSWORD_MIN_LENGTH } from '@agency/shared';
import { AuthLayout } from './auth-layout';
import { ResetPasswordMutation } from '../mutations';
import { sharedResolver } from '../../../forms/validation';
import { applyServerErrors } from '../../../forms/server-errors';
import { fieldErrors } from '../../../graphql/errors';
import { errorText } from '../../../graphql/error-text';

const schema = z
  .object({ newPassword: passwordSchema, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], message: 'mismatch' });

/** The page of an e-mailed one-time link: password reset, or an invitation's first password (&invite=1). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const invite = params.get('invite') === '1';
  const [done, setDone] = useState(false);
  const [expired, setExpired] = useState(!token);
  const [message, setMessage] = useState<string | null>(null);
  const [state, reset] = useMutation(ResetPasswordMutation);
  const form = useForm({
    mode: 'controlled',
    initialValues: { newPassword: '', confirm: '' },
    validate: (values) => {
      const errors = sharedResolver(schema, t)(values);
      if (errors.confirm) errors.confirm = t('validation.passwordMismatch');
      return errors;
    },
  });

  const submit = form.onSubmit(async ({ newPassword }) => {
    setMessage(null);
    const result = await reset({ token, newPassword });
    if (result.error) {
      if (fieldErrors(result.error).some((f) => f.field === 'token')) setExpired(true);
      else if (!applyServerErrors(form, result.error, t, ['newPassword'])) setMessage(errorText(t, result.error));
      return;
    }
    setDone(true);
  });

  const title = invite ? t('reset.inviteTitle') : t('reset.title');
  if (expired) {
    return (
      <AuthLayout title={title}>
        <Stack>
          <Alert color="orange" icon={<IconAlertCircle />} role="alert" data-testid="link-expired">
            {t('reset.expired')}
          </Alert>
          <Button component={Link} to="/forgot-password" variant="light">
            {t('reset.requestNew')}
          </Button>
        </Stack>
      </AuthLayout>
    );
  }
  if (done) {
    return (
      <AuthLayout title={title}>
        <Stack>
          <Alert color="teal" icon={<IconCircleCheck />} role="status" data-testid="password-set">
            {t('reset.done')}
          </Alert>
          <Button component={Link} to="/sign-in">
            {t('reset.toSignIn')}
          </Button>
        </Stack>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={title} subtitle={invite ? t('reset.inviteSubtitle') : t('reset.subtitle', { min: PASSWORD_MIN_LENGTH })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {message && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {message}
            </Alert>
          )}
          <PasswordInput label={t('fields.newPassword')} description={t('password.rules', { min: PASSWORD_MIN_LENGTH })} autoComplete="new-password" required autoFocus data-testid="new-password" {...form.getInputProps('newPassword')} />
          <PasswordInput label={t('fields.confirmPassword')} autoComplete="new-password" required data-testid="confirm-password" {...form.getInputProps('confirm')} />
          <Button type="submit" loading={state.fetching} fullWidth data-testid="reset-submit">
            {t('reset.submit')}
          </Button>
          <Anchor component={Link} to="/sign-in" size="sm" ta="center">
            {t('forgot.backToSignIn')}
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
