import { asksBirthProvince, type ClientValidationOptions } from '@agency/shared';
import type { ClientRegistryFragment, ClientRegistryInput, Gender } from '../../../gql/graphql';
import { orEmpty, orNull } from './client-types';
import { useSession } from '../../../session/session-context';

/** The registry area (anagrafica) as a form holds it: text inputs hold '' for empty. */
export interface RegistryValues {
  firstName: string;
  /** Surname prefix (tussenvoegsel): "de", "van der". */
  namePrefix: string;
  lastName: string;
  gender: string;
  birthDate: string;
  birthPlace: string;
  birthProvince: string;
  birthCountry: string;
  citizenship: string;
  legalName: string;
  legalForm: string;
  taxCountry: string;
  taxCode: string;
  noLocalTaxId: boolean;
  noLocalTaxIdReason: string;
  vatNumber: string;
  preferredLocale: string;
}

export const REGISTRY_FIELDS: ReadonlyArray<keyof RegistryValues> = [
  'firstName', 'namePrefix', 'lastName', 'gender', 'birthDate', 'birthPlace', 'birthProvince', 'birthCountry', 'citizenship', 'legalName', 'legalForm',
  'taxCountry', 'taxCode', 'noLocalTaxId', 'noLocalTaxIdReason', 'vatNumber', 'preferredLocale',
];

export function emptyRegistry(country: string): RegistryValues {
  return {
    firstName: '', namePrefix: '', lastName: '', gender: '', birthDate: '', birthPlace: '', birthProvince: '', birthCountry: '', citizenship: '', legalName: '', legalForm: '',
    taxCountry: country, taxCode: '', noLocalTaxId: false, noLocalTaxIdReason: '', vatNumber: '', preferredLocale: '',
  };
}

export function registryFromClient(c: ClientRegistryFragment): RegistryValues {
  return {
    firstName: orEmpty(c.firstName),
    namePrefix: orEmpty(c.namePrefix),
    lastName: orEmpty(c.lastName),
    gender: orEmpty(c.gender),
    birthDate: orEmpty(c.birthDate),
    birthPlace: orEmpty(c.birthPlace),
    birthProvince: orEmpty(c.birthProvince),
    birthCountry: orEmpty(c.birthCountry),
    citizenship: orEmpty(c.citizenship),
    legalName: orEmpty(c.legalName),
    legalForm: orEmpty(c.legalForm),
    taxCountry: c.taxCountry,
    taxCode: orEmpty(c.taxCode),
    noLocalTaxId: c.noLocalTaxId,
    noLocalTaxIdReason: orEmpty(c.noLocalTaxIdReason),
    vatNumber: orEmpty(c.vatNumber),
    preferredLocale: orEmpty(c.preferredLocale),
  };
}

/** The API input of the registry area; fields of the other kind are left out. */
export function registryInput(v: RegistryValues, kind: 'person' | 'entity', country = 'IT'): ClientRegistryInput {
  const person = kind === 'person';
  return {
    firstName: person ? orNull(v.firstName) : null,
    namePrefix: person ? orNull(v.namePrefix) : null,
    lastName: person ? orNull(v.lastName) : null,
    gender: person && v.gender ? (v.gender as Gender) : null,
    birthDate: person ? orNull(v.birthDate) : null,
    birthPlace: person ? orNull(v.birthPlace) : null,
    // asked (and sent) only for persons born in Italy
    birthProvince: person && birthProvinceAsked(v.birthCountry, country) ? orNull(v.birthProvince) : null,
    birthCountry: person ? orNull(v.birthCountry) : null,
    citizenship: person ? orNull(v.citizenship) : null,
    legalName: person ? null : orNull(v.legalName),
    legalForm: person ? null : orNull(v.legalForm),
    taxCountry: orNull(v.taxCountry),
    taxCode: v.noLocalTaxId && !v.taxCode.trim() ? null : orNull(v.taxCode),
    noLocalTaxId: v.noLocalTaxId,
    noLocalTaxIdReason: v.noLocalTaxId ? orNull(v.noLocalTaxIdReason) : null,
    vatNumber: orNull(v.vatNumber),
    preferredLocale: orNull(v.preferredLocale),
  };
}

/**
 * The province of birth (an Italian sigla) is asked for persons born in Italy; when the country of
 * birth is not yet chosen, only in an Italian company.
 */
export function birthProvinceAsked(birthCountry: string, companyCountry: string): boolean {
  return birthCountry ? asksBirthProvince(birthCountry) : companyCountry.toUpperCase() === 'IT';
}

/** The active company's rules: its country is the default for tax ids, phones and addresses. */
export function useValidationOptions(): ClientValidationOptions {
  const { me } = useSession();
  return { country: me.company?.country ?? 'IT' };
}
