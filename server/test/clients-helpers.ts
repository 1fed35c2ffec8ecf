import { computeCodiceFiscale } from '@agency/shared';
import type { GqlClient, TestPlatform } from './harness.js';

/** Shared pieces of the clients tests: the card fragment and valid inputs (public test vectors). */
export const CARD = `
  id kind status displayName firstName lastName gender birthDate birthPlace taxCountry taxCode noLocalTaxId noLocalTaxIdReason
  legalName legalForm vatNumber maritalStatus occupation employer registryNumber activityCode legalRepresentativeName hiddenReason erasedAt
  addresses { id kind line1 postalCode city province country }
  contacts { id kind value preferred }
  bankAccounts { id iban bic holder sepaMandateRef sepaMandateDate preferred }
  identityDocuments { id type number issuer issueDate expiryDate scanDocumentId }
  household { id name relation memberClient { id displayName } }
  preferredEmail preferredPhone residence { city }
`;

export const CREATE = `mutation($input: CreateClientInput!, $confirm: Boolean! = false) { createClient(input: $input, confirmDuplicate: $confirm) { ${CARD} } }`;

let counter = 0;

/** An Italian natural person with a codice fiscale computed from the data (unique per call). */
export function italianPerson(overrides: Record<string, unknown> = {}) {
  counter++;
  const firstName = ['Mario', 'Giulia', 'Luca', 'Chiara', 'Paolo', 'Sara', 'Marco', 'Elena'][counter % 8];
  const gender = counter % 2 ? 'F' : 'M';
  const person = { firstName, lastName: 'Esposito', gender: gender as 'M' | 'F', birthDate: `1980-03-${String((counter % 27) + 1).padStart(2, '0')}`, birthPlace: 'Napoli', birthProvince: 'NA' };
  const taxCode = computeCodiceFiscale({ ...person, firstName: person.firstName });
  return {
    kind: 'PERSON',
    ...person,
    taxCode,
    addresses: [{ kind: 'RESIDENCE', line1: 'Via Toledo 10', postalCode: '80134', city: 'Napoli', province: 'NA' }],
    contacts: [
      { kind: 'EMAIL', value: `cliente${counter}.${Date.now()}@example.it` },
      { kind: 'PHONE', value: `333 123 ${String(4000 + counter).padStart(4, '0')}` },
    ],
    bankAccounts: [{ iban: 'IT60X0542811101000000123456', bic: 'BPMOIT22XXX', holder: `${firstName} Esposito`, sepaMandateRef: `MND-${counter}`, sepaMandateDate: '2024-01-15' }],
    identityDocuments: [{ type: 'IDENTITY_CARD', number: `CA${String(100000 + counter)}AB`, issuer: 'Comune di Napoli', issueDate: '2020-05-01', expiryDate: '2031-05-01' }],
    ...overrides,
  };
}

export const DUTCH_PERSON = {
  kind: 'PERSON',
  firstName: 'Sanne',
  lastName: 'de Vries',
  gender: 'F',
  birthDate: '1979-04-12',
  taxCode: '111222333',
  addresses: [{ kind: 'RESIDENCE', line1: 'Keizersgracht 123', postalCode: '1015CJ', city: 'Amsterdam', country: 'NL' }],
  contacts: [{ kind: 'EMAIL', value: 'sanne.devries@example.nl' }, { kind: 'PHONE', value: '020 123 4567' }],
  bankAccounts: [{ iban: 'NL91ABNA0417164300', holder: 'S. de Vries', bic: 'ABNANL2A' }],
  identityDocuments: [{ type: 'PASSPORT', number: 'NXC123456', issuer: 'Gemeente Amsterdam', issueDate: '2019-01-10', expiryDate: '2029-01-10' }],
};

export async function createClient(c: GqlClient, input: Record<string, unknown>, confirm = false): Promise<Record<string, any>> {
  const r = await c.ok<{ createClient: Record<string, any> }>(CREATE, { input, confirm });
  return r.createClient;
}

/** Counts rows of a table in the test database (superuser: outside the app, across companies). */
export async function countRows(t: TestPlatform, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const su = await t.superuser();
  try {
    const r = await su.query<{ n: string }>(`select count(*) as n from ${table} where ${where}`, params);
    return Number(r.rows[0].n);
  } finally {
    await su.end();
  }
}

export function fieldsOf(r: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; reason: string }> } }> }): string[] {
  return (r.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field).sort();
}
