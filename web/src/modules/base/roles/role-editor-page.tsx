import { useEffect, useState } from 'react';
import { Alert, Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { roleInputSchema } from '@agency/shared';
import { RightsCatalogueQuery, RoleQuery } from '../queries';
import { CreateRoleMutation, DeleteRoleMutation, UpdateRoleMutation } from '../mutations';
import { RightsMatrix } from './rights-matrix';
import { sharedResolver } from '../../../forms/validation';
import { applyServerErrors } from '../../../forms/server-errors';
import { errorText } from '../../../graphql/error-text';
import { Loading, QueryError, FormError } from '../../../components/query-state';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useSession } from '../../../session/session-context';

interface RoleForm {
  name: string;
  description: string;
  rights: string[];
}

/** Creates or edits a role: name, description and the rights matrix. */
export function RoleEditorPage() {
  const { t } = useTranslation();
  const { roleId } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const isNew = !roleId;
  const canSave = isNew ? session.can('base', 'create') : session.can('base', 'edit');
  const [role, refetchRole] = useQuery({ query: RoleQuery, variables: { id: roleId ?? '' }, pause: isNew, requestPolicy: 'network-only' });
  const [catalogue] = useQuery({ query: RightsCatalogueQuery });
  const [created, createRole] = useMutation(CreateRoleMutation);
  const [updated, updateRole] = useMutation(UpdateRoleMutation);
  const [deleted, deleteRole] = useMutation(DeleteRoleMutation);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const form = useForm<RoleForm>({ mode: 'controlled', initialValues: { name: '', description: '', rights: [] }, validate: sharedResolver(roleInputSchema, t) });
  const loaded = role.data?.role;

  useEffect(() => {
    if (loaded) {
      form.setValues({ name: loaded.name, description: loaded.description ?? '', rights: loaded.rights });
      form.resetDirty({ name: loaded.name, description: loaded.description ?? '', rights: loaded.rights });
    }
    // Only when another role is loaded.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded?.id]);

  const submit = form.onSubmit(async (values) => {
    setMessage(null);
    const input = { name: values.name.trim(), description: values.description.trim() || null, rights: values.rights };
    const result = isNew ? await createRole({ input }) : await updateRole({ id: roleId, input });
    if (result.error) {
      if (!applyServerErrors(form, result.error, t, ['name', 'description', 'rights'])) setMessage(errorText(t, result.error));
      return;
    }
    notifications.show({ color: 'teal', message: t('base.roles.saved', { name: input.name }) });
    form.resetDirty();
    session.refresh();
    if (result.data && 'createRole' in result.data) navigate(`/base/roles/${result.data.createRole.id}`, { replace: true });
  });

  if (!isNew && role.error) return <QueryError error={role.error} onRetry={() => refetchRole({ requestPolicy: 'network-only' })} />;
  if ((!isNew && !loaded) || !catalogue.data) return <Loading />;
  const title = isNew ? t('base.roles.new') : t('base.roles.editTitle', { name: loaded?.name ?? '' });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Breadcrumbs>
          <Anchor component={Link} to="/base/roles" size="sm">
            {t('base.nav.roles')}
          </Anchor>
          <Text size="sm">{isNew ? t('base.roles.new') : loaded?.name}</Text>
        </Breadcrumbs>
        <Group justify="space-between" align="flex-end">
          <Title order={1} size="h2">
            {title}
          </Title>
          {canSave && (
            <Group gap="sm">
              {!isNew && (
                <Button variant="default" color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirmDelete(true)} disabled={(loaded?.memberCount ?? 0) > 0} title={(loaded?.memberCount ?? 0) > 0 ? t('base.roles.inUse') : undefined}>
                  {t('common.delete')}
                </Button>
              )}
              <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={created.fetching || updated.fetching} data-testid="save-role">
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Group>
        {!canSave && <Alert color="gray">{t('base.roles.readOnly')}</Alert>}
        <FormError message={message} />
        {!isNew && (loaded?.memberCount ?? 0) > 0 && (
          <Text size="sm" c="dimmed">
            {t('base.roles.usedBy', { count: loaded?.memberCount ?? 0 })}
          </Text>
        )}
        <Paper withBorder p="md" radius="md">
          <Stack>
            <TextInput label={t('base.roles.name')} required readOnly={!canSave} {...form.getInputProps('name')} maw={480} />
            <Textarea label={t('base.roles.description')} readOnly={!canSave} autosize minRows={2} {...form.getInputProps('description')} maw={720} />
          </Stack>
        </Paper>
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('base.roles.matrix')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('base.roles.matrixHint')}
          </Text>
        </Stack>
        <RightsMatrix catalogue={catalogue.data.rightsCatalogue} value={form.values.rights} onChange={(rights) => form.setFieldValue('rights', rights)} readOnly={!canSave} />
        {form.errors.rights && (
          <Text c="red" size="sm" role="alert">
            {form.errors.rights}
          </Text>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('base.roles.deleteTitle')}
        message={t('base.roles.deleteBody', { name: loaded?.name ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        loading={deleted.fetching}
        onClose={() => setConfirmDelete(false)}
        onConfirm={async () => {
          const result = await deleteRole({ id: roleId ?? '' });
          setConfirmDelete(false);
          if (result.error) setMessage(errorText(t, result.error));
          else navigate('/base/roles');
        }}
      />
    </form>
  );
}
