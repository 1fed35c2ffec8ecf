import { useState } from 'react';
import { Button, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { passwordSchema, PASSWORD_MIN_LENGTH } from '@agency/shared';
import { ChangePasswordMutation } from '../mutations';
import { sharedResolver } from '../../../forms/validation';
import { applyServerErrors } from '../../../forms/server-errors';
import { errorText } from '../../../graphql/error-text';
import { FormError } from '../../../components/query-state';

const schema = z
  .object({ currentPassword: z.string().min(1, 'Required'), newPassword: passwordSchema, confirm: z.string() })
  .refine((v) => v.newPassword === v.confirm, { path: ['confirm'], message: 'mismatch' });

export function ChangePasswordCard() {
  const { t } = useTranslation();
  const [state, change] = useMutation(ChangePasswordMutation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: (values) => {
      const errors = sharedResolver(schema, t)(values);
      if (errors.confirm) errors.confirm = t('validation.passwordMismatch');
      return errors;
    },
  });
  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    const result = await change({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    if (result.error) {
      if (!applyServerErrors(form, result.error, t, ['currentPassword', 'newPassword'])) setMessage(errorText(t, result.error));
      return;
    }
    notifications.show({ color: 'teal', message: t('account.passwordChanged') });
    form.reset();
  });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="password-title">
      <Title order={2} size="h4" id="password-title" mb="sm">
        {t('account.passwordTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={message} />
          <Stack maw={480}>
            <PasswordInput label={t('fields.currentPassword')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
            <PasswordInput label={t('fields.newPassword')} description={t('password.rules', { min: PASSWORD_MIN_LENGTH })} autoComplete="new-password" required {...form.getInputProps('newPassword')} />
            <PasswordInput label={t('fields.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
            <Group>
              <Button type="submit" loading={state.fetching}>
                {t('account.changePassword')}
              </Button>
            </Group>
          </Stack>
        </Stack>
      </form>
    </Paper>
  );
}
