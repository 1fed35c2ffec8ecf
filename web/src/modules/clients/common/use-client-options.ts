import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADDRESS_KINDS,
  CLIENT_KINDS,
  CLIENT_STATUSES,
  CONTACT_KINDS,
  DOCUMENT_CATEGORIES,
  GENDERS,
  HOUSEHOLD_RELATIONS,
  IDENTITY_DOCUMENT_TYPES,
  LOCALES,
  MARITAL_STATUSES,
  SERVICE_ENTRY_KINDS,
} from '@agency/shared';
import { LANGUAGE_NATIVE_NAMES } from '../../../i18n/languages';
import { useFormat } from '../../../i18n/format';

export interface Option {
  value: string;
  label: string;
}

/** Countries offered first in country fields: the platform's markets, the EU, and frequent others. */
const COUNTRIES = [
  'IT', 'NL', 'DE', 'PL', 'AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE', 'LT', 'LU', 'LV', 'MT',
  'NO', 'PT', 'RO', 'SE', 'SI', 'SK', 'AL', 'BA', 'MA', 'TN', 'EG', 'UA', 'MD', 'RS', 'TR', 'IN', 'CN', 'PH', 'LK', 'BD', 'PK', 'NG', 'SN', 'BR',
  'AR', 'PE', 'EC', 'US', 'CA',
];

/**
 * The options of the card's closed lists in the user's language. Keys of the catalogue follow the
 * shared values (`clients.enum.addressKind.residence`); countries come from Intl.
 */
export function useClientOptions() {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo(() => {
    const list = (group: string, values: readonly string[]): Option[] => values.map((value) => ({ value, label: t(`clients.enum.${group}.${value}`) }));
    const regions = new Intl.DisplayNames([format.locale], { type: 'region' });
    const countries = COUNTRIES.map((value) => ({ value, label: `${regions.of(value) ?? value} (${value})` }));
    return {
      kinds: list('kind', CLIENT_KINDS),
      statuses: list('status', CLIENT_STATUSES),
      genders: list('gender', GENDERS),
      addressKinds: list('addressKind', ADDRESS_KINDS),
      contactKinds: list('contactKind', CONTACT_KINDS),
      identityDocumentTypes: list('identityDocumentType', IDENTITY_DOCUMENT_TYPES),
      maritalStatuses: list('maritalStatus', MARITAL_STATUSES),
      relations: list('relation', HOUSEHOLD_RELATIONS),
      serviceEntryKinds: list('serviceEntryKind', SERVICE_ENTRY_KINDS),
      documentCategories: list('documentCategory', DOCUMENT_CATEGORIES),
      locales: LOCALES.map((value) => ({ value, label: LANGUAGE_NATIVE_NAMES[value] })),
      countries,
      countryName: (code: string | null | undefined) => (code ? (regions.of(code) ?? code) : ''),
      label: (group: string, value: string | null | undefined) => (value ? t(`clients.enum.${group}.${value.toLowerCase()}`, { defaultValue: value }) : ''),
    };
  }, [t, format.locale]);
}
