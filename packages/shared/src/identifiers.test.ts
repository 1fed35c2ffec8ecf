import { describe, expect, it } from 'vitest';
import { checkBic, checkEmail, checkIban, checkPhone, checkTaxId, checkVat, codiceFiscaleMismatches, computeCodiceFiscale, decodeCodiceFiscale, peselMismatches, sepaCountryOf, sepaDebtorIssues, sepaNeedsBic } from './identifiers.js';
import { bankAccountsSchema, contactsSchema, familySchema, identityDocumentsSchema, parseArea, registrySchema, validateNewClient } from './clients.js';

const value = (r: { ok: boolean; value?: string }) => (r.ok ? r.value : null);
const reason = (r: { ok: boolean; reason?: string }) => (r.ok ? null : r.reason);

describe('IBAN and BIC (ibantools; SWIFT IBAN registry examples)', () => {
  it.each([
    'NL91ABNA0417164300',
    'IT60X0542811101000000123456',
    'DE89370400440532013000',
    'PL61109010140000071219812874',
    'GB29NWBK60161331926819',
    'FR1420041010050500013M02606',
    'ES9121000418450200051332',
    'BE68539007547034',
  ])('accepts %s', (iban) => expect(value(checkIban(iban))).toBe(iban));

  it('normalizes spaces and case', () => expect(value(checkIban('nl91 abna 0417 1643 00'))).toBe('NL91ABNA0417164300'));
  it('refuses a wrong check digit', () => expect(reason(checkIban('NL91ABNA0417164301'))).toBe('iban_invalid'));
  it('refuses a wrong length', () => expect(reason(checkIban('NL91ABNA041716430'))).toBe('iban_length'));
  it('refuses an unknown country', () => expect(reason(checkIban('XX91ABNA0417164300'))).toBe('iban_country'));
  it.each(['ABNANL2A', 'DEUTDEFF500', 'BCITITMM'])('accepts BIC %s', (bic) => expect(value(checkBic(bic))).toBe(bic));
  it('refuses a malformed BIC', () => expect(reason(checkBic('ABNA2A'))).toBe('bic_invalid'));
});

