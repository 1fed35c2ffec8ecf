import { Grid, Group, Stack, Text } from '@mantine/core';
import { TextInput, Textarea } from '../common/view-fields';
import { activitySchema, activitySchemeOf, parseArea } from '@agency/shared';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ClientActivityFragment } from '../../../gql/graphql';
import { SetClientActivityMutation } from '../mutations';
import type { ClientTabProps } from '../panel-tabs';
import { binder } from '../common/bind';
import { orEmpty, orNull } from '../common/client-types';
import { ClientPicker } from '../common/client-picker';
import { withoutPrefix } from '../common/field-errors';
import { useValidationOptions } from '../common/registry-values';
import { useCanEdit } from '../common/use-can-edit';
import { AreaForm, useAreaSubmit } from './area-form';
import { acceptSaved, useClientForm } from './use-client-form';

interface ActivityValues {
  occupation: string;
  employer: string;
  registryNumber: string;
  activityCode: string;
  activityDescription: string;
  legalRepresentativeId: string;
  legalRepresentativeDisplay: string;
  legalRepresentativeName: string;
}

type Activity = Omit<ClientActivityFragment, 'legalRepresentative'> & { legalRepresentative: { id: string; displayName?: string } | null };

/** The form's values from the server's; `shown` is the representative's name when the answer has only the id. */
const fromClient = (c: Activity, shown = ''): ActivityValues => ({
  occupation: orEmpty(c.occupation),
  employer: orEmpty(c.employer),
  registryNumber: orEmpty(c.registryNumber),
  activityCode: orEmpty(c.activityCode),
  activityDescription: orEmpty(c.activityDescription),
  legalRepresentativeId: c.legalRepresentative?.id ?? '',
  legalRepresentativeDisplay: c.legalRepresentative ? (c.legalRepresentative.displayName ?? shown) : '',
  legalRepresentativeName: orEmpty(c.legalRepresentativeName),
});

const toInput = (v: ActivityValues) => ({
  occupation: orNull(v.occupation),
  employer: orNull(v.employer),
  registryNumber: orNull(v.registryNumber),
  activityCode: orNull(v.activityCode),
  activityDescription: orNull(v.activityDescription),
  legalRepresentativeId: v.legalRepresentativeId || null,
  legalRepresentativeName: v.legalRepresentativeId ? null : orNull(v.legalRepresentativeName),
});

/** Occupation (persons) or activity (entities: legal form, VAT, registry number, activity code, legal representative). */
export function ActivityTab({ client }: ClientTabProps) {
  const { t } = useTranslation();
  const options = useValidationOptions();
  const canEdit = useCanEdit(client);
  const person = client.kind === 'PERSON';
  // the classification of the client's tax country (SBI, WZ, PKD, ATECO; NACE elsewhere)
  const scheme = activitySchemeOf(client.taxCountry);
  const form = useClientForm<ActivityValues>(fromClient(client));
  const [, setActivity] = useMutation(SetClientActivityMutation);
  const area = useAreaSubmit(form, {
    validate: (v) => {
      const parsed = parseArea(activitySchema(options, client.taxCountry), toInput(v));
      return parsed.ok ? [] : parsed.errors;
    },
    save: async (v) => {
      const result = await setActivity({ id: client.id, activity: toInput(v) });
      if (result.data) acceptSaved(form, fromClient(result.data.setClientActivity, v.legalRepresentativeDisplay));
      return result;
    },
    map: withoutPrefix('activity'),
    saved: t('clients.panel.saved'),
  });
  const bind = binder(form, !canEdit);
  const v = form.getValues();
  return (
    <AreaForm title={t(person ? 'clients.sections.occupation' : 'clients.sections.activity')} canEdit={canEdit} dirty={form.isDirty()} area={area} onReset={() => form.reset()} testId="activity-form">
      {person ? (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('clients.fields.occupation')} {...bind('occupation')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t('clients.fields.employer')} {...bind('employer')} />
          </Grid.Col>
        </Grid>
      ) : (
        <Stack gap="md">
          <Group gap="xl" aria-label={t('clients.panel.fromRegistry')} role="group">
            <div>
              <Text size="xs" c="dimmed">
                {t('clients.fields.legalForm')}
              </Text>
              <Text size="sm">{client.legalForm ?? '—'}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                {t('clients.fields.vatNumber')}
              </Text>
              <Text size="sm" className="mono">
                {client.vatNumber ?? '—'}
              </Text>
            </div>
            <Text size="xs" c="dimmed">
              {t('clients.panel.editOnRegistry')}
            </Text>
          </Group>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label={t(`naming.registryNumber.${client.taxCountry}`, { defaultValue: t('clients.fields.registryNumber') })}
                description={t('clients.hints.registryNumber')}
                data-testid="field-registryNumber"
                {...bind('registryNumber')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={t('naming.activityCode', { scheme })} description={t(`naming.activityHint.${scheme}`, { defaultValue: '' })} data-testid="field-activityCode" {...bind('activityCode')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <Textarea label={t('clients.fields.activityDescription')} autosize minRows={2} {...bind('activityDescription')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <ClientPicker
                label={t('clients.fields.legalRepresentative')}
                description={t('clients.hints.legalRepresentative')}
                value={v.legalRepresentativeId ? { id: v.legalRepresentativeId, displayName: v.legalRepresentativeDisplay } : null}
                onChange={(picked) => {
                  form.setFieldValue('legalRepresentativeId', picked?.id ?? '');
                  form.setFieldValue('legalRepresentativeDisplay', picked?.displayName ?? '');
                }}
                kind="PERSON"
                excludeId={client.id}
                readOnly={!canEdit}
                error={form.errors.legalRepresentativeId as string | undefined}
              />
            </Grid.Col>
            {!v.legalRepresentativeId && (
              <Grid.Col span={{ base: 12, sm: 6 }}>
                <TextInput label={t('clients.fields.legalRepresentativeName')} {...bind('legalRepresentativeName')} />
              </Grid.Col>
            )}
          </Grid>
        </Stack>
      )}
    </AreaForm>
  );
}
