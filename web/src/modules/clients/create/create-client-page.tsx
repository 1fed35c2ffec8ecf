import { useRef, useState } from 'react';
import { Anchor, Breadcrumbs, Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { CreateClientMutation } from '../mutations';
import { PageHeader } from '../../../components/page-header';
import { errorCode } from '../../../graphql/errors';
import { errorText } from '../../../graphql/error-text';
import { binder } from '../common/bind';
import { clientPath } from '../common/client-types';
import { issueText, issuesToErrors, placeServerErrors } from '../common/field-errors';
import { RegistryFields } from '../common/registry-fields';
import { useValidationOptions } from '../common/registry-values';
import { focusFirstError } from '../common/focus-error';
import { ActivitySection, AddressFields, BankSection, ContactSection, FormSection, StatusChoice } from './create-sections';
import { buildCreateInput, emptyCreateValues, validateCreate, type CreateValues } from './create-values';
import { DuplicateDialog, DuplicateHint, duplicatesOf, type DuplicateInfo } from './duplicates';
import { KindPicker } from './kind-picker';
import { useDuplicateCheck } from './use-duplicate-check';
import { FormError } from '../../../components/query-state';

/**
 * A new card (CL-1…CL-3, CL-7): person or legal entity first, then the registry data with the
 * national identifiers, the first contacts, the residence or registered office, a bank account.
 * The shared validators check before sending; the server's field errors land on the same fields.
 */
export function CreateClientPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useValidationOptions();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<'person' | 'entity' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<DuplicateInfo[]>([]);
  const [state, createClient] = useMutation(CreateClientMutation);
  const form = useForm<CreateValues>({ mode: 'controlled', initialValues: emptyCreateValues(options.country) });
  const values = form.getValues();
  const bind = binder(form);
  const typing = useDuplicateCheck(values.taxCode, values.vatNumber, values.email);

  async function send(confirmDuplicate: boolean) {
    if (!kind) return;
    setMessage(null);
    const built = buildCreateInput(form.getValues(), kind, options.country);
    const result = await createClient({ input: built.api, confirmDuplicate });
    if (result.error) {
      setDuplicates([]);
      const found = duplicatesOf(result.error);
      if (found.length) {
        setDuplicates(found);
        return;
      }
      const unplaced = errorCode(result.error) === 'BAD_USER_INPUT' ? placeServerErrors(form, result.error, t, built.map) : null;
      if (unplaced === null || unplaced.length) setMessage(unplaced?.length ? unplaced.map((u) => issueText(t, u)).join(' ') : errorText(t, result.error));
      focusFirstError(formRef.current);
      return;
    }
    const created = result.data?.createClient;
    if (!created) return;
    setDuplicates([]);
    notifications.show({ color: 'teal', message: t('clients.create.created', { client: created.displayName }) });
    navigate(clientPath(created.id));
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!kind) return;
    const { issues, map } = validateCreate(form.getValues(), kind, options);
    if (issues.length) {
      const { errors, unplaced } = issuesToErrors(t, issues, map);
      form.setErrors(errors);
      setMessage(unplaced.length ? t('clients.create.otherProblems') : null);
      focusFirstError(formRef.current);
      return;
    }
    form.clearErrors();
    void send(false);
  };

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/clients/list" size="sm">
          {t('clients.nav.list')}
        </Anchor>
        <Text size="sm">{t('clients.create.title')}</Text>
      </Breadcrumbs>
      <PageHeader title={t('clients.create.title')} subtitle={t('clients.create.subtitle')} />
      <KindPicker value={kind} onChange={setKind} />
      {kind && (
        <form ref={formRef} onSubmit={submit} noValidate aria-label={t('clients.create.formLabel')} data-testid="create-client-form">
          <Stack gap="lg">
            <Text size="sm" c="dimmed">
              {t('clients.create.requiredNote')}
            </Text>
            <FormError message={message} onClose={() => setMessage(null)} />
            <FormSection title={t(kind === 'person' ? 'clients.sections.person' : 'clients.sections.entity')}>
              <RegistryFields bind={bind} values={values} kind={kind} fill={(v) => form.setValues(v)} />
            </FormSection>
            <DuplicateHint items={typing} />
            <ContactSection bind={bind} />
            <FormSection title={t(kind === 'person' ? 'clients.sections.residence' : 'clients.sections.registeredOffice')} hint={t('clients.create.addressHint')}>
              <AddressFields bind={bind} prefix="address" />
            </FormSection>
            <BankSection bind={bind} />
            <ActivitySection bind={bind} kind={kind} country={values.taxCountry || options.country} />
            <StatusChoice value={values.status} onChange={(v) => form.setFieldValue('status', v)} />
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/clients/list">
                {t('common.cancel')}
              </Button>
              <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={state.fetching} data-testid="create-submit">
                {t('clients.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <DuplicateDialog items={duplicates} loading={state.fetching} onClose={() => setDuplicates([])} onConfirm={() => void send(true)} />
    </Stack>
  );
}
