import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { EraseClientMutation } from '../mutations';
import { errorText } from '../../../graphql/error-text';
import { placeServerErrors } from '../common/field-errors';
import type { ClientCard } from '../common/client-types';

/**
 * GDPR erasure (CL-5): personal data anonymized, what the law keeps stays. Irreversible: the user types
 * the client's name to confirm, and gives the reason (recorded in the audit trail).
 */
export function EraseDialog({ client, onClose }: { client: ClientCard; onClose(): void }) {
  const { t } = useTranslation();
  const [state, erase] = useMutation(EraseClientMutation);
  const form = useForm({
    mode: 'controlled',
    initialValues: { confirmName: '', reason: '' },
    validate: {
      confirmName: (v) => (v.trim() === client.displayName.trim() ? null : t('clients.lifecycle.eraseNameMismatch')),
      reason: (v) => (v.trim().length < 3 ? t('validation.reasonRequired') : null),
    },
  });
  const submit = form.onSubmit(async ({ reason }) => {
    const result = await erase({ id: client.id, reason: reason.trim() });
    if (result.error) {
      const unplaced = placeServerErrors(form, result.error, t);
      if (unplaced === null || unplaced.length) form.setFieldError('reason', errorText(t, result.error));
      return;
    }
    notifications.show({ color: 'teal', message: t('clients.lifecycle.erased') });
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title={t('clients.lifecycle.eraseTitle')} closeButtonProps={{ 'aria-label': t('common.close') }} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert color="red" icon={<IconShieldX />}>
            {t('clients.lifecycle.eraseBody')}
          </Alert>
          <Text size="sm">{t('clients.lifecycle.eraseTypeName', { client: client.displayName })}</Text>
          <TextInput label={t('clients.lifecycle.eraseNameLabel')} withAsterisk autoComplete="off" data-autofocus data-testid="erase-name" {...form.getInputProps('confirmName')} />
          <Textarea label={t('clients.lifecycle.eraseReason')} withAsterisk autosize minRows={2} data-testid="erase-reason" {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={state.fetching} disabled={form.getValues().confirmName.trim() !== client.displayName.trim()} data-testid="erase-confirm">
              {t('clients.lifecycle.eraseConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
