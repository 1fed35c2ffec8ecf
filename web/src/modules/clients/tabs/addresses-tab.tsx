import { Grid } from '@mantine/core';
import { Select, TextInput } from '../common/view-fields';
import { addressesSchema, parseArea } from '@agency/shared';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { AddressKind, ClientAddressesFragment } from '../../../gql/graphql';
import { SetClientAddressesMutation } from '../mutations';
import type { ClientTabProps } from '../panel-tabs';
import { binder } from '../common/bind';
import { fromApiEnum, orEmpty, orNull, toApiEnum } from '../common/client-types';
import { useValidationOptions } from '../common/registry-values';
import { useClientOptions } from '../common/use-client-options';
import { useCanEdit } from '../common/use-can-edit';
import { AddressFields } from '../create/create-sections';
import { AreaForm, useAreaSubmit } from './area-form';
import { ListArea } from './list-area';
import { acceptSaved, useClientForm } from './use-client-form';

interface AddressRow {
  id: string;
  kind: string;
  label: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
  province: string;
  country: string;
}

const fromClient = (c: ClientAddressesFragment) => ({
  addresses: c.addresses.map((a) => ({ id: a.id, kind: fromApiEnum(a.kind), label: orEmpty(a.label), line1: a.line1, line2: orEmpty(a.line2), postalCode: a.postalCode, city: a.city, province: orEmpty(a.province), country: a.country })),
});

const toInput = (a: AddressRow) => ({ id: a.id || null, label: orNull(a.label), line1: a.line1, line2: orNull(a.line2), postalCode: a.postalCode, city: a.city, province: orNull(a.province), country: orNull(a.country) });

/** Residence or registered office, domicile, billing address, risk locations (CL-2). */
export function AddressesTab({ client }: ClientTabProps) {
  const { t } = useTranslation();
  const options = useValidationOptions();
  const lists = useClientOptions();
  const canEdit = useCanEdit(client);
  const form = useClientForm<{ addresses: AddressRow[] }>(fromClient(client));
  const [, setAddresses] = useMutation(SetClientAddressesMutation);
  const area = useAreaSubmit(form, {
    validate: (v) => {
      const parsed = parseArea(addressesSchema(options), v.addresses.map((a) => ({ ...toInput(a), kind: a.kind })), 'addresses');
      return parsed.ok ? [] : parsed.errors;
    },
    save: async (v) => {
      const result = await setAddresses({ id: client.id, addresses: v.addresses.map((a) => ({ ...toInput(a), kind: toApiEnum<AddressKind>(a.kind) })) });
      if (result.data) acceptSaved(form, fromClient(result.data.setClientAddresses));
      return result;
    },
    saved: t('clients.panel.saved'),
  });
  const bind = binder(form, !canEdit);
  const rows = form.getValues().addresses;
  const hasResidence = rows.some((a) => a.kind === 'residence');
  return (
    <AreaForm title={t('clients.tabs.addresses')} hint={t('clients.panel.addressesHint')} canEdit={canEdit} dirty={form.isDirty()} area={area} onReset={() => form.reset()} testId="addresses-form">
      <ListArea
        items={rows}
        itemLabel={(i) => t('clients.panel.addressN', { n: i + 1 })}
        canEdit={canEdit}
        addLabel={t('clients.panel.addAddress')}
        emptyText={t('clients.panel.noAddresses')}
        onAdd={() => form.insertListItem('addresses', { id: '', kind: hasResidence ? 'risk' : 'residence', label: '', line1: '', line2: '', postalCode: '', city: '', province: '', country: options.country })}
        onRemove={(i) => form.removeListItem('addresses', i)}
        testId="address"
        renderItem={(_a, i) => (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <Select label={t('clients.fields.addressKind')} data={lists.addressKinds} allowDeselect={false} withAsterisk={canEdit} comboboxProps={{ withinPortal: true }} {...bind(`addresses.${i}.kind`, { type: 'select' })} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <TextInput label={t('clients.fields.addressLabel')} description={t('clients.hints.addressLabel')} {...bind(`addresses.${i}.label`)} />
            </Grid.Col>
            <Grid.Col span={12}>
              <AddressFields bind={bind} prefix={`addresses.${i}`} readOnly={!canEdit} />
            </Grid.Col>
          </Grid>
        )}
      />
    </AreaForm>
  );
}
