import { Grid } from '@mantine/core';
import { Checkbox, DateField, TextInput } from '../common/view-fields';
import { bankAccountsSchema, parseArea } from '@agency/shared';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ClientBankAccountsFragment } from '../../../gql/graphql';
import { SetClientBankAccountsMutation } from '../mutations';
import type { ClientTabProps } from '../panel-tabs';
import { binder } from '../common/bind';
import { orEmpty, orNull } from '../common/client-types';
import { useValidationOptions } from '../common/registry-values';
import { useCanEdit } from '../common/use-can-edit';
import { AreaForm, useAreaSubmit } from './area-form';
import { ListArea } from './list-area';
import { acceptSaved, useClientForm } from './use-client-form';

interface BankRow {
  id: string;
  iban: string;
  bic: string;
  holder: string;
  bankName: string;
  sepaMandateRef: string;
  sepaMandateDate: string;
  preferred: boolean;
}

const fromClient = (c: ClientBankAccountsFragment) => ({
  bankAccounts: c.bankAccounts.map((b) => ({
    id: b.id, iban: b.iban, bic: orEmpty(b.bic), holder: b.holder, bankName: orEmpty(b.bankName), sepaMandateRef: orEmpty(b.sepaMandateRef), sepaMandateDate: orEmpty(b.sepaMandateDate), preferred: b.preferred,
  })),
});

const toInput = (b: BankRow) => ({
  id: b.id || null, iban: b.iban, bic: orNull(b.bic), holder: b.holder, bankName: orNull(b.bankName), sepaMandateRef: orNull(b.sepaMandateRef), sepaMandateDate: orNull(b.sepaMandateDate), preferred: b.preferred,
});

/** Bank data (CL-2): IBAN, BIC, holder and the SEPA direct-debit mandate; one preferred account. */
export function BankTab({ client }: ClientTabProps) {
  const { t } = useTranslation();
  const options = useValidationOptions();
  const canEdit = useCanEdit(client);
  const form = useClientForm<{ bankAccounts: BankRow[] }>(fromClient(client));
  const [, setBankAccounts] = useMutation(SetClientBankAccountsMutation);
  const area = useAreaSubmit(form, {
    validate: (v) => {
      const parsed = parseArea(bankAccountsSchema(options), v.bankAccounts.map(toInput), 'bankAccounts');
      return parsed.ok ? [] : parsed.errors;
    },
    save: async (v) => {
      const result = await setBankAccounts({ id: client.id, bankAccounts: v.bankAccounts.map(toInput) });
      if (result.data) acceptSaved(form, fromClient(result.data.setClientBankAccounts));
      return result;
    },
    saved: t('clients.panel.saved'),
  });
  const bind = binder(form, !canEdit);
  const rows = form.getValues().bankAccounts;
  const prefer = (index: number, checked: boolean) =>
    form.setFieldValue('bankAccounts', rows.map((r, i) => (i === index ? { ...r, preferred: checked } : checked ? { ...r, preferred: false } : r)));
  return (
    <AreaForm title={t('clients.tabs.bank')} hint={t('clients.panel.bankHint')} canEdit={canEdit} dirty={form.isDirty()} area={area} onReset={() => form.reset()} testId="bank-form">
      <ListArea
        items={rows}
        itemLabel={(i) => t('clients.panel.accountN', { n: i + 1 })}
        canEdit={canEdit}
        addLabel={t('clients.panel.addAccount')}
        emptyText={t('clients.panel.noAccounts')}
        onAdd={() => form.insertListItem('bankAccounts', { id: '', iban: '', bic: '', holder: client.displayName, bankName: '', sepaMandateRef: '', sepaMandateDate: '', preferred: rows.length === 0 })}
        onRemove={(i) => form.removeListItem('bankAccounts', i)}
        testId="account"
        renderItem={(row, i) => (
          <Grid gap="md" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput label={t('clients.fields.iban')} withAsterisk={canEdit} className="mono" data-testid={`field-bankAccounts.${i}.iban`} {...bind(`bankAccounts.${i}.iban`)} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput label={t('clients.fields.bic')} data-testid={`field-bankAccounts.${i}.bic`} {...bind(`bankAccounts.${i}.bic`)} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={t('clients.fields.bankName')} {...bind(`bankAccounts.${i}.bankName`)} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 5 }}>
              <TextInput label={t('clients.fields.holder')} withAsterisk={canEdit} {...bind(`bankAccounts.${i}.holder`)} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }}>
              <TextInput label={t('clients.fields.sepaMandateRef')} {...bind(`bankAccounts.${i}.sepaMandateRef`)} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 2 }}>
              <DateField label={t('clients.fields.sepaMandateDate')} {...bind(`bankAccounts.${i}.sepaMandateDate`, { type: 'date' })} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 2 }}>
              <Checkbox label={t('clients.fields.preferred')} checked={row.preferred} disabled={!canEdit} onChange={(e) => prefer(i, e.currentTarget.checked)} error={form.errors[`bankAccounts.${i}.preferred`]} mb={8} />
            </Grid.Col>
          </Grid>
        )}
      />
    </AreaForm>
  );
}
