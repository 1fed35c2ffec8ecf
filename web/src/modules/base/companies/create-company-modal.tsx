import { useState } from 'react';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { createCompanySchema, type Locale } from '@agency/shared';
import { CreateCompanyMutation } from '../mutations';
import { sharedResolver } from '../../../forms/validation';
import { applyServerErrors } from '../../../forms/server-errors';
import { errorCode } from '../../../graphql/errors';
import { errorText } from '../../../graphql/error-text';
import { LANGUAGES, LANGUAGE_NATIVE_NAMES } from '../../../i18n/languages';
import { FormError } from '../../../components/query-state';

const FIELDS = ['code', 'name', 'country', 'locale', 'currency', 'adminEmail', 'adminName'] as const;

/** The operator sets up a company and its first administrator, who receives an invitation (BASE-6). */
export function CreateCompanyModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [state, create] = useMutation(CreateCompanyMutation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { code: '', name: '', country: '', locale: 'en' as Locale, currency: 'EUR', adminEmail: '', adminName: '' },
    validate: sharedResolver(createCompanySchema, t),
  });
  const close = () => {
    form.reset();
    setMessage(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    const input = { ...values, code: values.code.trim().toUpperCase(), country: values.country.trim().toUpperCase(), currency: values.currency.trim().toUpperCase() };
    const result = await create({ input });
    if (result.error) {
      if (errorCode(result.error) === 'CONFLICT') form.setFieldError('code', t('platform.codeTaken'));
      else if (!applyServerErrors(form, result.error, t, FIELDS)) setMessage(errorText(t, result.error));
      return;
    }
    notifications.show({ color: 'teal', message: t('platform.created', { code: input.code, email: input.adminEmail }) });
    close();
  });

  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={close} title={t('platform.createTitle')} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={message} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('platform.code')} description={t('platform.codeHint')} required data-autofocus {...form.getInputProps('code')} />
            <TextInput label={t('platform.name')} required {...form.getInputProps('name')} />
            <TextInput label={t('platform.country')} description={t('platform.countryHint')} maxLength={2} required {...form.getInputProps('country')} />
            <TextInput label={t('platform.currency')} description={t('platform.currencyHint')} maxLength={3} required {...form.getInputProps('currency')} />
            <Select label={t('platform.locale')} data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NATIVE_NAMES[l] }))} allowDeselect={false} required comboboxProps={{ withinPortal: true }} {...form.getInputProps('locale')} />
          </SimpleGrid>
          <Title order={3} size="h5" mt="sm">
            {t('platform.firstAdmin')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.email')} type="email" required {...form.getInputProps('adminEmail')} />
            <TextInput label={t('fields.displayName')} required {...form.getInputProps('adminName')} />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={state.fetching}>
              {t('platform.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
