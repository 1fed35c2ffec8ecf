import { useState } from 'react';
import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { z } from 'zod';
import { totpCodeSchema } from '@agency/shared';
import { VerifySecondFactorMutation } from '../mutations';
import { sharedResolver } from '../../../forms/validation';
import { applyServerErrors } from '../../../forms/server-errors';
import { errorCode } from '../../../graphql/errors';
import { errorText } from '../../../graphql/error-text';

const totpSchema = z.object({ code: totpCodeSchema });
/** Recovery codes are 16 hex digits, grouped by four. */
const recoverySchema = z.object({ code: z.string().trim().regex(/^[0-9a-fA-F]{4}(-?[0-9a-fA-F]{4}){3}$/, 'Invalid') });

/** Second step of sign-in: a code from the authenticator app, or one of the recovery codes. */
export function SecondFactorForm({ onSignedIn, onRestart }: { onSignedIn(): void; onRestart(why: string): void }) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const [state, verify] = useMutation(VerifySecondFactorMutation);
  const form = useForm({
    mode: 'controlled',
    initialValues: { code: '' },
    validate: (values) => sharedResolver(recovery ? recoverySchema : totpSchema, t)(values),
  });

  const submit = form.onSubmit(async ({ code }) => {
    const result = await verify({ code: code.trim() });
    if (result.error) {
      const code = errorCode(result.error);
      if (applyServerErrors(form, result.error, t, ['code'])) return;
      if (code === 'UNAUTHENTICATED' || code === 'RATE_LIMITED') onRestart(code === 'RATE_LIMITED' ? errorText(t, result.error) : t('signIn.secondFactorExpired'));
      else form.setFieldError('code', errorText(t, result.error));
      return;
    }
    onSignedIn();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {recovery ? (
          <TextInput key="recovery" label={t('signIn.recoveryCode')} description={t('signIn.recoveryCodeHint')} autoComplete="off" autoFocus required className="mono" data-testid="recovery-code" {...form.getInputProps('code')} />
        ) : (
          <TextInput
            key="totp"
            label={t('signIn.totpCode')}
            description={t('signIn.totpCodeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            autoFocus
            required
            data-testid="totp-code"
            {...form.getInputProps('code')}
          />
        )}
        <Button type="submit" loading={state.fetching} fullWidth data-testid="verify-submit">
          {t('signIn.verify')}
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          data-testid="toggle-recovery"
          onClick={() => {
            setRecovery((r) => !r);
            form.reset();
          }}
        >
          {recovery ? t('signIn.useApp') : t('signIn.useRecovery')}
        </Anchor>
        <Anchor component="button" type="button" size="sm" c="dimmed" onClick={() => onRestart('')}>
          {t('signIn.back')}
        </Anchor>
      </Stack>
    </form>
  );
}
