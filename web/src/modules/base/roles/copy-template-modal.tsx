import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { roleInputSchema } from '@agency/shared';
import { RoleTemplatesQuery } from '../queries';
import { CopyRoleTemplateMutation } from '../mutations';
import { sharedResolver } from '../../../forms/validation';
import { applyServerErrors } from '../../../forms/server-errors';
import { errorText } from '../../../graphql/error-text';
import { FormError } from '../../../components/query-state';

const schema = z.object({ template: z.string().min(1, 'Required'), name: roleInputSchema.shape.name });

/** Copies a built-in role template (administrator, agent, …) into an editable role of the company. */
export function CopyTemplateModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: RoleTemplatesQuery, pause: !opened });
  const [state, copy] = useMutation(CopyRoleTemplateMutation);
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { template: '', name: '' }, validate: sharedResolver(schema, t) });
  const templateName = (key: string, fallback: string) => t(`base.roles.templates.${key}`, { defaultValue: fallback });

  const close = () => {
    form.reset();
    setMessage(null);
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    const result = await copy({ template: values.template, name: values.name.trim() });
    if (result.error) {
      if (!applyServerErrors(form, result.error, t, ['template', 'name'])) setMessage(errorText(t, result.error));
      return;
    }
    close();
    if (result.data) navigate(`/base/roles/${result.data.copyRoleTemplate.id}`);
  });

  return (
    <Modal closeButtonProps={{ 'aria-label': t('common.close') }} opened={opened} onClose={close} title={t('base.roles.copyTemplate')} centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={message} />
          <Select
            label={t('base.roles.template')}
            data={(data?.roleTemplates ?? []).map((tpl) => ({ value: tpl.key, label: `${templateName(tpl.key, tpl.name)} — ${t('base.roles.rightCount', { count: tpl.rights.length })}` }))}
            required
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('template')}
            onChange={(key) => {
              form.setFieldValue('template', key ?? '');
              const tpl = data?.roleTemplates.find((x) => x.key === key);
              if (tpl && !form.values.name) form.setFieldValue('name', templateName(tpl.key, tpl.name));
            }}
          />
          <TextInput label={t('base.roles.name')} required {...form.getInputProps('name')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={state.fetching}>
              {t('base.roles.copy')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
