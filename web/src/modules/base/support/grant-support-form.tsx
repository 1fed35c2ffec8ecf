import { useState } from 'react';
import { Button, Group, NumberInput, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLifebuoy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { supportGrantSchema } from '@agency/shared';
import { GrantSupportAccessMutation } from '../mutations';
import { sharedResolver } from '../../../forms/validation';
import { applyServerErrors } from '../../../forms/server-errors';
import { errorText } from '../../../graphql/error-text';
import { FormError } from '../../../components/query-state';

/** An administrator grants the platform operator time-boxed access, confirmed with a TOTP code (BASE-6). */
export function GrantSupportForm() {
  const { t } = useTranslation();
  const [state, grant] = useMutation(GrantSupportAccessMutation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { hours: 4 as number | string, reason: '', totpCode: '' },
    validate: (values) => sharedResolver(supportGrantSchema, t)({ ...values, hours: typeof values.hours === 'number' ? values.hours : Number.NaN }),
  });

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    const result = await grant({ input: { hours: Number(values.hours), reason: values.reason.trim(), totpCode: values.totpCode.trim() } });
    if (result.error) {
      if (!applyServerErrors(form, result.error, t, ['hours', 'reason', 'totpCode'], { code: 'totpCode' })) setMessage(errorText(t, result.error));
      return;
    }
    notifications.show({ color: 'teal', message: t('support.granted') });
    form.reset();
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="grant-title">
      <Title order={2} size="h4" id="grant-title" mb="sm">
        {t('support.grantTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={message} />
          <Group align="flex-start" grow wrap="wrap">
            <NumberInput label={t('support.hours')} description={t('support.hoursHint')} min={1} max={72} allowDecimal={false} required {...form.getInputProps('hours')} miw={160} />
            <TextInput label={t('support.totpCode')} description={t('support.totpCodeHint')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} required {...form.getInputProps('totpCode')} miw={160} />
          </Group>
          <Textarea label={t('support.reason')} description={t('support.reasonHint')} required autosize minRows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button type="submit" leftSection={<IconLifebuoy size={16} />} loading={state.fetching} data-testid="grant-support">
              {t('support.grant')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