describe('SEPA direct-debit accounts (EPC scheme countries)', () => {
  const issues = (iban: string, bic?: string | null) => sepaDebtorIssues(iban, bic).map((i) => `${i.field}:${i.reason}`);
  it.each(['BR1800360305000010009795493C1', 'TR330006100519786457841326', 'EG380019000500000000263180002', 'SA0380000000608010167519', 'NC8420041010050500013M02606'])(
    'refuses a valid IBAN of a country outside SEPA: %s',
    (iban) => {
      expect(checkIban(iban).ok).toBe(true);
      expect(sepaCountryOf(iban)).toBeNull();
      expect(issues(iban, 'ABCDEFGH')).toEqual(['iban:not_sepa_country']);
    },
  );
  it.each(['IT60X0542811101000000123456', 'DE89370400440532013000', 'NL91ABNA0417164300', 'LI21088100002324013AA', 'NO9386011117947', 'IS140159260076545510730339'])(
    'takes an EEA account without BIC: %s',
    (iban) => expect(issues(iban)).toEqual([]),
  );
  it.each([
    'GB29NWBK60161331926819',
    'CH9300762011623852957',
    'SM86U0322509800000000270100',
    'MC5811222000010123456789030',
    'AD1200012030200359100100',
    'GI75NWBK000000007099453',
    'VA59001123000012345678',
    // admitted to SEPA in 2024–2025: Albania, Moldova, Montenegro, North Macedonia, Serbia
    'AL47212110090000000235698741',
    'MD24AG000225100013104168',
    'ME25505000012345678951',
    'MK07250120000058984',
    'RS35260005601001611379',
  ])(
    'needs the BIC of a bank in a non-EEA SEPA country: %s',
    (iban) => {
      expect(checkIban(iban).ok).toBe(true);
      expect(sepaCountryOf(iban)).toBe(iban.slice(0, 2));
      expect(sepaNeedsBic(iban)).toBe(true);
      expect(issues(iban)).toEqual(['bic:required']);
      expect(issues(iban, ' ')).toEqual(['bic:required']);
      expect(issues(iban, 'NWBKGB2L')).toEqual([]);
    },
  );
  it('reads Åland and the French overseas departments as their parent (EEA, no BIC needed)', () => {
    expect([sepaCountryOf('AX2112345600000785'), sepaCountryOf('GF4120041010050500013M02606')]).toEqual(['FI', 'FR']);
    expect(issues('AX2112345600000785')).toEqual([]);
  });
  it("refuses a mandate on the card's account outside SEPA or without the BIC it needs; the account alone stays allowed", () => {
    const o = { country: 'IT', today: '2026-06-01' };
    const errors = (list: unknown[]) => {
      const r = parseArea(bankAccountsSchema(o), list, 'bankAccounts');
      return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.reason}`);
    };
    const mandate = { sepaMandateRef: 'M-1', sepaMandateDate: '2026-01-01' };
    expect(errors([{ iban: 'BR1800360305000010009795493C1', holder: 'A' }, { iban: 'GB29NWBK60161331926819', holder: 'B' }])).toEqual([]);
    expect(errors([{ iban: 'BR1800360305000010009795493C1', holder: 'A', ...mandate }, { iban: 'GB29NWBK60161331926819', holder: 'B', ...mandate }])).toEqual([
      'bankAccounts.0.iban:not_sepa_country',
      'bankAccounts.1.bic:required',
    ]);
    expect(errors([{ iban: 'GB29NWBK60161331926819', holder: 'B', bic: 'NWBKGB2L', ...mandate }])).toEqual([]);
    // a malformed BIC is named as such, not as missing
    expect(errors([{ iban: 'GB29NWBK60161331926819', holder: 'B', bic: 'NW', ...mandate }])).toEqual(['bankAccounts.0.bic:bic_invalid']);
  });
});

describe('national tax ids (stdnum)', () => {
  it('codice fiscale: valid, lower case, omocodia', () => {
    expect(value(checkTaxId('person', 'IT', 'RSSMRA85T10A562S'))).toBe('RSSMRA85T10A562S');
    expect(value(checkTaxId('person', 'IT', 'rssmra85t10a562s'))).toBe('RSSMRA85T10A562S');
    expect(checkTaxId('person', 'IT', 'RSSMRAU5T10H501L').ok).toBe(true);
  });
  it('codice fiscale: wrong check character', () => expect(reason(checkTaxId('person', 'IT', 'RSSMRA85T10A562X'))).toBe('tax_code_invalid'));
  it('codice fiscale of a person must have 16 characters', () => expect(reason(checkTaxId('person', 'IT', '00743110157'))).toBe('tax_code_format'));
  it('an Italian company may use its 11-digit codice fiscale', () => expect(checkTaxId('entity', 'IT', '00743110157').ok).toBe(true));
  it('PESEL', () => {
    expect(value(checkTaxId('person', 'PL', '44051401359'))).toBe('44051401359');
    expect(value(checkTaxId('person', 'PL', '02270803624'))).toBe('02270803624');
    expect(reason(checkTaxId('person', 'PL', '44051401358'))).toBe('tax_code_invalid');
  });
  it('NIP', () => {
    expect(value(checkTaxId('entity', 'PL', '123-456-32-18'))).toBe('1234563218');
    expect(reason(checkTaxId('entity', 'PL', '1234563219'))).toBe('tax_code_invalid');
  });
  it('BSN (11-proof)', () => {
    expect(value(checkTaxId('person', 'NL', '111222333'))).toBe('111222333');
    expect(value(checkTaxId('person', 'NL', '123456782'))).toBe('123456782');
    expect(reason(checkTaxId('person', 'NL', '111222334'))).toBe('tax_code_invalid');
  });
  it('German IdNr', () => {
    expect(value(checkTaxId('person', 'DE', '36574261809'))).toBe('36574261809');
    expect(reason(checkTaxId('person', 'DE', '36574261808'))).toBe('tax_code_invalid');
  });
  it('a country without a known checksum: plausible format', () => {
    expect(checkTaxId('person', 'ZZ', 'AB12345').ok).toBe(true);
    expect(reason(checkTaxId('person', 'ZZ', '#!'))).toBe('tax_code_format');
  });
});

describe('EU VAT (stdnum and jsvat both)', () => {
  it.each(['IT00743110157', 'NL004495445B01', 'DE136695976', 'PL5260250274', 'BE0403170701'])('accepts %s', (vat) => expect(value(checkVat(vat, 'IT'))).toBe(vat));
  it('adds the company country when the prefix is missing', () => expect(value(checkVat('00743110157', 'IT'))).toBe('IT00743110157'));
  it('refuses a wrong checksum', () => expect(reason(checkVat('IT00743110158', 'IT'))).toBe('vat_invalid'));
  it('refuses a non-EU prefix', () => expect(reason(checkVat('US123456789', 'IT'))).toBe('vat_country'));
});

describe('e-mail and phone', () => {
  it('e-mail', () => {
    expect(value(checkEmail(' Mario.Rossi@Example.IT '))).toBe('mario.rossi@example.it');
    expect(reason(checkEmail('mario@'))).toBe('email_invalid');
  });
  it('phone numbers become E.164 in the company country', () => {
    expect(value(checkPhone('333 123 4567', 'IT'))).toBe('+393331234567');
    expect(value(checkPhone('020 123 4567', 'NL'))).toBe('+31201234567');
    expect(value(checkPhone('+48 601 234 567', 'IT'))).toBe('+48601234567');
    expect(reason(checkPhone('12', 'IT'))).toBe('phone_invalid');
  });
});

describe('codice fiscale against the person (codice-fiscale-js)', () => {
  const mario = { firstName: 'Mario', lastName: 'Rossi', birthDate: '1985-12-10', gender: 'M' as const, birthPlace: 'Roma', birthProvince: 'RM' };
  const cf = computeCodiceFiscale({ ...mario, gender: 'M' });
  it('computes and decodes', () => {
    expect(cf).toBe('RSSMRA85T10H501O');
    expect(decodeCodiceFiscale(cf)).toMatchObject({ birthDate: '1985-12-10', gender: 'M', birthProvince: 'RM' });
  });
  it('agrees with the right person', () => expect(codiceFiscaleMismatches(cf, mario)).toEqual([]));
  it('names each field that disagrees', () => {
    const fields = codiceFiscaleMismatches(cf, { ...mario, firstName: 'Luigi', birthDate: '1985-12-11', birthPlace: 'Milano', birthProvince: 'MI' }).map((m) => m.field);
    expect(fields.sort()).toEqual(['birthDate', 'birthPlace', 'firstName']);
    expect(codiceFiscaleMismatches(cf, { ...mario, gender: 'F' }).map((m) => m.field)).toEqual(['gender']);
  });
  it('reads omocodia codes', () => expect(codiceFiscaleMismatches('RSSMRAU5T10H50MD', mario).map((m) => m.field)).toEqual([]));
  it('accents and apostrophes', () => {
    const p = { firstName: 'Niccolò', lastName: "D'Amico", gender: 'M' as const, birthDate: '1990-01-31', birthPlace: 'Milano', birthProvince: 'MI' };
    expect(codiceFiscaleMismatches(computeCodiceFiscale(p), p)).toEqual([]);
  });
  it('PESEL against birth date and gender', () => {
    expect(peselMismatches('44051401359', { birthDate: '1944-05-14', gender: 'M' })).toEqual([]);
    expect(peselMismatches('02270803624', { birthDate: '2002-07-08', gender: 'F' })).toEqual([]);
    expect(peselMismatches('44051401359', { birthDate: '1944-05-15', gender: 'F' }).map((m) => m.field)).toEqual(['birthDate', 'gender']);
  });
});

describe('client card validators', () => {
  const o = { country: 'IT', today: '2026-01-15' };
  it('a person needs names and a tax code, or an explicit reason', () => {
    const r = parseArea(registrySchema(o), { kind: 'person' });
    expect(r.ok ? [] : r.errors.map((e) => e.field).sort()).toEqual(['firstName', 'lastName', 'taxCode']);
    const foreign = parseArea(registrySchema(o), { kind: 'person', firstName: 'John', lastName: 'Smith', noLocalTaxId: true });
    expect(foreign.ok ? [] : foreign.errors.map((e) => e.field)).toEqual(['noLocalTaxIdReason']);
    expect(parseArea(registrySchema(o), { kind: 'person', firstName: 'John', lastName: 'Smith', noLocalTaxId: true, noLocalTaxIdReason: 'UK citizen' }).ok).toBe(true);
  });
  it('an entity needs legal name, form and a VAT number or tax code', () => {
    const r = parseArea(registrySchema(o), { kind: 'entity' });
    expect(r.ok ? [] : r.errors.map((e) => e.field).sort()).toEqual(['legalForm', 'legalName', 'vatNumber']);
  });
  it('names the bank account field', () => {
    const r = parseArea(bankAccountsSchema(o), [{ iban: 'IT60X0542811101000000123456', holder: 'A' }, { iban: 'IT60X0542811101000000123457', holder: 'B' }], 'bankAccounts');
    expect(r.ok ? [] : r.errors.map((e) => `${e.field}:${e.reason}`)).toEqual(['bankAccounts.1.iban:iban_invalid']);
  });
  it('one preferred contact per kind; the first when none', () => {
    const r = parseArea(contactsSchema(o), [{ kind: 'email', value: 'a@b.it' }, { kind: 'email', value: 'c@d.it' }]);
    expect(r.ok && r.data.map((c) => c.preferred)).toEqual([true, false]);
    const two = parseArea(contactsSchema(o), [{ kind: 'phone', value: '3331234567', preferred: true }, { kind: 'phone', value: '3331234568', preferred: true }], 'contacts');
    expect(two.ok ? [] : two.errors.map((e) => e.field)).toEqual(['contacts.1.preferred']);
  });
  it('refuses a card date outside 1900–2199 (year 0000 included) on its field, and the same document or household member twice', () => {
    const docs = parseArea(identityDocumentsSchema(o), [
      { type: 'passport', number: 'ya1', issuer: 'Questura', issueDate: '0000-01-01', expiryDate: '2030-01-01' },
      { type: 'identity_card', number: 'B2', issuer: 'Comune', issueDate: '1800-01-01', expiryDate: '1810-01-01' },
    ], 'identityDocuments');
    expect(docs.ok ? [] : docs.errors.map((e) => `${e.field}:${e.reason}`).sort()).toEqual([
      'identityDocuments.0.issueDate:out_of_range',
      'identityDocuments.1.expiryDate:out_of_range',
      'identityDocuments.1.issueDate:out_of_range',
    ]);
    const twice = parseArea(identityDocumentsSchema(o), [
      { type: 'passport', number: 'ya1', issuer: 'Questura', issueDate: '2020-01-01', expiryDate: '2030-01-01' },
      { type: 'passport', number: 'YA1', issuer: 'Questura', issueDate: '2020-01-01', expiryDate: '2030-01-01' },
    ], 'identityDocuments');
    expect(twice.ok ? [] : twice.errors.map((e) => `${e.field}:${e.reason}`)).toEqual(['identityDocuments.1.number:duplicate']);
    const member = '00000000-0000-4000-8000-000000000001';
    const old = parseArea(familySchema(o), { members: [{ name: 'Avo', relation: 'parent', birthDate: '0000-01-01' }] }, 'family');
    expect(old.ok ? [] : old.errors.map((e) => `${e.field}:${e.reason}`)).toEqual(['family.members.0.birthDate:out_of_range']);
    const family = parseArea(familySchema(o), { members: [{ memberClientId: member, relation: 'child' }, { memberClientId: member, relation: 'child' }] }, 'family');
    expect(family.ok ? [] : family.errors.map((e) => `${e.field}:${e.reason}`)).toEqual(['family.members.1.memberClientId:duplicate']);
    const contacts = parseArea(contactsSchema(o), [{ kind: 'email', value: 'a@b.it' }, { kind: 'email', value: 'a@b.it' }], 'contacts');
    expect(contacts.ok ? [] : contacts.errors.map((e) => `${e.field}:${e.reason}`)).toEqual(['contacts.1.value:duplicate']);
    const ibans = parseArea(bankAccountsSchema(o), [{ iban: 'IT60X0542811101000000123456', holder: 'A' }, { iban: 'IT60X0542811101000000123456', holder: 'B' }], 'bankAccounts');
    expect(ibans.ok ? [] : ibans.errors.map((e) => `${e.field}:${e.reason}`)).toEqual(['bankAccounts.1.iban:duplicate']);
    const bank = parseArea(bankAccountsSchema(o), [{ iban: 'IT60X0542811101000000123456', holder: 'A', sepaMandateRef: 'M-1', sepaMandateDate: '0000-01-01' }], 'bankAccounts');
    expect(bank.ok ? [] : bank.errors.map((e) => `${e.field}:${e.reason}`)).toEqual(['bankAccounts.0.sepaMandateDate:out_of_range']);
  });
  it('validates a whole new card', () => {
    const r = validateNewClient({ kind: 'person', firstName: 'Mario', lastName: 'Rossi', taxCode: 'RSSMRA85T10H501O', birthDate: '1985-12-10', contacts: [{ kind: 'email', value: 'x' }] }, o);
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['contacts.0.value']);
  });
});

describe('phone search terms', () => {
  it('national significant numbers', async () => {
    const { nationalNumber } = await import('./identifiers.js');
    expect(nationalNumber('+393331234567')).toBe('3331234567');
    expect(nationalNumber('+390669820000')).toBe('0669820000');
    expect(nationalNumber('+31201234567')).toBe('201234567');
  });
});
