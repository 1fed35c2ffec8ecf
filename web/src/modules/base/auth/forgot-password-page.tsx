import { useState } from 'react';
import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconMailCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { z } from 'zod';
import { emailSchema } from '@agency/shared';
import { AuthLayout } from './auth-layout';
import { RequestPasswordResetMutation } from '../mutations';
import { sharedResolver } from '../../../forms/validation';
import { applyServerErrors } from '../../../forms/server-errors';
import { errorText } from '../../../graphql/error-text';

const schema = z.object({ email: emailSchema });

/** Asks for a reset link; the answer never tells whether the address is known. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [state, request] = useMutation(RequestPasswordResetMutation);
  const form = useForm({ mode: 'controlled', initialValues: { email: '' }, validate: sharedResolver(schema, t) });

  const submit = form.onSubmit(async ({ email }) => {
    setMessage(null);
    const result = await request({ email: email.trim() });
    if (result.error) {
      if (!applyServerErrors(form, result.error, t, ['email'])) setMessage(errorText(t, result.error));
      return;
    }
    setSentTo(email.trim());
  });

  return (
    <AuthLayout title={t('forgot.title')} subtitle={sentTo ? undefined : t('forgot.subtitle')}>
      {sentTo ? (
        <Stack>
          <Alert color="teal" icon={<IconMailCheck />} role="status" data-testid="reset-requested">
            {t('forgot.sent', { email: sentTo })}
          </Alert>
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('forgot.backToSignIn')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {message && (
              <Alert color="red" icon={<IconAlertCircle />} role="alert">
                {message}
              </Alert>
            )}
            <TextInput label={t('fields.email')} type="email" autoComplete="email" required autoFocus data-testid="forgot-email" {...form.getInputProps('email')} />
            <Button type="submit" loading={state.fetching} fullWidth data-testid="forgot-submit">
              {t('forgot.submit')}
            </Button>
            <Anchor component={Link} to="/sign-in" size="sm" ta="center">
              {t('forgot.backToSignIn')}
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
