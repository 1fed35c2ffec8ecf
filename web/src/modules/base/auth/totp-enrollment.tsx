import { useEffect, useRef, useState } from 'react';
import { Button, Code, CopyButton, Group, Image, Loader, Stack, Text, TextInput, Tooltip, ActionIcon } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { totpCodeSchema } from '@agency/shared';
import { BeginTotpEnrollmentMutation, ConfirmTotpEnrollmentMutation } from '../mutations';
import { sharedResolver } from '../../../forms/validation';
import { applyServerErrors } from '../../../forms/server-errors';
import { errorText } from '../../../graphql/error-text';
import { QueryError, FormError } from '../../../components/query-state';

const schema = z.object({ code: totpCodeSchema });

/**
 * TOTP enrollment (BASE-5): QR code and secret for the authenticator app, then a code from it to
 * confirm; returns the recovery codes to the caller.
 */
export function TotpEnrollment({ onEnrolled }: { onEnrolled(codes: string[]): void }) {
  const { t } = useTranslation();
  const [begin, runBegin] = useMutation(BeginTotpEnrollmentMutation);
  const [confirm, runConfirm] = useMutation(ConfirmTotpEnrollmentMutation);
  const [message, setMessage] = useState<string | null>(null);
  const started = useRef(false);
  const form = useForm({ mode: 'controlled', initialValues: { code: '' }, validate: sharedResolver(schema, t) });

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void runBegin({});
  }, [runBegin]);

  const submit = form.onSubmit(async ({ code }) => {
    setMessage(null);
    const result = await runConfirm({ code: code.trim() });
    if (result.error) {
      if (!applyServerErrors(form, result.error, t, ['code'])) setMessage(errorText(t, result.error));
      return;
    }
    if (result.data) onEnrolled(result.data.confirmTotpEnrollment);
  });

  if (begin.error) return <QueryError error={begin.error} onRetry={() => void runBegin({})} />;
  const enrollment = begin.data?.beginTotpEnrollment;
  if (!enrollment) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack>
      <Text size="sm">{t('totp.step1')}</Text>
      <Group align="flex-start" wrap="wrap" gap="lg">
        <Image src={enrollment.qrCodeDataUrl} alt={t('totp.qrAlt')} w={180} h={180} fit="contain" radius="sm" style={{ border: '1px solid var(--mantine-color-gray-3)' }} data-testid="totp-qr" />
        <Stack gap={6} style={{ flex: 1, minWidth: 200 }}>
          <Text size="sm" c="dimmed">
            {t('totp.manual')}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Code fz="sm" data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
              {enrollment.secret}
            </Code>
            <CopyButton value={enrollment.secret}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('common.copied') : t('totp.copySecret')}>
                  <ActionIcon variant="subtle" onClick={copy} aria-label={t('totp.copySecret')}>
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
        </Stack>
      </Group>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={message} />
          <TextInput label={t('totp.step2')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required data-testid="enrollment-code" {...form.getInputProps('code')} />
          <Button type="submit" loading={confirm.fetching} data-testid="enrollment-confirm">
            {t('totp.confirm')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
