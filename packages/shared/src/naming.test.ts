import { describe, expect, it } from 'vitest';
import { activitySchemeOf, cardNameOf, checkActivityCode, fullNameOf, sortNameOf } from './naming.js';
import { parseArea, registrySchema } from './clients.js';

const jan = { kind: 'person', firstName: 'Jan', namePrefix: 'de', lastName: 'Vries' };

describe('name prefixes', () => {
  it('the natural order puts the prefix between first name and surname: "Jan de Vries"', () => {
    expect(fullNameOf(jan)).toBe('Jan de Vries');
    expect(fullNameOf({ kind: 'entity', legalName: 'De Vries B.V.' })).toBe('De Vries B.V.');
  });

  it('the sort name files the surname without its prefix first: "Vries Jan de"; without a prefix "Rossi Mario"', () => {
    expect(sortNameOf(jan)).toBe('Vries Jan de');
    expect(sortNameOf({ kind: 'person', firstName: 'Mario', lastName: 'Rossi' })).toBe('Rossi Mario');
  });

  it("the card's heading follows the company's country: natural in NL and DE, surname first in IT and PL", () => {
    expect(cardNameOf(jan, 'NL')).toBe('Jan de Vries');
    expect(cardNameOf({ ...jan, namePrefix: 'von', lastName: 'Bismarck', firstName: 'Otto' }, 'DE')).toBe('Otto von Bismarck');
    expect(cardNameOf(jan, 'IT')).toBe('de Vries Jan');
    expect(cardNameOf({ kind: 'PERSON', firstName: 'Mario', lastName: 'Rossi' }, 'IT')).toBe('Rossi Mario');
  });

  it('a prefix with digits is refused on namePrefix; a birth province only for persons born in Italy', () => {
    const base = { kind: 'person', firstName: 'Jan', lastName: 'Vries', noLocalTaxId: true, noLocalTaxIdReason: 'test' };
    const bad = parseArea(registrySchema({ country: 'NL' }), { ...base, namePrefix: 'van 3' });
    expect(bad.ok ? [] : bad.errors.map((e) => [e.field, e.reason])).toEqual([['namePrefix', 'name_prefix_format']]);
    const province = parseArea(registrySchema({ country: 'NL' }), { ...base, birthCountry: 'NL', birthProvince: 'UT' });
    expect(province.ok ? [] : province.errors.map((e) => [e.field, e.reason])).toEqual([['birthProvince', 'birth_province_italy_only']]);
    expect(parseArea(registrySchema({ country: 'NL' }), { ...base, namePrefix: "in 't", birthCountry: 'IT', birthProvince: 'MI' }).ok).toBe(true);
  });
});

describe('activity codes by country', () => {
  it.each([
    ['NL', '10711', 'SBI'],
    ['NL', '1071', 'SBI'],
    ['DE', '10.71.0', 'WZ'],
    ['PL', '10.71.z', 'PKD'],
    ['IT', '10.71.10', 'ATECO'],
    ['FR', '10.71', 'NACE'],
    ['NL', '10.71', 'NACE'],
  ])('%s accepts %s (%s)', (country, code, scheme) => {
    expect(checkActivityCode(code, country)).toEqual({ ok: true, value: code.toUpperCase(), scheme });
  });

  it.each([
    ['NL', '10.71.10', 'activity_code_sbi', 'SBI'],
    ['IT', '10711', 'activity_code_ateco', 'ATECO'],
    ['DE', '10.71.Z', 'activity_code_wz', 'WZ'],
    ['PL', '10711', 'activity_code_pkd', 'PKD'],
    ['FR', '10.71.1', 'activity_code_nace', 'NACE'],
  ])('%s refuses %s naming its scheme', (country, code, reason, scheme) => {
    const r = checkActivityCode(code, country);
    expect(r).toMatchObject({ ok: false, reason });
    expect(r.ok ? '' : r.message).toContain(scheme);
  });

  it('unknown countries use NACE', () => {
    expect(activitySchemeOf('ES')).toBe('NACE');
    expect(activitySchemeOf(null)).toBe('NACE');
  });
});
