import { useState } from 'react';
import { Badge, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { totpCodeSchema } from '@agency/shared';
import { DisableTotpMutation, RegenerateRecoveryCodesMutation } from '../mutations';
import { TotpEnrollment } from '../auth/totp-enrollment';
import { RecoveryCodes } from '../auth/recovery-codes';
import { useSession } from '../../../session/session-context';
import { sharedResolver } from '../../../forms/validation';
import { applyServerErrors } from '../../../forms/server-errors';
import { errorText } from '../../../graphql/error-text';
import { FormError } from '../../../components/query-state';

type Dialog = 'enable' | 'regenerate' | 'disable' | null;
const codeSchema = z.object({ code: totpCodeSchema });

/** Second factor: turn on (QR code), regenerate recovery codes, turn off (not for administrators). */
export function TwoFactorCard() {
  const { t } = useTranslation();
  const session = useSession();
  const enabled = session.me.user.totpEnabled;
  const mandatory = session.me.user.isOperator || session.can('base', 'edit');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [regen, runRegen] = useMutation(RegenerateRecoveryCodesMutation);
  const [disable, runDisable] = useMutation(DisableTotpMutation);
  const form = useForm({ mode: 'controlled', initialValues: { code: '' }, validate: sharedResolver(codeSchema, t) });

  const close = () => {
    if (codes || dialog === 'enable') session.refresh();
    setDialog(null);
    setCodes(null);
    setMessage(null);
    form.reset();
  };

  const submitCode = form.onSubmit(async ({ code }) => {
    setMessage(null);
    const result = dialog === 'regenerate' ? await runRegen({ code: code.trim() }) : await runDisable({ code: code.trim() });
    if (result.error) {
      if (!applyServerErrors(form, result.error, t, ['code'])) setMessage(errorText(t, result.error));
      return;
    }
    if (result.data && 'regenerateRecoveryCodes' in result.data) setCodes(result.data.regenerateRecoveryCodes);
    else {
      notifications.show({ color: 'teal', message: t('account.totpDisabled') });
      close();
    }
  });

  const titles: Record<Exclude<Dialog, null>, string> = { enable: t('account.enableTotp'), regenerate: t('account.regenerate'), disable: t('account.disableTotp') };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="totp-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="totp-title">
          {t('account.totpTitle')}
        </Title>
        <Badge color={enabled ? 'teal' : 'gray'} variant="light">
          {enabled ? t('account.totpOn') : t('account.totpOff')}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {mandatory ? t('account.totpMandatory') : t('account.totpHint')}
      </Text>
      <Group gap="sm">
        {!enabled && <Button onClick={() => setDialog('enable')}>{t('account.enableTotp')}</Button>}
        {enabled && (
          <Button variant="default" onClick={() => setDialog('regenerate')}>
            {t('account.regenerate')}
          </Button>
        )}
        {enabled && !mandatory && (
          <Button variant="default" color="red" onClick={() => setDialog('disable')}>
            {t('account.disableTotp')}
          </Button>
        )}
      </Group>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={dialog !== null} onClose={close} title={dialog ? (codes ? t('recovery.title') : titles[dialog]) : ''} size="lg" centered>
        {codes ? (
          <RecoveryCodes codes={codes} doneLabel={t('common.done')} onDone={close} />
        ) : dialog === 'enable' ? (
          <TotpEnrollment onEnrolled={setCodes} />
        ) : (
          <form onSubmit={submitCode} noValidate>
            <Stack>
              <Text size="sm">{dialog === 'disable' ? t('account.disableHint') : t('account.regenerateHint')}</Text>
              <FormError message={message} />
              <TextInput label={t('signIn.totpCode')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required data-autofocus {...form.getInputProps('code')} />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" color={dialog === 'disable' ? 'red' : undefined} loading={regen.fetching || disable.fetching}>
                  {dialog ? titles[dialog] : ''}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </Paper>
  );
}
