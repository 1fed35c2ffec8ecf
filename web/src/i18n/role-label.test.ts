import { describe, expect, it } from 'vitest';
import { i18n } from './index';
import { roleLabel } from './role-label';

/** Issue #8 §3: role names in the reader's language. */
describe('roleLabel', () => {
  const t = (lng: string) => i18n.getFixedT(lng);

  it("shows a template role that keeps its seeded name (in any company's language) in the reader's language", () => {
    expect(roleLabel(t('en'), { name: 'Agente', template: 'agent' })).toBe('Agent');
    expect(roleLabel(t('it'), { name: 'Alleen lezen', template: 'read_only' })).toBe('Sola lettura');
    expect(roleLabel(t('nl'), { name: 'Accountant', template: 'accountant' })).toBe('Boekhouder');
  });

  it('shows a renamed role, or a role of no template, as the administrator named it', () => {
    expect(roleLabel(t('en'), { name: 'Verkoper', template: 'agent' })).toBe('Verkoper');
    expect(roleLabel(t('it'), { name: 'Office manager', template: null })).toBe('Office manager');
  });

  it('shows the operator\'s support access translated, never the raw "support"', () => {
    expect(roleLabel(t('en'), { name: 'support', template: 'support' })).toBe('Support access');
    expect(roleLabel(t('it'), { name: 'support', template: 'support' })).toBe('Accesso di assistenza');
  });
});
