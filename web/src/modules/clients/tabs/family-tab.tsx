import { Anchor, Grid, Stack } from '@mantine/core';
import { Checkbox, DateField, Select, TextInput } from '../common/view-fields';
import { familySchema, parseArea } from '@agency/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import type { ClientFamilyFragment, HouseholdRelation, MaritalStatus } from '../../../gql/graphql';
import { SetClientFamilyMutation } from '../mutations';
import type { ClientTabProps } from '../panel-tabs';
import { binder } from '../common/bind';
import { clientPath, fromApiEnum, orEmpty, orNull, toApiEnum } from '../common/client-types';
import { ClientPicker } from '../common/client-picker';
import { withoutPrefix } from '../common/field-errors';
import { useValidationOptions } from '../common/registry-values';
import { useClientOptions } from '../common/use-client-options';
import { useCanEdit } from '../common/use-can-edit';
import { AreaForm, useAreaSubmit } from './area-form';
import { ListArea } from './list-area';
import { acceptSaved, useClientForm } from './use-client-form';

interface MemberRow {
  id: string;
  memberClientId: string;
  memberName: string;
  name: string;
  relation: string;
  birthDate: string;
  dependent: boolean;
}

interface FamilyValues {
  maritalStatus: string;
  members: MemberRow[];
}

type Household = Pick<ClientFamilyFragment, 'maritalStatus'> & { household: Array<Omit<ClientFamilyFragment['household'][number], 'memberClient'> & { memberClient: { id: string; displayName?: string } | null }> };

/** The form's values from the server's; `names` gives the linked cards' names when the answer has only their ids. */
const fromClient = (c: Household, names: Map<string, string> = new Map()): FamilyValues => ({
  maritalStatus: c.maritalStatus ? fromApiEnum(c.maritalStatus) : '',
  members: c.household.map((m) => ({
    id: m.id,
    memberClientId: m.memberClient?.id ?? '',
    memberName: m.memberClient ? (m.memberClient.displayName ?? names.get(m.memberClient.id) ?? '') : '',
    name: orEmpty(m.name),
    relation: fromApiEnum(m.relation),
    birthDate: orEmpty(m.birthDate),
    dependent: m.dependent,
  })),
});

const memberInput = (m: MemberRow) => ({ id: m.id || null, memberClientId: m.memberClientId || null, name: m.memberClientId ? null : orNull(m.name), birthDate: orNull(m.birthDate), dependent: m.dependent });

/** Family situation (CL-2): marital status and household members, who may be clients of the company too. */
export function FamilyTab({ client }: ClientTabProps) {
  const { t } = useTranslation();
  const options = useValidationOptions();
  const lists = useClientOptions();
  const canEdit = useCanEdit(client);
  const form = useClientForm<FamilyValues>(fromClient(client));
  const [, setFamily] = useMutation(SetClientFamilyMutation);
  const area = useAreaSubmit(form, {
    validate: (v) => {
      const parsed = parseArea(familySchema(options), { maritalStatus: v.maritalStatus || null, members: v.members.map((m) => ({ ...memberInput(m), relation: m.relation })) });
      return parsed.ok ? [] : parsed.errors;
    },
    save: async (v) => {
      const family = {
        maritalStatus: v.maritalStatus ? toApiEnum<MaritalStatus>(v.maritalStatus) : null,
        members: v.members.map((m) => ({ ...memberInput(m), relation: toApiEnum<HouseholdRelation>(m.relation) })),
      };
      const result = await setFamily({ id: client.id, family });
      if (result.data) acceptSaved(form, fromClient(result.data.setClientFamily, new Map(v.members.map((m) => [m.memberClientId, m.memberName]))));
      return result;
    },
    map: withoutPrefix('family'),
    saved: t('clients.panel.saved'),
  });
  const bind = binder(form, !canEdit);
  const rows = form.getValues().members;
  return (
    <AreaForm title={t('clients.tabs.family')} canEdit={canEdit} dirty={form.isDirty()} area={area} onReset={() => form.reset()} testId="family-form">
      <Stack gap="md">
        <Select label={t('clients.fields.maritalStatus')} data={lists.maritalStatuses} clearable comboboxProps={{ withinPortal: true }} w={{ base: '100%', sm: 300 }} {...bind('maritalStatus', { type: 'select' })} />
        <ListArea
          items={rows}
          itemLabel={(i) => t('clients.panel.memberN', { n: i + 1 })}
          canEdit={canEdit}
          addLabel={t('clients.panel.addMember')}
          emptyText={t('clients.panel.noMembers')}
          onAdd={() => form.insertListItem('members', { id: '', memberClientId: '', memberName: '', name: '', relation: 'child', birthDate: '', dependent: false })}
          onRemove={(i) => form.removeListItem('members', i)}
          testId="member"
          renderItem={(row, i) => (
            <Grid gap="md" align="flex-end">
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <Select label={t('clients.fields.relation')} data={lists.relations} allowDeselect={false} comboboxProps={{ withinPortal: true }} {...bind(`members.${i}.relation`, { type: 'select' })} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <ClientPicker
                  label={t('clients.fields.memberClient')}
                  description={row.memberClientId ? undefined : t('clients.hints.memberClient')}
                  value={row.memberClientId ? { id: row.memberClientId, displayName: row.memberName } : null}
                  onChange={(v) => {
                    form.setFieldValue(`members.${i}.memberClientId`, v?.id ?? '');
                    form.setFieldValue(`members.${i}.memberName`, v?.displayName ?? '');
                  }}
                  excludeId={client.id}
                  readOnly={!canEdit}
                  error={form.errors[`members.${i}.memberClientId`] as string | undefined}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 4 }}>
                {row.memberClientId ? (
                  <Anchor component={Link} to={clientPath(row.memberClientId)} size="sm">
                    {t('clients.panel.openMember', { client: row.memberName })}
                  </Anchor>
                ) : (
                  <TextInput label={t('clients.fields.memberName')} withAsterisk={canEdit} {...bind(`members.${i}.name`)} />
                )}
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <DateField label={t('clients.fields.birthDate')} twoDigitYears="past" {...bind(`members.${i}.birthDate`, { type: 'date' })} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <Checkbox label={t('clients.fields.dependent')} mb={8} {...bind(`members.${i}.dependent`, { type: 'checkbox' })} />
              </Grid.Col>
            </Grid>
          )}
        />
      </Stack>
    </AreaForm>
  );
}
