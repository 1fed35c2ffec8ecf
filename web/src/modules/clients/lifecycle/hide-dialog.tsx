import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SetClientStatusMutation } from '../mutations';
import { errorText } from '../../../graphql/error-text';
import { placeServerErrors } from '../common/field-errors';
import type { ClientCard } from '../common/client-types';

/** Hides a card when the client leaves or withdraws consent (CL-5): kept, out of lists and search; a reason is required. */
export function HideDialog({ client, opened, onClose }: { client: ClientCard; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [state, setStatus] = useMutation(SetClientStatusMutation);
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' }, validate: { reason: (v) => (v.trim().length < 3 ? t('validation.reasonRequired') : v.length > 300 ? t('validation.tooLong', { max: 300 }) : null) } });
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit(async ({ reason }) => {
    const result = await setStatus({ id: client.id, status: 'HIDDEN', reason: reason.trim() });
    if (result.error) {
      const unplaced = placeServerErrors(form, result.error, t);
      if (unplaced === null || unplaced.length) form.setFieldError('reason', errorText(t, result.error));
      return;
    }
    notifications.show({ color: 'teal', message: t('clients.lifecycle.hidden', { client: client.displayName }) });
    close();
  });
  return (
    <Modal opened={opened} onClose={close} title={t('clients.lifecycle.hideTitle', { client: client.displayName })} closeButtonProps={{ 'aria-label': t('common.close') }} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('clients.lifecycle.hideBody')}</Text>
          <Textarea label={t('clients.lifecycle.hideReason')} placeholder={t('clients.lifecycle.hideReasonExample')} withAsterisk autosize minRows={2} data-autofocus data-testid="hide-reason" {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={state.fetching} data-testid="hide-confirm">
              {t('clients.lifecycle.hide')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
