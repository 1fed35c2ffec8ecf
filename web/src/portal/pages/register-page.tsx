import { Alert, Button, Paper, PasswordInput, SegmentedControl, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useErrorText } from '../../graphql/error-text';
import { applyServerErrors } from '../../forms/server-errors';
import { graphql } from '../gql';

const Register = graphql(`
  mutation PortalRegister($input: PortalRegisterInput!) {
    portalRegister(input: $input)
  }
`);

const FIELDS = ['company', 'email', 'password', 'firstName', 'lastName', 'legalName', 'legalForm', 'taxCode', 'vatNumber', 'birthDate', 'line1', 'postalCode', 'city'];
/** The server names the card's fields under `client.` (and the address's under `client.addresses.0.`). */
const RENAME: Record<string, string> = {
  ...Object.fromEntries(FIELDS.map((f) => [`client.${f}`, f])),
  ...Object.fromEntries(['line1', 'postalCode', 'city'].map((f) => [`client.addresses.0.${f}`, f])),
};

/** New-client area (PO-1): a person or a legal entity registers; the card is a prospect until a policy is requested. */
export function RegisterPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const [state, register] = useMutation(Register);
  const form = useForm({
    initialValues: {
      kind: 'PERSON' as 'PERSON' | 'ENTITY',
      company: params.get('company') ?? '',
      email: '',
      password: '',
      firstName: '',
      lastName: '',
      birthDate: '',
      legalName: '',
      legalForm: '',
      taxCode: '',
      vatNumber: '',
      line1: '',
      postalCode: '',
      city: '',
    },
  });
  const person = form.values.kind === 'PERSON';
  const submit = form.onSubmit(async (v) => {
    const residence = v.line1 ? [{ kind: 'RESIDENCE' as const, line1: v.line1, postalCode: v.postalCode, city: v.city }] : null;
    const client = person
      ? { kind: 'PERSON' as const, firstName: v.firstName, lastName: v.lastName, birthDate: v.birthDate || null, taxCode: v.taxCode || null, addresses: residence }
      : { kind: 'ENTITY' as const, legalName: v.legalName, legalForm: v.legalForm, vatNumber: v.vatNumber || null, taxCode: v.taxCode || null, addresses: residence };
    const r = await register({ input: { company: v.company, email: v.email, password: v.password, client } });
    if (r.error) applyServerErrors(form, r.error, t, FIELDS, RENAME);
  });
  if (state.data?.portalRegister) {
    return (
      <Alert color="green" title={t('portal.register.sentTitle')} data-testid="portal-register-sent">
        {t('portal.register.sent')}
      </Alert>
    );
  }
  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={submit}>
        <Stack>
          <Title order={2}>{t('portal.register.title')}</Title>
          {state.error && <Alert color="red">{errorText(state.error)}</Alert>}
          <SegmentedControl
            fullWidth
            data-testid="portal-register-kind"
            data={[
              { value: 'PERSON', label: t('portal.register.person') },
              { value: 'ENTITY', label: t('portal.register.entity') },
            ]}
            {...form.getInputProps('kind')}
          />
          <TextInput label={t('portal.fields.company')} required data-testid="portal-register-company" {...form.getInputProps('company')} />
          {person ? (
            <>
              <TextInput label={t('portal.fields.firstName')} required data-testid="portal-register-firstName" {...form.getInputProps('firstName')} />
              <TextInput label={t('portal.fields.lastName')} required data-testid="portal-register-lastName" {...form.getInputProps('lastName')} />
              <TextInput label={t('portal.fields.birthDate')} type="date" data-testid="portal-register-birthDate" {...form.getInputProps('birthDate')} />
            </>
          ) : (
            <>
              <TextInput label={t('portal.fields.legalName')} required data-testid="portal-register-legalName" {...form.getInputProps('legalName')} />
              <TextInput label={t('portal.fields.legalForm')} required data-testid="portal-register-legalForm" {...form.getInputProps('legalForm')} />
              <TextInput label={t('portal.fields.vatNumber')} data-testid="portal-register-vatNumber" {...form.getInputProps('vatNumber')} />
            </>
          )}
          <TextInput label={t('portal.fields.taxCode')} data-testid="portal-register-taxCode" {...form.getInputProps('taxCode')} />
          <TextInput label={t('portal.fields.line1')} data-testid="portal-register-line1" {...form.getInputProps('line1')} />
          <TextInput label={t('portal.fields.postalCode')} data-testid="portal-register-postalCode" {...form.getInputProps('postalCode')} />
          <TextInput label={t('portal.fields.city')} data-testid="portal-register-city" {...form.getInputProps('city')} />
          <TextInput label={t('fields.email')} type="email" autoComplete="username" required data-testid="portal-register-email" {...form.getInputProps('email')} />
          <PasswordInput label={t('fields.password')} description={t('password.rules', { min: 12 })} autoComplete="new-password" required data-testid="portal-register-password" {...form.getInputProps('password')} />
          <Button type="submit" loading={state.fetching} fullWidth data-testid="portal-register-submit">
            {t('portal.register.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
