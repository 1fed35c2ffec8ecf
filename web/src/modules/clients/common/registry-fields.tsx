import { Button, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Autocomplete, Checkbox, DateField, Select, TextInput, Textarea } from './view-fields';
import { IconWand } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { decodeCodiceFiscale } from '@agency/shared';
import type { Bind } from './bind';
import { birthProvinceAsked, useValidationOptions, type RegistryValues } from './registry-values';
import { useClientOptions } from './use-client-options';

/** Frequent legal forms in the platform's markets (free text is allowed too). */
const LEGAL_FORMS = ['S.r.l.', 'S.r.l.s.', 'S.p.A.', 'S.a.s.', 'S.n.c.', 'Soc. coop.', 'B.V.', 'N.V.', 'V.o.f.', 'GmbH', 'AG', 'UG', 'KG', 'OHG', 'e.V.', 'sp. z o.o.', 'S.A.', 'sp.j.'];

interface Props {
  bind: Bind;
  values: RegistryValues;
  kind: 'person' | 'entity';
  readOnly?: boolean;
  /** Sets several fields at once (birth data read from a codice fiscale). */
  fill?(values: Partial<RegistryValues>): void;
}

/** The registry area (CL-1, CL-2) for a person or a legal entity; required fields are marked. */
export function RegistryFields({ bind, values, kind, readOnly, fill }: Props) {
  const { t } = useTranslation();
  const options = useClientOptions();
  const company = useValidationOptions();
  const person = kind === 'person';
  const country = values.taxCountry || company.country;
  // the tax id's name follows its country (BSN, PESEL, Steuer-ID…), in the user's language
  const taxLabel = t(`naming.taxId.${kind}.${country}`, { defaultValue: t('clients.fields.taxCode') });
  const askProvince = birthProvinceAsked(values.birthCountry, company.country);
  const cf = person && country === 'IT' && !readOnly && fill && /^[A-Z0-9]{16}$/i.test(values.taxCode.trim()) ? decodeCodiceFiscale(values.taxCode.trim()) : null;
  // Offered only when the birth data differ from what the codice fiscale encodes.
  const decoded = cf && (cf.birthDate !== values.birthDate || cf.gender !== values.gender || !values.birthPlace) ? cf : null;
  return (
    <Stack gap="md">
      {person ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('clients.fields.firstName')} withAsterisk autoComplete="off" data-testid="field-firstName" {...bind('firstName')} />
          <Grid gap="md">
            <Grid.Col span={4}>
              <TextInput
                label={t('naming.fields.namePrefix')}
                title={t('naming.hints.namePrefix')}
                placeholder={t('naming.hints.namePrefixExample')}
                autoComplete="off"
                maxLength={20}
                data-testid="field-namePrefix"
                {...bind('namePrefix')}
              />
            </Grid.Col>
            <Grid.Col span={8}>
              <TextInput label={t('clients.fields.lastName')} withAsterisk autoComplete="off" data-testid="field-lastName" {...bind('lastName')} />
            </Grid.Col>
          </Grid>
          <Select label={t('clients.fields.gender')} data={options.genders} clearable comboboxProps={{ withinPortal: true }} {...bind('gender', { type: 'select' })} />
          <DateField label={t('clients.fields.birthDate')} data-testid="field-birthDate" twoDigitYears="past" {...bind('birthDate', { type: 'date' })} />
          <TextInput label={t('clients.fields.birthPlace')} autoComplete="off" {...bind('birthPlace')} />
          {askProvince && <TextInput label={t('clients.fields.birthProvince')} autoComplete="off" maxLength={10} data-testid="field-birthProvince" {...bind('birthProvince')} />}
          <Select label={t('clients.fields.birthCountry')} data={options.countries} searchable clearable comboboxProps={{ withinPortal: true }} data-testid="field-birthCountry" {...bind('birthCountry', { type: 'select' })} />
          <Select label={t('clients.fields.citizenship')} data={options.countries} searchable clearable comboboxProps={{ withinPortal: true }} {...bind('citizenship', { type: 'select' })} />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('clients.fields.legalName')} withAsterisk autoComplete="off" data-testid="field-legalName" {...bind('legalName')} />
          <Autocomplete label={t('clients.fields.legalForm')} withAsterisk data={LEGAL_FORMS} comboboxProps={{ withinPortal: true }} data-testid="field-legalForm" {...bind('legalForm')} />
        </SimpleGrid>
      )}
      <Title order={3} size="h5">
        {t('clients.sections.taxIds')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('clients.fields.taxCountry')}
          description={t('clients.hints.taxCountry')}
          data={options.countries}
          searchable
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="field-taxCountry"
          {...bind('taxCountry', { type: 'select' })}
        />
        <TextInput
          label={taxLabel}
          withAsterisk={!values.noLocalTaxId && (person || !values.vatNumber.trim())}
          description={person ? undefined : t('clients.hints.taxCodeOrVat')}
          autoComplete="off"
          data-testid="field-taxCode"
          {...bind('taxCode')}
        />
        {!person && (
          <TextInput
            label={t('clients.fields.vatNumber')}
            description={t('clients.hints.vatNumber')}
            withAsterisk={!values.noLocalTaxId && !values.taxCode.trim()}
            autoComplete="off"
            data-testid="field-vatNumber"
            {...bind('vatNumber')}
          />
        )}
      </SimpleGrid>
      {decoded && (
        <Group gap="xs">
          <Button
            variant="light"
            size="xs"
            leftSection={<IconWand size={14} />}
            onClick={() => fill?.({ birthDate: decoded.birthDate, gender: decoded.gender, birthPlace: decoded.birthPlace, birthProvince: decoded.birthProvince, birthCountry: 'IT' })}
          >
            {t('clients.create.fillFromTaxCode')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('clients.create.fillFromTaxCodeHint')}
          </Text>
        </Group>
      )}
      <Checkbox
        label={t('clients.fields.noLocalTaxId')}
        description={t('clients.hints.noLocalTaxId')}
        data-testid="field-noLocalTaxId"
        {...bind('noLocalTaxId', { type: 'checkbox' })}
      />
      {values.noLocalTaxId && (
        <Textarea label={t('clients.fields.noLocalTaxIdReason')} withAsterisk autosize minRows={2} data-testid="field-noLocalTaxIdReason" {...bind('noLocalTaxIdReason')} />
      )}
      <Select label={t('clients.fields.preferredLocale')} data={options.locales} clearable comboboxProps={{ withinPortal: true }} w={{ base: '100%', sm: 260 }} {...bind('preferredLocale', { type: 'select' })} />
    </Stack>
  );
}
