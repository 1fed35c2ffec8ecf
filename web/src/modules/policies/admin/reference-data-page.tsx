import { useState } from 'react';
import { Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { PageHeader } from '../../../components/page-header';
import { FormError, Loading, QueryError } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';
import { placeServerErrors } from '../../clients/common/field-errors';
import { ForbiddenPage } from '../../../routing/guards';
import { useSession } from '../../../session/session-context';
import { PolicyReferenceQuery } from '../queries';
import { CreateInsurerMutation, UpdateInsurerMutation, UpdateLineOfBusinessMutation } from '../mutations';

type Values = Record<string, string> & { _form?: string };

/** A small form in a dialog: its fields, server errors on them. */
function EditDialog({ title, fields, initial, onClose, onSave }: { title: string; fields: Array<{ name: string; label: string; required?: boolean }>; initial: Values; onClose(): void; onSave(v: Values): Promise<CombinedError | undefined> }) {
  const { t } = useTranslation();
  const form = useForm<Values>({ initialValues: initial });
  const [saving, setSaving] = useState(false);
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        noValidate
        data-testid="reference-form"
        onSubmit={form.onSubmit(async (v) => {
          setSaving(true);
          const error = await onSave(v);
          setSaving(false);
          if (!error) return onClose();
          const unplaced = placeServerErrors(form, error, t, (p) => p, (p) => p in initial);
          if (unplaced === null || unplaced.length) form.setFieldError('_form', unplaced?.[0]?.message ?? error.message);
        })}
      >
        <Stack>
          <FormError message={form.errors._form as string | undefined} />
          {fields.map((f) => (
            <TextInput key={f.name} label={f.label} withAsterisk={f.required} {...form.getInputProps(f.name)} data-testid={`ref-${f.name}`} />
          ))}
          <Group justify="flex-end">
            <Button type="submit" loading={saving} data-testid="reference-save">
              {t('policies.admin.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Insurers and lines of business of the company (reference data; policies:edit and base:edit, as the server rules). */
export function ReferenceDataPage() {
  const session = useSession();
  // the route needs base:edit; changing reference data needs policies:edit too (the server's rule)
  if (!session.can('policies', 'edit')) return <ForbiddenPage />;
  return <ReferenceData />;
}

function ReferenceData() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, error }, refetch] = useQuery({ query: PolicyReferenceQuery, requestPolicy: 'cache-and-network' });
  const [, createInsurer] = useMutation(CreateInsurerMutation);
  const [, updateInsurer] = useMutation(UpdateInsurerMutation);
  const [, updateLine] = useMutation(UpdateLineOfBusinessMutation);
  const [editing, setEditing] = useState<{ kind: 'insurer' | 'line'; id: string | null; values: Values } | null>(null);
  if (error && !data) return <QueryError error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const done = (r: { error?: CombinedError }) => {
    if (!r.error) notifications.show({ color: 'teal', message: t('policies.admin.saved') });
    return r.error;
  };
  const insurerFields = [
    { name: 'name', label: t('policies.admin.insurerName'), required: true },
    { name: 'code', label: t('policies.admin.insurerCode'), required: true },
    { name: 'taxId', label: t('policies.admin.taxId') },
    { name: 'agencyCode', label: t('policies.admin.agencyCode') },
  ];
  const lineFields = [
    { name: 'name', label: t('policies.admin.lineName'), required: true },
    { name: 'defaultTaxRate', label: t('policies.admin.taxRate'), required: true },
  ];
  return (
    <Stack gap="lg">
      <PageHeader title={t('policies.admin.title')} subtitle={t('policies.admin.subtitle')} />
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" mb="sm">
          <Title order={3}>{t('policies.admin.insurers')}</Title>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ kind: 'insurer', id: null, values: { name: '', code: '', taxId: '', agencyCode: '' } })} data-testid="insurer-add">
            {t('policies.admin.addInsurer')}
          </Button>
        </Group>
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={t('policies.admin.insurers')} data-testid="insurers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('policies.admin.insurerName')}</Table.Th>
                <Table.Th>{t('policies.admin.insurerCode')}</Table.Th>
                <Table.Th>{t('policies.admin.taxId')}</Table.Th>
                <Table.Th>{t('policies.admin.agencyCode')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.insurers.map((i) => (
                <Table.Tr key={i.id} data-testid="insurer-row">
                  <Table.Td>{i.name}</Table.Td>
                  <Table.Td className="mono">{i.code}</Table.Td>
                  <Table.Td>{i.taxId}</Table.Td>
                  <Table.Td>{i.agencyCode}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setEditing({ kind: 'insurer', id: i.id, values: { name: i.name, code: i.code, taxId: i.taxId ?? '', agencyCode: i.agencyCode ?? '' } })}>
                      {t('policies.admin.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={3} mb="sm">
          {t('policies.admin.lines')}
        </Title>
        <Table.ScrollContainer minWidth={480}>
          <Table striped aria-label={t('policies.admin.lines')} data-testid="lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('policies.admin.lineName')}</Table.Th>
                <Table.Th ta="right">{t('policies.admin.taxRate')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.linesOfBusiness.map((l) => (
                <Table.Tr key={l.id} data-testid="line-row">
                  <Table.Td>{l.name}</Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm">{`${new Intl.NumberFormat(format.locale, { minimumFractionDigits: 2 }).format(l.defaultTaxRate as unknown as number)} %`}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setEditing({ kind: 'line', id: l.id, values: { name: l.name, defaultTaxRate: l.defaultTaxRate } })}>
                      {t('policies.admin.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {editing && (
        <EditDialog
          title={editing.kind === 'line' ? t('policies.admin.editLine') : editing.id ? t('policies.admin.editInsurer') : t('policies.admin.addInsurer')}
          fields={editing.kind === 'line' ? lineFields : insurerFields}
          initial={editing.values}
          onClose={() => setEditing(null)}
          onSave={async (v) => {
            if (editing.kind === 'line') return done(await updateLine({ id: editing.id!, input: { name: v.name, defaultTaxRate: v.defaultTaxRate.trim().replace(',', '.') } }));
            const input = { name: v.name, code: v.code, taxId: v.taxId || null, agencyCode: v.agencyCode || null };
            return done(editing.id ? await updateInsurer({ id: editing.id, input }) : await createInsurer({ input }));
          }}
        />
      )}
    </Stack>
  );
}
