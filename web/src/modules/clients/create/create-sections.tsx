import { Grid, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { Select, TextInput } from '../common/view-fields';
import { useTranslation } from 'react-i18next';
import { activitySchemeOf } from '@agency/shared';
import type { ReactNode } from 'react';
import type { Bind } from '../common/bind';
import { useClientOptions } from '../common/use-client-options';
import { SectionTitle } from '../common/section-title';

/** A titled part of a long form. */
export function FormSection({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={title}>
      <Stack gap="md">
        <SectionTitle title={title} hint={hint} />
        {children}
      </Stack>
    </Paper>
  );
}

/** E-mail and phone of the new card (more can be added on the card's contacts tab). */
export function ContactSection({ bind }: { bind: Bind }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('clients.sections.contacts')} hint={t('clients.create.contactsHint')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput type="email" label={t('clients.fields.email')} autoComplete="off" data-testid="field-email" {...bind('email')} />
        <TextInput type="tel" label={t('clients.fields.phone')} description={t('clients.hints.phone')} autoComplete="off" data-testid="field-phone" {...bind('phone')} />
      </SimpleGrid>
    </FormSection>
  );
}

/** The residence (persons) or registered office (entities); `prefix` is the form path of the address. */
export function AddressFields({ bind, prefix, readOnly }: { bind: Bind; prefix: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  const options = useClientOptions();
  const required = !readOnly;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <TextInput label={t('clients.fields.line1')} withAsterisk={required} data-testid={`field-${prefix}.line1`} {...bind(`${prefix}.line1`)} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <TextInput label={t('clients.fields.line2')} {...bind(`${prefix}.line2`)} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <TextInput label={t('clients.fields.postalCode')} withAsterisk={required} data-testid={`field-${prefix}.postalCode`} {...bind(`${prefix}.postalCode`)} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 4 }}>
        <TextInput label={t('clients.fields.city')} withAsterisk={required} data-testid={`field-${prefix}.city`} {...bind(`${prefix}.city`)} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 2 }}>
        <TextInput label={t('clients.fields.province')} maxLength={10} {...bind(`${prefix}.province`)} />
      </Grid.Col>
      <Grid.Col span={{ base: 6, sm: 3 }}>
        <Select label={t('clients.fields.country')} data={options.countries} searchable allowDeselect={false} comboboxProps={{ withinPortal: true }} {...bind(`${prefix}.country`, { type: 'select' })} />
      </Grid.Col>
    </Grid>
  );
}

/** IBAN, BIC and holder; the SEPA mandate is added on the card's bank tab. */
export function BankSection({ bind }: { bind: Bind }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('clients.sections.bank')} hint={t('clients.create.bankHint')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput label={t('clients.fields.iban')} autoComplete="off" data-testid="field-bank.iban" {...bind('bank.iban')} />
        <TextInput label={t('clients.fields.bic')} autoComplete="off" data-testid="field-bank.bic" {...bind('bank.bic')} />
        <TextInput label={t('clients.fields.holder')} autoComplete="off" data-testid="field-bank.holder" {...bind('bank.holder')} />
      </SimpleGrid>
    </FormSection>
  );
}

/** Occupation (persons) or activity (entities). */
export function ActivitySection({ bind, kind, country }: { bind: Bind; kind: 'person' | 'entity'; country: string }) {
  const { t } = useTranslation();
  // the classification of the client's tax country (SBI, WZ, PKD, ATECO; NACE elsewhere)
  const scheme = activitySchemeOf(country);
  return (
    <FormSection title={t(kind === 'person' ? 'clients.sections.occupation' : 'clients.sections.activity')}>
      {kind === 'person' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('clients.fields.occupation')} {...bind('activity.occupation')} />
          <TextInput label={t('clients.fields.employer')} {...bind('activity.employer')} />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            label={t(`naming.registryNumber.${country}`, { defaultValue: t('clients.fields.registryNumber') })}
            description={t('clients.hints.registryNumber')}
            data-testid="field-activity.registryNumber"
            {...bind('activity.registryNumber')}
          />
          <TextInput
            label={t('naming.activityCode', { scheme })}
            description={t(`naming.activityHint.${scheme}`, { defaultValue: '' })}
            data-testid="field-activity.activityCode"
            {...bind('activity.activityCode')}
          />
          <TextInput label={t('clients.fields.legalRepresentativeName')} {...bind('activity.legalRepresentativeName')} />
        </SimpleGrid>
      )}
    </FormSection>
  );
}

/** Active client, or prospect whose data stay "suspended" until a policy is requested (CL-8). */
export function StatusChoice({ value, onChange }: { value: 'active' | 'prospect'; onChange(v: 'active' | 'prospect'): void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="new-client-status">
        {t('clients.fields.status')}
      </Text>
      <SegmentedControl
        aria-labelledby="new-client-status"
        value={value}
        onChange={(v) => onChange(v as 'active' | 'prospect')}
        data={[
          { value: 'active', label: t('clients.enum.status.active') },
          { value: 'prospect', label: t('clients.enum.status.prospect') },
        ]}
        w={{ base: '100%', sm: 320 }}
      />
    </Stack>
  );
}
