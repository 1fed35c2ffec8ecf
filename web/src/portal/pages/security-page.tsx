import { Alert, Anchor, Badge, Button, Card, Code, Group, Image, Loader, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { applyServerErrors } from '../../forms/server-errors';
import { useErrorText } from '../../graphql/error-text';
import { graphql } from '../gql';

const Me = graphql(`
  query PortalSecurityPage {
    portalMe {
      id
      email
      readOnly
      totpEnabled
    }
  }
`);

const Begin = graphql(`
  mutation PortalBeginTotp {
    portalBeginTotp {
      secret
      qrCodeDataUrl
    }
  }
`);

const Confirm = graphql(`
  mutation PortalConfirmTotp($code: String!) {
    portalConfirmTotp(code: $code)
  }
`);

const Disable = graphql(`
  mutation PortalDisableTotp($code: String!) {
    portalDisableTotp(code: $code)
  }
`);

const ChangePassword = graphql(`
  mutation PortalChangePassword($currentPassword: String!, $newPassword: String!) {
    portalChangePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

/** The second factor: on with a QR code and a code from the app (the staff app's enrolment, same server library), off with a code. */
function SecondFactor({ enabled, readOnly, onChanged }: { enabled: boolean; readOnly: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [begin, runBegin] = useMutation(Begin);
  const [confirm, runConfirm] = useMutation(Confirm);
  const [disable, runDisable] = useMutation(Disable);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { code: '' } });
  const enrollment = begin.data?.portalBeginTotp;

  const submit = form.onSubmit(async ({ code }) => {
    setMessage(null);
    const r = enabled ? await runDisable({ code: code.trim() }) : await runConfirm({ code: code.trim() });
    if (r.error) {
      if (!applyServerErrors(form, r.error, t, ['code'])) setMessage(errorText(r.error));
      return;
    }
    form.reset();
    setMessage(t(enabled ? 'portal3.security.totpOff' : 'portal3.security.totpOn'));
    onChanged();
  });

  return (
    <Card withBorder padding="md" data-testid="portal-security-totp">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} size="h5">
          {t('portal3.security.totpTitle')}
        </Title>
        <Badge color={enabled ? 'green' : 'gray'} variant="light" data-testid="portal-totp-state">
          {t(enabled ? 'portal3.security.on' : 'portal3.security.off')}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('portal3.security.totpIntro')}
      </Text>
      {message && (
        <Alert color="blue" mb="sm" data-testid="portal-totp-message">
          {message}
        </Alert>
      )}
      {!enabled && !enrollment && (
        <Button onClick={() => void runBegin({})} loading={begin.fetching} disabled={readOnly} data-testid="portal-totp-begin">
          {t('portal3.security.totpBegin')}
        </Button>
      )}
      {begin.error && <Alert color="red">{errorText(begin.error)}</Alert>}
      {(enabled || enrollment) && (
        <form onSubmit={submit} noValidate>
          <Stack>
            {!enabled && enrollment && (
              <>
                <Text size="sm">{t('totp.step1')}</Text>
                <Image src={enrollment.qrCodeDataUrl} alt={t('totp.qrAlt')} w={180} h={180} fit="contain" radius="sm" style={{ border: '1px solid var(--mantine-color-gray-3)' }} data-testid="portal-totp-qr" />
                <Text size="sm" c="dimmed">
                  {t('totp.manual')}
                </Text>
                <Code fz="sm" data-testid="portal-totp-secret" style={{ wordBreak: 'break-all' }}>
                  {enrollment.secret}
                </Code>
              </>
            )}
            <TextInput
              label={enabled ? t('portal3.security.codeToDisable') : t('totp.step2')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              data-testid="portal-totp-code"
              {...form.getInputProps('code')}
            />
            <Button type="submit" color={enabled ? 'red' : undefined} loading={confirm.fetching || disable.fetching} disabled={readOnly} data-testid="portal-totp-submit">
              {enabled ? t('portal3.security.totpDisable') : t('totp.confirm')}
            </Button>
          </Stack>
        </form>
      )}
    </Card>
  );
}

function PasswordChange({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [state, run] = useMutation(ChangePassword);
  const [done, setDone] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', repeat: '' },
    validate: { repeat: (v, all) => (v !== all.newPassword ? t('validation.passwordMismatch') : null) },
  });
  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setDone(false);
    const r = await run({ currentPassword, newPassword });
    if (r.error) {
      applyServerErrors(form, r.error, t, ['currentPassword', 'newPassword']);
      return;
    }
    form.reset();
    setDone(true);
  });
  return (
    <Card withBorder padding="md" data-testid="portal-security-password">
      <Title order={3} size="h5" mb="sm">
        {t('portal3.security.passwordTitle')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack>
          {done && (
            <Alert color="green" data-testid="portal-password-changed">
              {t('portal3.security.passwordChanged')}
            </Alert>
          )}
          {state.error && !form.errors.currentPassword && !form.errors.newPassword && <Alert color="red">{errorText(state.error)}</Alert>}
          <PasswordInput label={t('portal3.security.currentPassword')} autoComplete="current-password" data-testid="portal-password-current" {...form.getInputProps('currentPassword')} />
          <PasswordInput label={t('portal3.security.newPassword')} autoComplete="new-password" data-testid="portal-password-new" {...form.getInputProps('newPassword')} />
          <PasswordInput label={t('portal3.security.repeatPassword')} autoComplete="new-password" data-testid="portal-password-repeat" {...form.getInputProps('repeat')} />
          <Button type="submit" loading={state.fetching} disabled={readOnly} data-testid="portal-password-submit">
            {t('portal3.security.passwordSubmit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

/** Security settings (PO-2): the second factor and the password, on one page. */
export function SecurityPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: Me });
  if (error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return <Navigate to="/sign-in" replace />;
  if (fetching && !data) return <Loader />;
  const me = data?.portalMe;
  if (!me) return <Navigate to="/sign-in" replace />;
  return (
    <Stack data-testid="portal-security">
      <Anchor component={Link} to="/home" size="sm">
        {t('portal2.back')}
      </Anchor>
      <Title order={2}>{t('portal3.security.title')}</Title>
      {me.readOnly && <Alert color="orange">{t('portal.readOnly')}</Alert>}
      <SecondFactor key={String(me.totpEnabled)} enabled={me.totpEnabled} readOnly={me.readOnly} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
      <PasswordChange readOnly={me.readOnly} />
    </Stack>
  );
}
