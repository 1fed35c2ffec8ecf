import { Grid } from '@mantine/core';
import { Checkbox, Select, TextInput } from '../common/view-fields';
import { contactsSchema, parseArea } from '@agency/shared';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ClientContactsFragment, ContactKind } from '../../../gql/graphql';
import { SetClientContactsMutation } from '../mutations';
import type { ClientTabProps } from '../panel-tabs';
import { binder } from '../common/bind';
import { fromApiEnum, orEmpty, orNull, toApiEnum } from '../common/client-types';
import { useValidationOptions } from '../common/registry-values';
import { useClientOptions } from '../common/use-client-options';
import { useCanEdit } from '../common/use-can-edit';
import { AreaForm, useAreaSubmit } from './area-form';
import { ListArea } from './list-area';
import { acceptSaved, useClientForm } from './use-client-form';

interface ContactRow {
  id: string;
  kind: string;
  value: string;
  label: string;
  preferred: boolean;
}

const fromClient = (c: ClientContactsFragment) => ({
  contacts: c.contacts.map((k) => ({ id: k.id, kind: fromApiEnum(k.kind), value: k.value, label: orEmpty(k.label), preferred: k.preferred })),
});

const toInput = (k: ContactRow) => ({ id: k.id || null, value: k.value, label: orNull(k.label), preferred: k.preferred });

/** Several e-mails, PEC addresses and phones; one preferred of each kind (CL-2). */
export function ContactsTab({ client }: ClientTabProps) {
  const { t } = useTranslation();
  const options = useValidationOptions();
  const lists = useClientOptions();
  const canEdit = useCanEdit(client);
  const form = useClientForm<{ contacts: ContactRow[] }>(fromClient(client));
  const [, setContacts] = useMutation(SetClientContactsMutation);
  const area = useAreaSubmit(form, {
    validate: (v) => {
      const parsed = parseArea(contactsSchema(options), v.contacts.map((k) => ({ ...toInput(k), kind: k.kind })), 'contacts');
      return parsed.ok ? [] : parsed.errors;
    },
    save: async (v) => {
      const result = await setContacts({ id: client.id, contacts: v.contacts.map((k) => ({ ...toInput(k), kind: toApiEnum<ContactKind>(k.kind) })) });
      if (result.data) acceptSaved(form, fromClient(result.data.setClientContacts));
      return result;
    },
    saved: t('clients.panel.saved'),
  });
  const bind = binder(form, !canEdit);
  const rows = form.getValues().contacts;
  const prefer = (index: number, checked: boolean) => {
    const kind = rows[index].kind;
    form.setFieldValue(
      'contacts',
      rows.map((r, i) => (i === index ? { ...r, preferred: checked } : r.kind === kind && checked ? { ...r, preferred: false } : r)),
    );
  };
  return (
    <AreaForm title={t('clients.tabs.contacts')} hint={t('clients.panel.contactsHint')} canEdit={canEdit} dirty={form.isDirty()} area={area} onReset={() => form.reset()} testId="contacts-form">
      <ListArea
        items={rows}
        itemLabel={(i) => t('clients.panel.contactN', { n: i + 1 })}
        canEdit={canEdit}
        addLabel={t('clients.panel.addContact')}
        emptyText={t('clients.panel.noContacts')}
        onAdd={() => form.insertListItem('contacts', { id: '', kind: 'email', value: '', label: '', preferred: !rows.some((r) => r.kind === 'email') })}
        onRemove={(i) => form.removeListItem('contacts', i)}
        testId="contact"
        renderItem={(row, i) => (
          <Grid gap="md" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <Select label={t('clients.fields.contactKind')} data={lists.contactKinds} allowDeselect={false} comboboxProps={{ withinPortal: true }} {...bind(`contacts.${i}.kind`, { type: 'select' })} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label={t(row.kind === 'phone' ? 'clients.fields.phone' : row.kind === 'pec' ? 'clients.fields.pec' : 'clients.fields.email')}
                type={row.kind === 'phone' ? 'tel' : 'email'}
                withAsterisk={canEdit}
                data-testid={`field-contacts.${i}.value`}
                {...bind(`contacts.${i}.value`)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput label={t('clients.fields.contactLabel')} {...bind(`contacts.${i}.label`)} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 2 }}>
              <Checkbox
                label={t('clients.fields.preferred')}
                checked={row.preferred}
                disabled={!canEdit}
                onChange={(e) => prefer(i, e.currentTarget.checked)}
                error={form.errors[`contacts.${i}.preferred`]}
                mb={8}
              />
            </Grid.Col>
          </Grid>
        )}
      />
    </AreaForm>
  );
}
