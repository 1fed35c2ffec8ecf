import { Badge, Button, Grid, Group, Paper, Select, Stack, Text, TextInput, Textarea, Timeline, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMessage2, IconPlus } from '@tabler/icons-react';
import { parseArea, serviceEntrySchema } from '@agency/shared';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ServiceEntryKind } from '../../../gql/graphql';
import { AddServiceEntryMutation } from '../mutations';
import type { ClientTabProps } from '../panel-tabs';
import { EmptyState } from '../../../components/query-state';
import { useFormat } from '../../../i18n/format';
import { binder } from '../common/bind';
import { orNull, toApiEnum } from '../common/client-types';
import { useValidationOptions } from '../common/registry-values';
import { useClientOptions } from '../common/use-client-options';
import { useCanEdit } from '../common/use-can-edit';
import { useRefreshCard } from '../common/use-refresh-card';
import { useAreaSubmit } from './area-form';
import { DateField } from '../../../components/date-field';

const KIND_COLORS: Record<string, string> = { complaint: 'red', note: 'blue', event: 'grape', call: 'teal', vehicle_sold: 'orange' };

interface EntryValues {
  kind: string;
  subject: string;
  body: string;
  occurredOn: string;
}

/** Service entries (CL-4): notes, complaints, events, calls, sold vehicles; newest first. */
export function ServiceTab({ client }: ClientTabProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const options = useValidationOptions();
  const lists = useClientOptions();
  const canEdit = useCanEdit(client);
  const refresh = useRefreshCard(client.id);
  const empty: EntryValues = { kind: 'note', subject: '', body: '', occurredOn: new Date().toISOString().slice(0, 10) };
  const form = useForm<EntryValues>({ mode: 'controlled', initialValues: empty });
  const [, addEntry] = useMutation(AddServiceEntryMutation);
  const toInput = (v: EntryValues) => ({ subject: v.subject, body: orNull(v.body), occurredOn: orNull(v.occurredOn) });
  const area = useAreaSubmit(form, {
    validate: (v) => {
      const parsed = parseArea(serviceEntrySchema(options), { ...toInput(v), kind: v.kind });
      return parsed.ok ? [] : parsed.errors;
    },
    save: async (v) => {
      const result = await addEntry({ clientId: client.id, input: { ...toInput(v), kind: toApiEnum<ServiceEntryKind>(v.kind) } });
      if (!result.error) {
        form.setValues(empty);
        form.resetDirty(empty);
        await refresh();
      }
      return result;
    },
    saved: t('clients.service.added'),
  });
  const bind = binder(form);
  return (
    <Stack gap="md">
      {canEdit && (
        <Paper withBorder p="lg" radius="md">
          <form ref={area.ref} onSubmit={(e) => void area.submit(e)} noValidate aria-label={t('clients.service.addTitle')} data-testid="service-form">
            <Stack gap="sm">
              <Title order={2} size="h4">
                {t('clients.service.addTitle')}
              </Title>
              {area.message && (
                <Text c="red" size="sm" role="alert">
                  {area.message}
                </Text>
              )}
              <Grid gap="md">
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <Select label={t('clients.fields.serviceKind')} data={lists.serviceEntryKinds} allowDeselect={false} comboboxProps={{ withinPortal: true }} {...bind('kind', { type: 'select' })} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput label={t('clients.fields.subject')} withAsterisk data-testid="service-subject" {...bind('subject')} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <DateField label={t('clients.fields.occurredOn')} {...bind('occurredOn', { type: 'date' })} />
                </Grid.Col>
                <Grid.Col span={12}>
                  <Textarea label={t('clients.fields.body')} autosize minRows={2} maxRows={8} {...bind('body')} />
                </Grid.Col>
              </Grid>
              <Group justify="flex-end">
                <Button type="submit" leftSection={<IconPlus size={16} />} loading={area.saving} data-testid="service-add">
                  {t('clients.service.add')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
      <Paper withBorder p="lg" radius="md" component="section" aria-label={t('clients.tabs.service')}>
        {client.serviceEntries.length === 0 ? (
          <EmptyState title={t('clients.service.empty')} />
        ) : (
          <Timeline bulletSize={24} lineWidth={2}>
            {client.serviceEntries.map((e) => (
              <Timeline.Item key={e.id} bullet={<IconMessage2 size={12} />} data-testid="service-entry">
                <Group gap="xs" wrap="wrap">
                  <Badge size="sm" variant="light" color={KIND_COLORS[e.kind.toLowerCase()] ?? 'gray'}>
                    {lists.label('serviceEntryKind', e.kind)}
                  </Badge>
                  <Text fw={500} size="sm">
                    {e.subject}
                  </Text>
                </Group>
                {e.body && (
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {e.body}
                  </Text>
                )}
                <Text size="xs" c="dimmed" mt={4}>
                  {t('clients.service.when', { day: format.date(`${e.occurredOn}T12:00:00`), recorded: format.dateTime(e.createdAt) })}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Paper>
    </Stack>
  );
}
