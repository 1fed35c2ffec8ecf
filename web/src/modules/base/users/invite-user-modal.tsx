import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { inviteUserSchema, localeSchema, type Locale } from '@agency/shared';
import { InviteUserMutation } from '../mutations';
import { sharedResolver } from '../../../forms/validation';
import { applyServerErrors } from '../../../forms/server-errors';
import { errorCode } from '../../../graphql/errors';
import { errorText } from '../../../graphql/error-text';

/** The form's empty choice ('' = the company's language) is sent as null; any other value must be one of the five. */
const inviteFormSchema = inviteUserSchema.extend({ locale: z.union([z.literal(''), localeSchema]).nullish() });
import { LANGUAGES, LANGUAGE_NATIVE_NAMES } from '../../../i18n/languages';
import { FormError } from '../../../components/query-state';

interface Props {
  opened: boolean;
  onClose(): void;
  roles: Array<{ value: string; label: string }>;
}

/** Invites a person by e-mail with a role; a new address receives a link to choose a password. */
export function InviteUserModal({ opened, onClose, roles }: Props) {
  const { t } = useTranslation();
  const [state, invite] = useMutation(InviteUserMutation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { email: '', displayName: '', roleId: '', locale: '' as Locale | '' },
    validate: sharedResolver(inviteFormSchema, t),
  });

  const close = () => {
    form.reset();
    setMessage(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    const result = await invite({ input: { email: values.email.trim(), displayName: values.displayName.trim(), roleId: values.roleId, locale: values.locale || null } });
    if (result.error) {
      if (errorCode(result.error) === 'CONFLICT') form.setFieldError('email', t('base.users.alreadyMember'));
      else if (!applyServerErrors(form, result.error, t, ['email', 'displayName', 'roleId', 'locale'])) setMessage(errorText(t, result.error));
      return;
    }
    notifications.show({ color: 'teal', message: t('base.users.invited', { email: values.email.trim() }) });
    close();
  });

  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={close} title={t('base.users.inviteTitle')} centered size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={message} />
          <TextInput label={t('fields.email')} type="email" required data-autofocus data-testid="invite-email" {...form.getInputProps('email')} />
          <TextInput label={t('fields.displayName')} required data-testid="invite-name" {...form.getInputProps('displayName')} />
          <Select label={t('base.users.role')} data={roles} required searchable comboboxProps={{ withinPortal: true }} data-testid="invite-role" {...form.getInputProps('roleId')} />
          <Select
            label={t('fields.language')}
            description={t('base.users.languageHint')}
            data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NATIVE_NAMES[l] }))}
            clearable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('locale')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={state.fetching} data-testid="invite-submit">
              {t('base.users.sendInvite')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
